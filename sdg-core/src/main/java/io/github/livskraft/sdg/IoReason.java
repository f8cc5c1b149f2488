package io.github.livskraft.sdg;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Objects;

/**
 * Our own words for why reading or writing failed, as a {@link MessageFragment} of sdg-core's bundle (keys
 * {@code io.*} in {@code sdg_en|nb|nn.properties}), chosen by the <em>type</em> of the failure — never the JDK's or a
 * library's sentence, which is English, platform-dependent and may name internal classes.
 *
 * <p>Every module that turns an {@link IOException} into a user-facing message passes {@code IoReason.of(e)} as the
 * "why" argument of its own code and keeps {@code e} as the cause:
 *
 * <pre>{@code
 * } catch (IOException e) {
 *   throw new PlanModelException(READ_FAILED, READ_FAILED.message(path, IoReason.of(e)), e);
 * }
 * }</pre>
 *
 * <p>Kinds told apart: no such file, access denied, the file already exists, a directory not empty, not a directory,
 * a loop of symbolic links, a full disk, bytes that are not valid text (UTF-8), a file that ended too early, an
 * interrupted or timed-out transfer, malformed JSON/CSV/YAML from Jackson (with its line and column), input over one
 * of Jackson's read limits (length, nesting), and any other
 * input/output fault. A full disk is recognised from the operating system's reason of a
 * {@link FileSystemException} or the text of a plain {@link IOException} ({@code ENOSPC}, "No space left on device",
 * "There is not enough space on the disk"); that text only chooses the key and is never shown.
 */
public final class IoReason {
  private IoReason() {}

  /**
   * The reason for an input/output failure, in the language of the message it is an argument of.
   *
   * @param e the failure (an {@link UncheckedIOException}'s cause may be passed as is)
   * @return a fragment of sdg-core's bundle
   */
  public static MessageFragment of(IOException e) {
    Objects.requireNonNull(e, "e");
    return MessageFragment.of(SdgErrorCode.INVALID_ARGUMENT, key(e), args(e));
  }

  /**
   * The reason for an unchecked input/output failure: that of its cause.
   *
   * @param e the failure
   * @return a fragment of sdg-core's bundle
   */
  public static MessageFragment of(UncheckedIOException e) {
    return of(Objects.requireNonNull(e, "e").getCause());
  }

  /**
   * The reason of a parser that reports only where the input went wrong (ical4j, a validator): "not well-formed at
   * line {@code line}" (and column, when known), in the message's language.
   *
   * @param line the 1-based line, or 0 or less when unknown
   * @param column the 1-based column, or 0 or less when unknown
   * @return a fragment of sdg-core's bundle
   */
  public static MessageFragment malformedAt(long line, long column) {
    if (line <= 0) {
      return MessageFragment.of(SdgErrorCode.INVALID_ARGUMENT, "io.malformed");
    }
    if (column <= 0) {
      return MessageFragment.of(SdgErrorCode.INVALID_ARGUMENT, "io.malformed.line", line);
    }
    return MessageFragment.of(SdgErrorCode.INVALID_ARGUMENT, "io.malformed.at", line, column);
  }

  private static Object[] args(IOException e) {
    if (e instanceof JsonProcessingException j && !(e instanceof StreamConstraintsException)) {
      JsonLocation l = j.getLocation();
      if (l != null && l.getLineNr() > 0) {
        return l.getColumnNr() > 0 ? new Object[] {(long) l.getLineNr(), (long) l.getColumnNr()}
            : new Object[] {(long) l.getLineNr()};
      }
    }
    return new Object[0];
  }

  private static String key(IOException e) {
    if (e instanceof StreamConstraintsException) {
      return "io.limit";
    }
    if (e instanceof JsonProcessingException j) {
      JsonLocation l = j.getLocation();
      if (l == null || l.getLineNr() <= 0) {
        return "io.malformed";
      }
      return l.getColumnNr() > 0 ? "io.malformed.at" : "io.malformed.line";
    }
    if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) { // the latter from URL streams
      return "io.no-such-file";
    }
    if (e instanceof AccessDeniedException) {
      return "io.access-denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "io.already-exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "io.directory-not-empty";
    }
    if (e instanceof NotDirectoryException) {
      return "io.not-directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "io.loop";
    }
    if (e instanceof MalformedInputException || e instanceof CharacterCodingException) {
      return "io.not-text";
    }
    if (e instanceof EOFException) {
      return "io.eof";
    }
    if (e instanceof SocketTimeoutException) {
      return "io.timeout";
    }
    if (e instanceof InterruptedIOException) {
      return "io.interrupted";
    }
    if (diskFull(e)) {
      return "io.disk-full";
    }
    return "io.failed";
  }

  /** Whether the operating system said the disk is full; its text only chooses our key. */
  private static boolean diskFull(IOException e) {
    String os = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (os == null) {
      return false;
    }
    String s = os.toLowerCase(Locale.ROOT);
    return s.contains("no space left") || s.contains("enospc") || s.contains("not enough space on the disk")
        || s.contains("disk quota exceeded");
  }
}
