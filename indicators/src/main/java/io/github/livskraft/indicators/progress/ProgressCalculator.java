package io.github.livskraft.indicators.progress;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress to target by the Statistics Canada method as implemented in Open SDG ({@code sdg-build},
 * {@code sdg/ProgressMeasure.py}): observed compound annual growth compared with the growth required to reach the
 * target on time, or, without a target, with fixed growth thresholds scaled near a natural limit.
 *
 * <pre>{@code
 * ProgressAssessment a = ProgressCalculator.openSdg().assess(
 *     ProgressInput.of(Direction.LOWER_IS_BETTER, Period.year(2015), 4.6, Period.year(2023), 3.9)
 *         .withTarget(2.3, Period.year(2030)));     // illustrative numbers
 * a.status();           // e.g. LIMITED_PROGRESS
 * a.progressValue();    // R, kept beside the status
 * }</pre>
 *
 * <p>Edge cases: first "enough data?" (a base after the latest period, or less than one year between them, gives
 * {@code NOT_AVAILABLE} even if the target is met), then "target achieved?" (a target met is achieved whatever the
 * trend, with score 5; the progress value is still computed and kept beside it, as sdg-build 2.4.0 publishes it,
 * except when the base value equals the target); a target or base value of 0 is replaced by 0.001 with a warning
 * (each warning is a {@link ProgressWarning}: a stable kind and a text in en, nb and nn);
 * base and latest values of opposite sign give {@code NOT_AVAILABLE}; a base value equal to the target that is not
 * achieved (zero required growth) is deterioration with score −5. Checked against 379 series published by sdg-build
 * 2.4.0 ({@code SdgBuildPublishedOutputTest}); the order of the first two checks and the last case are not covered
 * by any published output (see {@code docs/indicators.md}, "Open question on sdg-build 2.4.0"). Stateless
 * and thread-safe.
 */
public final class ProgressCalculator {
  private static final ProgressCalculator OPEN_SDG = new ProgressCalculator();
  private static final double ZERO_REPLACEMENT = 0.001;
  private static final double LIMIT_EXPONENT = 4.44;

  private ProgressCalculator() {}

  /** The Open SDG / Statistics Canada calculator. */
  public static ProgressCalculator openSdg() {
    return OPEN_SDG;
  }

  /**
   * Compound annual growth rate {@code (v / v0)^(1 / (t − t0)) − 1}.
   *
   * @param v the later value
   * @param v0 the earlier value
   * @param years t − t0 in years
   * @return the rate (NaN if undefined)
   */
  public static double cagr(double v, double v0, double years) {
    return Math.pow(v / v0, 1.0 / years) - 1;
  }

  /**
   * The Open SDG limit coefficient C for a base value near a natural limit: 1 if |y0| ≥ 2|L|,
   * 1 − (|y0|/|L|)^4.44 if |y0| ≤ |L|, else 1 − ((2|L| − |y0|)/|L|)^4.44.
   *
   * @param baseValue y0
   * @param limit L
   * @return C in [0, 1]
   */
  public static double limitCoefficient(double baseValue, double limit) {
    double b = Math.abs(baseValue);
    double l = Math.abs(limit);
    if (b >= 2 * l) {
      return 1;
    }
    if (b <= l) {
      return 1 - Math.pow(b / l, LIMIT_EXPONENT);
    }
    return 1 - Math.pow((2 * l - b) / l, LIMIT_EXPONENT);
  }

  /**
   * Assesses progress from base and latest values.
   *
   * @param input the input
   * @return the assessment (never throws for data reasons: those give {@code NOT_AVAILABLE} with a warning)
   */
  public ProgressAssessment assess(ProgressInput input) {
    Objects.requireNonNull(input, "input");
    return assess(input.direction(), input.basePeriod(), input.baseValue(), input.latestPeriod(),
        input.latestValue(), input.target(), input.targetPeriod(), input.limit(), input.thresholds(), null);
  }

