package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IoReasonTest {
  @TempDir Path dir;

  /** Each kind: the exception (with the JDK's own wording where it has one), the key, the three texts. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(new NoSuchFileException("/data/plan.yaml"), "io.no-such-file", "the file does not exist",
            "filen finnes ikke", "fila finst ikkje"),
        Arguments.of(new AccessDeniedException("/data/plan.yaml", null, "Permission denied"), "io.access-denied",
            "access denied", "ingen tilgang", "ingen tilgang"),
        Arguments.of(new FileAlreadyExistsException("/out"), "io.already-exists", "the file already exists",
            "filen finnes allerede", "fila finst allereie"),
        Arguments.of(new DirectoryNotEmptyException("/out"), "io.directory-not-empty", "the directory is not empty",
            "mappen er ikke tom", "mappa er ikkje tom"),
        Arguments.of(new NotDirectoryException("/out"), "io.not-directory", "not a directory", "ikke en mappe",
            "ikkje ei mappe"),
        Arguments.of(new FileSystemLoopException("/a/b"), "io.loop", "a loop of symbolic links",
            "en løkke av symbolske lenker", "ei løkke av symbolske lenker"),
        Arguments.of(new FileSystemException("/out/x.tmp", null, "No space left on device"), "io.disk-full",
            "the disk is full", "disken er full", "disken er full"),
        Arguments.of(new IOException("No space left on device"), "io.disk-full", "the disk is full",
            "disken er full", "disken er full"),
        Arguments.of(new MalformedInputException(1), "io.not-text", "the bytes are not valid text (expected UTF-8)",
            "bytene er ikke gyldig tekst (forventet UTF-8)", "bytane er ikkje gyldig tekst (venta UTF-8)"),
        Arguments.of(new CharacterCodingException(), "io.not-text", "the bytes are not valid text (expected UTF-8)",
            "bytene er ikke gyldig tekst (forventet UTF-8)", "bytane er ikkje gyldig tekst (venta UTF-8)"),
        Arguments.of(new EOFException("Unexpected end of ZLIB input stream"), "io.eof", "the file ends too early",
            "filen slutter for tidlig", "fila sluttar for tidleg"),
        Arguments.of(new InterruptedIOException("interrupted"), "io.interrupted",
            "reading or writing was interrupted", "lesingen eller skrivingen ble avbrutt",
            "lesinga eller skrivinga vart avbroten"),
        Arguments.of(new SocketTimeoutException("Read timed out"), "io.timeout", "no answer in time",
            "ikke svar i tide", "inkje svar i tide"),
        Arguments.of(new com.fasterxml.jackson.core.exc.StreamConstraintsException(
            "Document nesting depth (1001) exceeds the maximum allowed (1000)"), "io.limit",
            "the content is longer or more deeply nested than the reader allows",
            "innholdet er lengre eller dypere nestet enn leseren tillater",
            "innhaldet er lengre eller djupare nesta enn lesaren tillèt"),
        Arguments.of(new IOException("Stale file handle"), "io.failed",
            "the file system reported an input/output error", "filsystemet meldte en inn-/utdatafeil",
            "filsystemet melde ein inn-/utdatafeil"));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void ourOwnWordsByTheKindInEveryLanguage(IOException e, String key, String en, String nb, String nn) {
    MessageFragment reason = IoReason.of(e);
    assertThat(reason.key()).isEqualTo(key);
    assertThat(reason.text(Language.EN)).isEqualTo(en);
    assertThat(reason.text(Language.NB)).isEqualTo(nb);
    assertThat(reason.text(Language.NN)).isEqualTo(nn);
    for (Language l : Language.values()) {
      String text = reason.text(l);
      assertThat(text).doesNotContain(e.getClass().getSimpleName()).doesNotContain("Exception");
      if (e.getMessage() != null && e.getMessage().contains(" ")) { // a JDK sentence, not a path
        assertThat(text).doesNotContainIgnoringCase(e.getMessage());
      }
    }
    assertThat(IoReason.of(new UncheckedIOException(e))).isEqualTo(reason);
  }

  /** As an argument of a code's message: in that message's language, the value named by the message itself. */
  @Test
  void putInTheLanguageOfTheMessage() {
    IOException e = new AccessDeniedException("/data/plan.yaml");
    assertThat(SdgErrorCode.INVALID_TEXT.format(Language.NN, IoReason.of(e))).contains("ingen tilgang");
    MessageFragment outer = MessageFragment.of(SdgErrorCode.CATALOGUE_FORMAT, "SDG-0005.change.unknown",
        IoReason.of(new NoSuchFileException("x")), "/data/plan.yaml");
    assertThat(outer.text(Language.NB)).isEqualTo("indikator filen finnes ikke står ikke i /data/plan.yaml");
  }

  /** Real failures of the JDK and Jackson, not hand-made ones. */
  @Test
  void realFailuresOfTheJdkAndJackson() throws Exception {
    NoSuchFileException missing = catchThrowableOfType(() -> Files.readString(dir.resolve("mangler.txt")),
        NoSuchFileException.class);
    assertThat(IoReason.of(missing).text(Language.NB)).isEqualTo("filen finnes ikke");
    Path bad = Files.write(dir.resolve("latin1.txt"), new byte[] {'a', (byte) 0xE6, 'b'});
    IOException coding = catchThrowableOfType(() -> Files.readString(bad, StandardCharsets.UTF_8),
        IOException.class);
    assertThat(IoReason.of(coding).text(Language.EN)).isEqualTo("the bytes are not valid text (expected UTF-8)");
    CharacterCodingException strict = catchThrowableOfType(() -> StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) 0xC3})),
        CharacterCodingException.class);
    assertThat(IoReason.of(strict).key()).isEqualTo("io.not-text");
    FileAlreadyExistsException exists = catchThrowableOfType(() -> Files.createFile(bad),
        FileAlreadyExistsException.class);
    assertThat(IoReason.of(exists).text(Language.NN)).isEqualTo("fila finst allereie");
    JsonProcessingException json = catchThrowableOfType(() -> {
      try (JsonParser p = new JsonFactory().createParser("{\n  \"a\": 1,\n  \"b\" 2\n}")) {
        while (p.nextToken() != null) {
          // read to the error
        }
      }
    }, JsonProcessingException.class);
    MessageFragment at = IoReason.of(json);
    assertThat(at.key()).isEqualTo("io.malformed.at");
    assertThat(at.text(Language.NB)).matches("innholdet er ikke velformet på linje 3, kolonne [5-8]");
    assertThat(at.text(Language.EN)).doesNotContain("Unexpected character").doesNotContain("expecting");
  }

  @Test
  void malformedAtNamesWhatIsKnown() {
    assertThat(IoReason.malformedAt(12, 0).text(Language.NN)).isEqualTo("innhaldet er ikkje velforma på linje 12");
    assertThat(IoReason.malformedAt(0, 4).text(Language.EN)).isEqualTo("the content is not well-formed");
    assertThat(IoReason.malformedAt(1200, 3).text(Language.NB))
        .isEqualTo("innholdet er ikke velformet på linje 1200, kolonne 3");
  }
}
