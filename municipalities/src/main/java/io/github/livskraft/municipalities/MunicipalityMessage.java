package io.github.livskraft.municipalities;

import io.github.livskraft.sdg.Language;
import java.util.Objects;

/**
 * What {@link MunicipalityException} (data that cannot be read, a code that cannot be resolved) carries: the stable
 * code and the arguments of its pattern, written in a language when asked, with a {@link CodeResolution.Outcome}
 * argument put in that language by its label. ({@link MunicipalityArgumentException} is sdg-core's
 * {@code CodedArgumentException} with this module's code type.)
 */
final class MunicipalityMessage {
  private final MunicipalityErrorCode errorCode;
  private final Object[] args;

  MunicipalityMessage(MunicipalityErrorCode errorCode, Object... args) {
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.args = args.clone();
  }

  MunicipalityErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code: an {@link CodeResolution.Outcome} argument is written as its
   * label in that language, a number as plain digits (line numbers, field counts: never "1 250").
   */
  String text(Language language) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      out[i] = a instanceof CodeResolution.Outcome o ? o.label(language)
          : a instanceof Number n ? String.valueOf(n) : a;
    }
    return errorCode.format(language, out);
  }
}
