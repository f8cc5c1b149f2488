package io.github.livskraft.report;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The report cannot be written ({@code REPORT-0004}): an {@link UncheckedIOException}, as before, so callers that
 * tell a missing or forbidden folder by its cause keep working; its text names the folder and the file that failed,
 * in English ({@link #getMessage()}), bokmål or nynorsk ({@link #getMessage(Language)}), never the JDK's wording.
 */
public class ReportWriteException extends UncheckedIOException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable MessageFragment text;

  /**
   * Creates the exception.
   *
   * @param dir the report folder
   * @param cause what the file system said
   */
  public ReportWriteException(Path dir, IOException cause) {
    this(ReportErrorCode.WRITE_FAILED.message(dir,
        cause instanceof FileSystemException f && f.getFile() != null ? f.getFile() : dir), cause);
  }

  private ReportWriteException(MessageFragment text, IOException cause) {
    super(ReportErrorCode.WRITE_FAILED.code() + ": " + text.text(Language.EN), cause);
    this.text = text;
  }

  /** @return {@link ReportErrorCode#WRITE_FAILED} */
  @Override
  public ReportErrorCode errorCode() {
    return ReportErrorCode.WRITE_FAILED;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language the reader's language
   * @return the message
   */
  @Override
  public String getMessage(Language language) {
    MessageFragment t = text;
    return t == null ? String.valueOf(getMessage()) : ReportErrorCode.WRITE_FAILED.code() + ": " + t.text(language);
  }
}
