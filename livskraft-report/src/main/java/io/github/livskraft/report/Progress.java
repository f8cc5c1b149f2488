package io.github.livskraft.report;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.dashboard.Rating;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressInput;
import io.github.livskraft.indicators.progress.ProgressMethod;
import io.github.livskraft.indicators.progress.ProgressStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.report.Report.Baseline;
import io.github.livskraft.report.Report.StatusView;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.NumberText;
import io.github.livskraft.sdg.LocalizedText;
import java.util.Map;
import java.util.Optional;

/**
 * Progress status by the indicators module's Open SDG (Statistics Canada) calculator, under the report's
 * {@link ProgressRules}: with a plan target, observed over required growth; without one, the direction-adjusted
 * growth since the base period. Colours are the dashboard colours of the indicators module.
 */
final class Progress {
  /** Status code when the rules do not allow an assessment (too short, too small). */
  static final String NOT_ASSESSED = "not_assessed";
  /** Status code for an annual change within ±0.5 % without a target. */
  static final String NO_CLEAR_CHANGE = "no_clear_change";

  private Progress() {}

  static ProgressAssessor assessor() {
    ProgressCalculator calc = ProgressCalculator.openSdg();
    return (spec, series, target) -> {
      if (spec.direction() == IndicatorSpec.Trend.CONTEXT || series.isEmpty()) {
        return Optional.empty();
      }
      Baseline base = ProgressRules.baseline(series).orElseThrow();
      int latestYear = series.lastKey();
      double latest = series.lastEntry().getValue();
      int years = latestYear - base.referenceYear();
      String period = period(base, latestYear);
      if (years < ProgressRules.MIN_YEARS) {
        return Optional.of(notAssessed(Texts.text("progress.too-short", period, ProgressRules.MIN_YEARS)));
      }
      if (spec.aggregation() == IndicatorSpec.Aggregation.SUM
          && (base.value() < ProgressRules.MIN_COUNT || latest < ProgressRules.MIN_COUNT)) {
        return Optional.of(notAssessed(Texts.text("progress.too-small", ProgressRules.MIN_COUNT)));
      }
      if (!(base.value() > 0) || !(latest > 0)) {
        return Optional.of(notAssessed(Texts.text("progress.from-zero")));
      }
      double annual = Math.pow(latest / base.value(), 1.0 / years) - 1;
      if (target.isEmpty() && Math.abs(annual) < ProgressRules.FLAT_ANNUAL) {
        return Optional.of(new StatusView(NO_CLEAR_CHANGE, Texts.text("progress.no-clear-change"), Rating.GREY.hex(),
            growthDetail(period, annual, false)));
      }
      Direction d = spec.direction() == IndicatorSpec.Trend.HIGHER_IS_BETTER ? Direction.HIGHER_IS_BETTER
          : Direction.LOWER_IS_BETTER;
      ProgressInput in = ProgressInput.of(d, Period.year(base.referenceYear()), base.value(),
          Period.year(latestYear), latest);
      if (target.isPresent()) {
        in = in.withTarget(target.get().value(), Period.year(target.get().year()));
      } else if (spec.limit().isPresent()) {
        in = in.withLimit(spec.limit().get());
      }
      ProgressAssessment a = calc.assess(in);
      return Optional.of(view(a, period, annual));
    };
  }

  private static StatusView notAssessed(LocalizedText why) {
    return new StatusView(NOT_ASSESSED, Texts.text("progress.not-assessed"), Rating.GREY.hex(), why);
  }

  private static String period(Baseline base, int latestYear) {
    return (base.fromYear() == base.toYear() ? Integer.toString(base.fromYear())
        : base.fromYear() + "–" + base.toYear()) + " → " + latestYear;
  }

  private static final Map<ProgressStatus, Rating> COLOURS = Map.of(
      ProgressStatus.TARGET_ACHIEVED, Rating.GREEN, ProgressStatus.SUBSTANTIAL_PROGRESS, Rating.GREEN,
      ProgressStatus.MODERATE_PROGRESS, Rating.YELLOW, ProgressStatus.LIMITED_PROGRESS, Rating.ORANGE,
      ProgressStatus.DETERIORATION, Rating.RED, ProgressStatus.NOT_AVAILABLE, Rating.GREY);

  static StatusView view(ProgressAssessment a, String period, double annual) {
    LocalizedText label = Texts.of(a.label(Language.NB), a.label(Language.NN), a.label(Language.EN));
    LocalizedText detail;
    if (a.method().isEmpty()) {
      // each warning in the report's language (ProgressWarning: a text of the indicators bundle)
      Object why = a.warnings().isEmpty() ? ""
          : Texts.of(l -> " (" + String.join("; ", a.warnings().stream().map(w -> w.text(l)).toList()) + ")");
      detail = Texts.text("progress.cannot-assess", why);
    } else if (a.method().get() == ProgressMethod.WITH_TARGET) {
      double r = a.progressValue().orElse(Double.NaN) * 100;
      detail = Texts.text("progress.with-target", period, Texts.of(l -> percent(r, false, l)));
    } else {
      detail = growthDetail(period, annual, true);
    }
    return new StatusView(a.status().code(), label, COLOURS.get(a.status()).hex(), detail);
  }

  private static LocalizedText growthDetail(String period, double annual, boolean openSdg) {
    return Texts.text(openSdg ? "progress.growth.open-sdg" : "progress.growth", period,
        Texts.of(l -> percent(annual * 100, true, l)));
  }

  /**
   * A percentage for a progress detail: signed with one decimal ({@code +0,7 %}) for a growth rate, unsigned
   * without decimals ({@code 85 %}) for a share of the way to a target; "–" for a non-number.
   */
  static String percent(double v, boolean signed, Language lang) {
    return signed ? NumberText.signedPercent(v, 1, lang) : NumberText.percent(v, 0, lang);
  }
}