  /**
   * The assessment, on primitives: warnings only when there are any, numbers boxed once for the result.
   *
   * @param firstWarning a warning to put first (the base period moved), or null
   */
  private static ProgressAssessment assess(Direction inputDirection, Period basePeriod, double baseValue,
      Period latestPeriod, double latestValue, Optional<Double> inputTarget, Period targetPeriod,
      Optional<Double> inputLimit, Optional<ProgressThresholds> inputThresholds,
      @org.jspecify.annotations.Nullable ProgressWarning firstWarning) {
    Warnings warnings = new Warnings(firstWarning);
    Direction direction = inputDirection;
    double y0 = baseValue;
    double yt = latestValue;
    boolean hasTarget = inputTarget.isPresent();
    double target = hasTarget ? inputTarget.get() : Double.NaN;
    if (direction == Direction.TARGET_BAND) {
      if (!hasTarget) {
        return notAvailable(ProgressWarning.of(ProgressWarning.Kind.TARGET_BAND_WITHOUT_TARGET), firstWarning);
      }
      double t = target;
      if (!(t > 0)) {
        return notAvailable(ProgressWarning.of(ProgressWarning.Kind.TARGET_BAND_TARGET_NOT_POSITIVE, t), firstWarning);
      }
      // Open SDG / Statistics Canada treatment of 5.5.1-type "Goldilocks" indicators: reflect values below the
      // target to the same distance above it, y' = T + |y - T|, and assess a reduction towards T.
      y0 = t + Math.abs(y0 - t);
      yt = t + Math.abs(yt - t);
      direction = Direction.LOWER_IS_BETTER;
      warnings.add(ProgressWarning.of(ProgressWarning.Kind.TARGET_BAND_TRANSFORMED, t));
    }
    int d = direction.sign();
    if (hasTarget && target == 0) {
      warnings.add(ProgressWarning.of(ProgressWarning.Kind.ZERO_TARGET));
      target = ZERO_REPLACEMENT;
    }
    ProgressMethod method = hasTarget ? ProgressMethod.WITH_TARGET : ProgressMethod.WITHOUT_TARGET;
    int s = y0 < 0 ? -1 : 1;

    ProgressThresholds thresholds = inputThresholds.isPresent() ? inputThresholds.get()
        : method == ProgressMethod.WITH_TARGET ? ProgressThresholds.WITH_TARGET : ProgressThresholds.WITHOUT_TARGET;
    boolean hasCoefficient = false;
    double c = 1.0;
    if (inputLimit.isPresent()) {
      double limit = inputLimit.get();
      if (method == ProgressMethod.WITHOUT_TARGET) {
        if (y0 < limit && d == -1) {
          warnings.add(ProgressWarning.of(ProgressWarning.Kind.BELOW_MINIMUM_LIMIT, y0, limit));
        }
        if (y0 > limit && d == 1) {
          warnings.add(ProgressWarning.of(ProgressWarning.Kind.ABOVE_MAXIMUM_LIMIT, y0, limit));
        }
        c = limitCoefficient(y0, limit);
        hasCoefficient = true;
        thresholds = thresholds.scaled(c);
      } else {
        warnings.add(ProgressWarning.of(ProgressWarning.Kind.LIMIT_IGNORED, limit));
      }
    }

    double years = latestPeriod.yearsSince(basePeriod);
    // sdg-build checks "enough data?" before it looks at the target: a base after the latest period, or less than
    // a year between them, gives no result even when the latest value meets the target.
    if (years < 0) {
      warnings.add(ProgressWarning.of(ProgressWarning.Kind.BASE_AFTER_LATEST, basePeriod.toString(),
          latestPeriod.toString()));
      return notAssessed(method, basePeriod, baseValue, latestPeriod, latestValue, warnings.list());
    }
    if (years < 1) {
      warnings.add(ProgressWarning.of(ProgressWarning.Kind.TOO_FEW_YEARS));
      return notAssessed(method, basePeriod, baseValue, latestPeriod, latestValue, warnings.list());
    }
    boolean achieved = hasTarget && (d == -1 && yt <= target || d == 1 && yt >= target);
    boolean zeroRequired = false;
    boolean hasP = false;
    double p = Double.NaN;
    boolean hasObserved = false;
    double observed = Double.NaN;
    boolean hasRequired = false;
    double required = Double.NaN;
    // sdg-build 2.4.0 computes the progress value whether or not the target is met and publishes it beside
    // "target achieved" (Statistics Canada's indicator_calculation_components.yml); so does Livskraft.
    if (y0 == 0) {
      warnings.add(ProgressWarning.of(ProgressWarning.Kind.ZERO_BASE_VALUE));
      y0 = ZERO_REPLACEMENT;
    }
    if (y0 > 0 && yt < 0 || y0 < 0 && yt > 0) {
      warnings.add(ProgressWarning.of(ProgressWarning.Kind.OPPOSITE_SIGNS, y0, yt));
    } else {
      double cagrO = cagr(yt, y0, years);
      observed = cagrO;
      hasObserved = true;
      if (method == ProgressMethod.WITHOUT_TARGET) {
        p = s * d * cagrO;
        hasP = true;
      } else {
        double horizon = targetPeriod.yearsSince(basePeriod);
        if (!(horizon > 0)) {
          warnings.add(ProgressWarning.of(ProgressWarning.Kind.TARGET_PERIOD_NOT_AFTER_BASE,
              targetPeriod.toString(), basePeriod.toString()));
        } else {
          double cagrR = cagr(target, y0, horizon);
          required = cagrR;
          hasRequired = true;
          if (cagrR == 0) {
            // Base value equals the target: no progress value (sdg-build 2.4.0 publishes none). If the target is
            // met, that is "target achieved"; if not, the latest value has moved away from the target and
            // Livskraft reports deterioration with the lowest score (see docs/indicators.md, open question).
            zeroRequired = !achieved;
            if (!achieved) {
              warnings.add(ProgressWarning.of(ProgressWarning.Kind.ZERO_REQUIRED_GROWTH));
            }
          } else if (Double.isFinite(cagrR)) {
            p = s * d * cagrO / Math.abs(cagrR);
            hasP = true;
          } else {
            warnings.add(ProgressWarning.of(ProgressWarning.Kind.REQUIRED_GROWTH_NOT_FINITE));
          }
        }
      }
    }

    ProgressStatus status = achieved ? ProgressStatus.TARGET_ACHIEVED
        : zeroRequired ? ProgressStatus.DETERIORATION
        : hasP ? thresholds.classify(p) : ProgressStatus.NOT_AVAILABLE;
    Optional<Double> score = achieved ? SCORE_ACHIEVED
        : zeroRequired ? SCORE_LOWEST
        : hasP ? Optional.of(score(method, p, thresholds, c)) : Optional.empty();
    return new ProgressAssessment(status, Optional.of(method), hasP ? Optional.of(p) : Optional.empty(),
        hasObserved ? Optional.of(observed) : Optional.empty(),
        hasRequired ? Optional.of(required) : Optional.empty(),
        hasCoefficient ? Optional.of(c) : Optional.empty(), score,
        Optional.of(basePeriod), Optional.of(baseValue), Optional.of(latestPeriod),
        Optional.of(latestValue), warnings.list());
  }

