package io.github.livskraft.cli;

import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.kostra.klass.HarmonisationIssue;
import io.github.livskraft.kostra.klass.MergerSums;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --harmonise YEAR|none} option of {@code indicators compute} and {@code indicators fetch}: parses the
 * option and reports what {@link MergerSums#harmonise(List, int, IndicatorLibrary)} did; the harmonisation itself
 * (national change history, the library's aggregation rules) is kostra-adapter's.
 */
final class IndicatorsHarmonise {
  private IndicatorsHarmonise() {}

  static List<TimeSeries> apply(List<TimeSeries> series, String spec, IndicatorLibrary lib, PrintWriter err,
      Language language) {
    String s = spec.strip().toLowerCase(Locale.ROOT);
    if (s.equals("none") || s.equals("no")) {
      return series;
    }
    int year;
    try {
      year = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw CliException.input("err.harmonise-spec", spec);
    }
    if (year < 1838 || year > 2100) {
      throw CliException.input("err.harmonise-range", String.valueOf(year));
    }
    MergerSums.Result r = MergerSums.harmonise(series, year, lib);
    for (MessageFragment m : r.merges()) {
      err.println(CliMessages.text("harmonise.note", language, m.text(language)));
    }
    for (HarmonisationIssue i : r.issues()) {
      String action = CliMessages.text("harmonise.action." + i.action().name().toLowerCase(Locale.ROOT), language);
      err.println(CliMessages.text("harmonise.issue", language, action, i.message(language)));
    }
    err.flush();
    return r.series();
  }
}
