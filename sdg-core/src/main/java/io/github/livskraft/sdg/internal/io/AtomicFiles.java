package io.github.livskraft.sdg.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees either the old content or the whole new content, never a half-written file:
 * the content goes to a hidden temporary file beside the target, which is then moved into place (atomically where
 * the file system can). The one implementation in Livskraft; modules reach it through a qualified export.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes bytes to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the content.
     *
     * @param out the stream (closed by the caller)
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes characters to a writer; may throw {@link IOException}. */
  @FunctionalInterface
  public interface TextBody {
    /**
     * Writes the content.
     *
     * @param out the writer, UTF-8 (closed by the caller)
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a file atomically; the parent directories are created. On failure the target is unchanged and the
   * temporary file is removed.
   *
   * @param target the file
   * @param body what to write
   * @return the target
   * @throws IOException if writing or moving fails
   */
  public static Path write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    // not Files.createTempFile: its owner-only permissions would stick to the file after the move
    Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /**
   * Writes text (UTF-8) atomically.
   *
   * @param target the file
   * @param body what to write
   * @return the target
   * @throws IOException if writing or moving fails
   */
  public static Path writeText(Path target, TextBody body) throws IOException {
    return write(target, out -> {
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      body.writeTo(w);
      w.flush();
    });
  }

  /**
   * Writes a string (UTF-8) atomically.
   *
   * @param target the file
   * @param text the content
   * @return the target
   * @throws IOException if writing or moving fails
   */
  public static Path writeString(Path target, String text) throws IOException {
    return write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}