  /** Not available for a reason, after the warning that the base period moved, if any. */
  private static ProgressAssessment notAvailable(ProgressWarning reason,
      @org.jspecify.annotations.Nullable ProgressWarning first) {
    if (first == null) {
      return ProgressAssessment.notAvailable(reason);
    }
    return new ProgressAssessment(ProgressStatus.NOT_AVAILABLE, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(first, reason));
  }

  private static final Optional<Double> SCORE_ACHIEVED = Optional.of(5.0);
  private static final Optional<Double> SCORE_LOWEST = Optional.of(-5.0);

  /** Warnings, allocated only when there is one (most assessments have none). */
  private static final class Warnings {
    private @org.jspecify.annotations.Nullable List<ProgressWarning> list;

    Warnings(@org.jspecify.annotations.Nullable ProgressWarning first) {
      if (first != null) {
        add(first);
      }
    }

    void add(ProgressWarning warning) {
      if (list == null) {
        list = new ArrayList<>(2);
      }
      list.add(warning);
    }

    List<ProgressWarning> list() {
      return list == null ? List.of() : list;
    }
  }

  private static ProgressAssessment notAssessed(ProgressMethod method, Period basePeriod, double baseValue,
      Period latestPeriod, double latestValue, List<ProgressWarning> warnings) {
    return new ProgressAssessment(ProgressStatus.NOT_AVAILABLE, Optional.of(method), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(basePeriod),
        Optional.of(baseValue), Optional.of(latestPeriod), Optional.of(latestValue), warnings);
  }

  /**
   * Open SDG's score in [−5, 5] for a progress value (thresholds already scaled by C).
   *
   * @param method the method
   * @param p the progress value
   * @param t the thresholds
   * @param c the limit coefficient (1 without a limit)
   * @return the score
   */
  static double score(ProgressMethod method, double p, ProgressThresholds t, double c) {
    if (method == ProgressMethod.WITHOUT_TARGET) {
      if (p < t.low()) {
        return Math.max(125 * p - 2.5, -5);
      }
      if (c == 0) {
        return 5;
      }
      if (p >= t.high()) {
        return Math.min(500 * p / c - 5, 5);
      }
      if (p >= t.med()) {
        return 250 * p / c - 1.25;
      }
      return 500 * p / c - 2.5;
    }
    if (p >= t.med()) {
      return Math.min(7.1429 * p - 4.2857, 5);
    }
    return Math.max(4.1667 * p - 2.5, -5);
  }

