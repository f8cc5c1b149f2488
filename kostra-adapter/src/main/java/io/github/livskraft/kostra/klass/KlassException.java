package io.github.livskraft.kostra.klass;

import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.KostraException;
import io.github.livskraft.municipalities.MunicipalityException;
import org.jspecify.annotations.Nullable;

/** A KLASS classification that cannot be read, or a code that cannot be harmonised under the chosen policy. */
public class KlassException extends KostraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception whose text comes from the module's message bundle.
   *
   * @param errorCode the stable code
   * @param cause the cause, or {@code null}
   * @param args the arguments of the code's message pattern
   */
  public KlassException(KostraErrorCode errorCode, @Nullable Throwable cause, Object... args) {
    super(errorCode, cause, args);
  }

  /**
   * Wraps a KLASS answer that cannot be read ({@code SSB-0016}), keeping the cause's own code and detail
   * ({@code MUN-0014: …}) in the message, in the reader's language too.
   *
   * @param cause what the municipalities module found wrong
   */
  public KlassException(MunicipalityException cause) {
    super(KostraErrorCode.SSB_KLASS_FAILED, cause, cause); // the coded cause, put in each message's language
  }
}
