package io.github.livskraft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * Checks an input file when the command line is parsed, the same way in every command: it must exist, be a file
 * (not a directory), be readable and not empty, and a text file ({@code .yaml}, {@code .json}, {@code .csv}, …) up
 * to {@value #TEXT_CHECK_LIMIT} bytes must be UTF-8 without binary control bytes. Each failure is bad input
 * (exit code 2) with a {@link CliErrorCode} naming the file and, for encoding, the line and column. Larger text
 * files are checked by their readers while streaming.
 */
final class InputFile implements CommandLine.ITypeConverter<Path> {
  /** Text files up to this size are checked for UTF-8 when the command line is parsed. */
  static final long TEXT_CHECK_LIMIT = 16L * 1024 * 1024;
  private static final Set<String> TEXT = Set.of("yaml", "yml", "json", "jsonl", "ndjson", "csv", "tsv", "txt",
      "sdgrules", "md", "html", "htm");

  @Override
  public Path convert(String value) {
    return check(Path.of(value));
  }

  /**
   * Checks a file.
   *
   * @param file the file
   * @return the file
   * @throws CliException if it cannot be used as input
   */
  static Path check(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw CliException.of(CliErrorCode.IS_A_DIRECTORY, name);
    }
    if (!Files.exists(file)) {
      throw CliException.of(CliErrorCode.NO_SUCH_FILE, name);
    }
    if (!Files.isReadable(file)) {
      throw CliException.of(CliErrorCode.UNREADABLE, name);
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw CliException.of(CliErrorCode.UNREADABLE, name);
    }
    if (size == 0) {
      throw CliException.of(CliErrorCode.EMPTY_FILE, name, CliMessages.fragment(expected(name)));
    }
    if (size <= TEXT_CHECK_LIMIT && TEXT.contains(extension(name))) {
      checkText(file, name);
    }
    return file;
  }

  private static String expected(String name) {
    return switch (extension(name)) {
      case "yaml", "yml", "json" -> "expected.plan";
      case "txt", "md", "html", "htm" -> "expected.text";
      default -> "expected.input";
    };
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Decodes the file strictly; the first bad byte or control byte fails with its line and column. */
  private static void checkText(Path file, String name) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw CliException.of(CliErrorCode.UNREADABLE, name);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' || c == 0x7f) {
        throw CliException.of(CliErrorCode.BINARY_FILE, name, Integer.toString(line), Integer.toString(column));
      }
      if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    if (result.isError()) {
      String hex = String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xff);
      throw CliException.of(CliErrorCode.NOT_UTF8, name, Integer.toString(line), Integer.toString(column), hex);
    }
  }
}
