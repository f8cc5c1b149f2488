package io.github.livskraft.casework.batch;

import java.util.Objects;

/**
 * A case file or record the batch could not read; the run goes on without it.
 *
 * @param source the file name or {@code file:line}
 * @param code the stable error code, e.g. {@code CASE-0003}
 * @param message the English message
 */
public record BatchError(String source, String code, String message) {
  /** Checks for nulls. */
  public BatchError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
