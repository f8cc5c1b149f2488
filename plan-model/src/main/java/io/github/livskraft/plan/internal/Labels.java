package io.github.livskraft.plan.internal;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.sdg.Language;

/** The labels of plan-model's enums, from the module's message bundle ({@code plan_en|nb|nn.properties}). */
public final class Labels {
  private Labels() {}

  /**
   * The label of an enum constant: the bundle key is the enum's simple name, a dot and the constant's name, e.g.
   * {@code PlanKind.FINANCIAL_PLAN}.
   *
   * @param constant the constant
   * @param language the language
   * @return the label (a plain text, not a pattern)
   * @throws java.util.MissingResourceException if the bundle lacks the label (a test prevents that)
   */
  public static String of(Enum<?> constant, Language language) {
    return PlanErrorCode.GENERAL.messages().pattern(
        constant.getDeclaringClass().getSimpleName() + "." + constant.name(), language);
  }
}
