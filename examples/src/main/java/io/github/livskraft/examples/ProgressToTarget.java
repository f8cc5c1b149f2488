package io.github.livskraft.examples;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressInput;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.sdg.Language;
import java.util.Locale;
import java.util.NavigableMap;

/**
 * Progress to target by the Open SDG (Statistics Canada) method, for Kongsberg's real share of children aged 1–2
 * in kindergarten (SSB 13502) from 2015 to the latest year, with and without a target.
 *
 * <p>The target of 95 % in 2030 is ILLUSTRATIVE: Kongsberg has not adopted it.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.ProgressToTarget}
 */
public final class ProgressToTarget {
  private ProgressToTarget() {}

  /** An illustrative target value (not adopted by any municipality). */
  static final double ILLUSTRATIVE_TARGET = 95.0;

  /**
   * Prints the assessment with and without the illustrative target.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    NavigableMap<Integer, Double> kongsberg = ExampleData.kindergartenShare().get(MunicipalityCode.parse("3303"));
    int baseYear = 2015;
    int latestYear = kongsberg.lastKey();
    ProgressInput input = ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(baseYear), kongsberg.get(baseYear),
        Period.year(latestYear), kongsberg.get(latestYear));
    System.out.printf(Locale.ROOT, "Kongsberg, children aged 1-2 in kindergarten: %.1f %% (%d) -> %.1f %% (%d)%n",
        kongsberg.get(baseYear), baseYear, kongsberg.get(latestYear), latestYear);

    ProgressCalculator calc = ProgressCalculator.openSdg();

    // With a target: observed growth over the growth required to reach the target on time.
    ProgressAssessment withTarget = calc.assess(input.withTarget(ILLUSTRATIVE_TARGET, Period.year(2030)));
    System.out.printf(Locale.ROOT, "With ILLUSTRATIVE target %.0f %% by 2030: %s (R = %.2f, score %.2f)%n",
        ILLUSTRATIVE_TARGET, withTarget.label(Language.EN), withTarget.progressValue().orElse(Double.NaN),
        withTarget.score().orElse(Double.NaN));

    // Without a target: the growth itself, thresholds scaled near the natural limit of 100 %.
    ProgressAssessment noTarget = calc.assess(input.withLimit(100));
    System.out.printf(Locale.ROOT, "Without target (limit 100 %%): %s (annual growth %+.2f %%, C = %.2f)%n",
        noTarget.label(Language.EN), noTarget.observedGrowth().orElse(Double.NaN) * 100,
        noTarget.limitCoefficient().orElse(Double.NaN));
    System.out.println("Status codes: " + withTarget.status().code() + ", " + noTarget.status().code());
    System.out.println("Kilde: Statistisk sentralbyrå, CC BY 4.0");
  }
}
