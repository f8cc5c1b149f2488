package io.github.livskraft.report;

import io.github.livskraft.report.ReportModel.StatusView;
import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.dashboard.Rating;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressInput;
import io.github.livskraft.indicators.progress.ProgressMethod;
import io.github.livskraft.indicators.progress.ProgressStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.sdg.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Progress status by the indicators module's Open SDG (Statistics Canada) calculator: with a plan target, observed
 * over required growth; without one, the direction-adjusted growth since the baseline. Colours are the dashboard
 * colours of the indicators module.
 */
final class Progress {
  private Progress() {}

  static ProgressAssessor assessor() {
    ProgressCalculator calc = ProgressCalculator.openSdg();
    return (spec, series, baseline, target) -> {
      if (spec.direction() == IndicatorSpec.Trend.CONTEXT || series.isEmpty()) {
        return Optional.empty();
      }
      int latestYear = series.lastKey();
      double latest = series.lastEntry().getValue();
      Direction d = spec.direction() == IndicatorSpec.Trend.HIGHER_IS_BETTER ? Direction.HIGHER_IS_BETTER
          : Direction.LOWER_IS_BETTER;
      ProgressInput in = ProgressInput.of(d, Period.year(baseline.year()), baseline.value(), Period.year(latestYear),
          latest);
      if (target.isPresent()) {
        in = in.withTarget(target.get().value(), Period.year(target.get().year()));
      } else if (spec.limit().isPresent()) {
        in = in.withLimit(spec.limit().get());
      }
      ProgressAssessment a = calc.assess(in);
      return Optional.of(view(a, baseline.year(), latestYear));
    };
  }

  private static final Map<ProgressStatus, Rating> COLOURS = Map.of(
      ProgressStatus.TARGET_ACHIEVED, Rating.GREEN, ProgressStatus.SUBSTANTIAL_PROGRESS, Rating.GREEN,
      ProgressStatus.MODERATE_PROGRESS, Rating.YELLOW, ProgressStatus.LIMITED_PROGRESS, Rating.ORANGE,
      ProgressStatus.DETERIORATION, Rating.RED, ProgressStatus.NOT_AVAILABLE, Rating.GREY);

  static StatusView view(ProgressAssessment a, int baseYear, int latestYear) {
    Text label = Text.of(a.label(Language.NB), a.label(Language.EN));
    String growth = a.observedGrowth().map(g -> String.format(Locale.ROOT, "%+.1f %%", g * 100)).orElse("–");
    Text detail;
    if (a.method().isEmpty()) {
      String why = a.warnings().isEmpty() ? "" : " (" + String.join("; ", a.warnings()) + ")";
      detail = Text.of("kan ikke vurderes" + why, "cannot be assessed" + why);
    } else if (a.method().get() == ProgressMethod.WITH_TARGET) {
      String r = a.progressValue().map(p -> String.format(Locale.ROOT, "%.0f %%", p * 100)).orElse("–");
      detail = Text.of("Open SDG-metoden med målverdi, " + baseYear + "–" + latestYear + ": faktisk/nødvendig vekst = "
          + r, "Open SDG method with target, " + baseYear + "–" + latestYear + ": observed/required growth = " + r);
    } else {
      detail = Text.of("Open SDG-metoden uten målverdi, " + baseYear + "–" + latestYear + ": årlig vekst " + growth,
          "Open SDG method without target, " + baseYear + "–" + latestYear + ": annual growth " + growth);
    }
    return new StatusView(a.status().code(), label, COLOURS.get(a.status()).hex(), detail);
  }
}
