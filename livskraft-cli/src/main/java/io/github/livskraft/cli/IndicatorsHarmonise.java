package io.github.livskraft.cli;

import io.github.livskraft.indicators.AggregationRule;
import io.github.livskraft.indicators.DataSource;
import io.github.livskraft.indicators.FormulaKind;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.kostra.klass.HarmonisationIssue;
import io.github.livskraft.kostra.klass.MergerSums;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Code harmonisation for {@code indicators compute} and {@code indicators fetch}: thin glue over MergerSums. */
final class IndicatorsHarmonise {
  private IndicatorsHarmonise() {}

  /**
   * The aggregation rule of each variable: an indicator id gets its definition's rule; the source key of a
   * derived indicator (population, ghg, builtup …) is a count or amount and is summed; anything else is not summed.
   */
  static Map<String, AggregationRule> rules(IndicatorLibrary lib) {
    Map<String, AggregationRule> m = new HashMap<>();
    for (IndicatorDefinition d : lib.all()) {
      boolean derived = d.formula().kind() != FormulaKind.VALUE;
      for (DataSource s : d.sources()) {
        if (derived && d.aggregation() == AggregationRule.RECOMPUTE_FROM_COMPONENTS) {
          m.putIfAbsent(s.key(), AggregationRule.SUM);
        }
      }
    }
    for (IndicatorDefinition d : lib.all()) {
      m.put(d.id(), d.aggregation());
    }
    return m;
  }

  static List<TimeSeries> apply(List<TimeSeries> series, String spec, IndicatorLibrary lib, PrintWriter err) {
    String s = spec.strip().toLowerCase(Locale.ROOT);
    if (s.equals("none") || s.equals("no")) {
      return series;
    }
    int year;
    try {
      year = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw CliException.badInput("--harmonise must be a year such as 2024 or 'none', was '" + spec
          + "' / --harmonise må være et år eller 'none'");
    }
    if (year < 1838 || year > 2100) {
      throw CliException.input("err.harmonise-range", String.valueOf(year));
    }
    Map<String, AggregationRule> rules = rules(lib);
    MergerSums.Result r = MergerSums.harmonise(series, year, MunicipalityRegistry.bundled(),
        v -> rules.getOrDefault(v, AggregationRule.NOT_AGGREGABLE));
    for (String m : r.merges()) {
      err.println("harmonise: " + m);
    }
    for (HarmonisationIssue i : r.issues()) {
      err.println("harmonise: " + i.action().name().toLowerCase(Locale.ROOT) + ": " + i.message());
    }
    err.flush();
    return r.series();
  }
}
