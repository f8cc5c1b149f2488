package io.github.livskraft.indicators.progress;

import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a progress assessment: the status, and beside it every number that produced it (progress value
 * P, observed and required CAGR, the limit coefficient C, the score in [−5, 5]), the values and periods used, and
 * warnings ({@link ProgressWarning}s: a stable kind and a text in English, bokmål and nynorsk, e.g. "base value is
 * zero: replaced by 0.001").
 *
 * @param status the status
 * @param method the method used, or empty when nothing could be assessed
 * @param progressValue P: R (with target) or the direction-adjusted CAGR (without)
 * @param observedGrowth observed CAGR between base and latest period
 * @param requiredGrowth CAGR required to reach the target on time (with target)
 * @param limitCoefficient C (without target, with a limit)
 * @param score Open SDG score in [−5, 5] (5 when the target is achieved)
 * @param basePeriod the base period used
 * @param baseValue the base value used (after any replacement)
 * @param latestPeriod the latest period used
 * @param latestValue the latest value used
 * @param warnings the warnings, in the order met
 */
public record ProgressAssessment(ProgressStatus status, Optional<ProgressMethod> method, Optional<Double> progressValue,
    Optional<Double> observedGrowth, Optional<Double> requiredGrowth, Optional<Double> limitCoefficient,
    Optional<Double> score, Optional<Period> basePeriod, Optional<Double> baseValue, Optional<Period> latestPeriod,
    Optional<Double> latestValue, List<ProgressWarning> warnings) {

  /** Checks for nulls and copies. */
  public ProgressAssessment {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(progressValue, "progressValue");
    Objects.requireNonNull(observedGrowth, "observedGrowth");
    Objects.requireNonNull(requiredGrowth, "requiredGrowth");
    Objects.requireNonNull(limitCoefficient, "limitCoefficient");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(basePeriod, "basePeriod");
    Objects.requireNonNull(baseValue, "baseValue");
    Objects.requireNonNull(latestPeriod, "latestPeriod");
    Objects.requireNonNull(latestValue, "latestValue");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * An assessment that could not be made.
   *
   * @param reason why, the one warning
   * @return the assessment
   */
  public static ProgressAssessment notAvailable(ProgressWarning reason) {
    return new ProgressAssessment(ProgressStatus.NOT_AVAILABLE, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(reason));
  }

  /** Whether the target is achieved. */
  public boolean targetAchieved() {
    return status == ProgressStatus.TARGET_ACHIEVED;
  }

  /**
   * The status label (default labels).
   *
   * @param language the language
   * @return the label
   */
  public String label(Language language) {
    return status.label(language);
  }
}