  /**
   * Assesses a series: the latest period with a value, against the base period (or the first later period with
   * data). Missing and flagged observations are dropped, as Open SDG drops missing values.
   *
   * @param series the series
   * @param options the options
   * @return the assessment
   */
  public ProgressAssessment assess(TimeSeries series, ProgressOptions options) {
    int latest = series.latestIndexWithValue();
    if (latest < 0) {
      return ProgressAssessment.notAvailable(
          ProgressWarning.of(ProgressWarning.Kind.NO_VALUE, series.variable(), series.region().toString()));
    }
    int base = series.firstIndexWithValueFrom(options.basePeriod());
    if (base < 0) {
      return ProgressAssessment.notAvailable(ProgressWarning.of(ProgressWarning.Kind.NO_VALUE_FROM_BASE_PERIOD,
          options.basePeriod().toString()));
    }
    Period basePeriod = series.period(base);
    double baseValue = series.rawValue(base);
    double latestValue = series.rawValue(latest);
    // the checks of ProgressInput (values finite), without making one
    if (!Double.isFinite(baseValue) || !Double.isFinite(latestValue)
        || options.target().isPresent() && !Double.isFinite(options.target().get())
        || options.limit().isPresent() && !Double.isFinite(options.limit().get())) {
      new ProgressInput(options.direction(), basePeriod, baseValue, series.period(latest), latestValue,
          options.target(), options.targetPeriod(), options.limit(), options.thresholds());
    }
    ProgressWarning moved = basePeriod.equals(options.basePeriod()) ? null
        : ProgressWarning.of(ProgressWarning.Kind.BASE_PERIOD_MOVED, options.basePeriod().toString(),
            basePeriod.toString());
    return assess(options.direction(), basePeriod, baseValue, series.period(latest), latestValue, options.target(),
        options.targetPeriod(), options.limit(), options.thresholds(), moved);
  }

  /**
   * Combines assessments (e.g. the series of one indicator, or the indicators of a plan target): the mean (or
   * minimum) score; "target achieved" only if every assessed part achieved its target.
   *
   * @param assessments the parts
   * @param aggregation mean or min
   * @return the summary
   */
  public ProgressSummary aggregate(List<ProgressAssessment> assessments, ScoreAggregation aggregation) {
    List<Double> scores = new ArrayList<>();
    boolean allAchieved = true;
    for (ProgressAssessment a : assessments) {
      if (a.score().isPresent()) {
        scores.add(a.score().get());
        allAchieved &= a.targetAchieved();
      }
    }
    if (scores.isEmpty()) {
      return new ProgressSummary(ProgressStatus.NOT_AVAILABLE, Optional.empty(), 0, assessments.size());
    }
    double score = aggregation == ScoreAggregation.MEAN
        ? scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow()
        : scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    ProgressStatus status = allAchieved ? ProgressStatus.TARGET_ACHIEVED : ProgressStatus.fromScore(score);
    return new ProgressSummary(status, Optional.of(score), scores.size(), assessments.size());
  }
  /**
   * Combines groups of parts, as sdg-build 2.4.0 combines the {@code group} entries of an indicator's
   * {@code progress_calculation_options}: each group (or single series, {@link ProgressSummary#of}) counts once,
   * with its own combined score, whatever its size; groups may nest. "Target achieved" only if every part with a
   * score achieved its target. Reproduces the published indicator scores of Statistics Canada's sdg-build 2.4.0
   * data ({@code SdgBuildPublishedOutputTest}), e.g. 9-c-1 = mean(HSPA+, mean(LTE, LTE-A), 5G).
   *
   * @param parts the groups (summaries of their members) and single series
   * @param aggregation mean or min
   * @return the summary; {@code assessed} and {@code total} count parts, not series
   */
  public ProgressSummary aggregateGroups(List<ProgressSummary> parts, ScoreAggregation aggregation) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(aggregation, "aggregation");
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    int n = 0;
    boolean allAchieved = true;
    for (ProgressSummary part : parts) {
      if (part.score().isPresent()) {
        double v = part.score().get();
        sum += v;
        min = Math.min(min, v);
        n++;
        allAchieved &= part.targetAchieved();
      }
    }
    if (n == 0) {
      return new ProgressSummary(ProgressStatus.NOT_AVAILABLE, Optional.empty(), 0, parts.size());
    }
    double score = aggregation == ScoreAggregation.MEAN ? sum / n : min;
    ProgressStatus status = allAchieved ? ProgressStatus.TARGET_ACHIEVED : ProgressStatus.fromScore(score);
    return new ProgressSummary(status, Optional.of(score), n, parts.size());
  }
}
