package io.github.livskraft.report;

import io.github.livskraft.sdg.NumberText;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.report.Report.IndicatorView;
import io.github.livskraft.report.Report.MunicipalityView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import io.github.livskraft.indicators.series.TimeSeries;

/**
 * An inline SVG line chart of one indicator: a thin line per municipality, a thick line for the region, the
 * baseline year as a dotted rule and the target as a dashed line up to its year. No script, no external font.
 */
final class SvgChart {
  /** Okabe–Ito colours (distinguishable with common colour-vision deficiencies). */
  static final List<String> PALETTE = List.of("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00",
      "#8C6D1F", "#7F7F7F", "#F0E442");
  static final String REGION_COLOUR = "#1b1b1b";
  static final String TARGET_COLOUR = "#C5192D";

  private static final int W = 720;
  private static final int H = 280;
  private static final int LEFT = 64;
  private static final int RIGHT = 200;
  private static final int TOP = 18;
  private static final int BOTTOM = 34;

  private SvgChart() {}

  /** Colour of the i-th municipality of the region. */
  static String colour(int i) {
    return PALETTE.get(i % PALETTE.size());
  }

  /** One line of a panel. */
  private record Line(String label, String colour, NavigableMap<Integer, Double> values, String cls, String key,
      boolean strong) {}

  /**
   * Renders the chart; the caller has checked {@link IndicatorView#hasData()}. A regional total (a sum) gets a
   * panel of its own below the municipalities, so that it does not flatten their lines on one axis; a regional
   * mean shares the municipalities' axis.
   *
   * @param ind the indicator
   * @param municipalities the region's municipalities, in legend order
   * @param lang the language
   * @param regionLabel the label of the region line
   * @return one {@code <svg>} element, or two for a regional total
   */
  static String render(IndicatorView ind, List<MunicipalityView> municipalities, Language lang,
      String regionLabel) {
    List<Line> lines = new ArrayList<>();
    int i = 0;
    for (MunicipalityView m : municipalities) {
      String colour = colour(i++);
      TimeSeries s = ind.perMunicipality().get(m.code());
      if (s != null && !Series.values(s).isEmpty()) {
        lines.add(new Line(m.name(), colour, Series.values(s), "series municipality", m.code().value(), false));
      }
    }
    Optional<Line> region = ind.regional().map(r -> new Line(regionLabel, REGION_COLOUR, Series.values(r),
        "series region", "region", true));
    String title = ind.name().text(lang) + " (" + ind.unit().text(lang) + ")";
    // one year axis for both panels, so that the same year sits at the same place
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    List<Line> all = new ArrayList<>(lines);
    region.ifPresent(all::add);
    for (Line l : all) {
      minYear = Math.min(minYear, l.values().firstKey());
      maxYear = Math.max(maxYear, l.values().lastKey());
    }
    if (ind.target().isPresent()) {
      maxYear = Math.max(maxYear, ind.target().get().year());
    }
    if (ind.regionIsTotal() && region.isPresent() && !lines.isEmpty()) {
      return panel(ind, lines, false, lang, title + " — " + Labels.get("municipalities.panel", lang), "municipalities",
          minYear, maxYear)
          + panel(ind, List.of(region.get()), true, lang, title + " — " + Labels.get("region.total", lang), "total",
              minYear, maxYear);
    }
    region.ifPresent(lines::add);
    return panel(ind, lines, true, lang, title, "all", minYear, maxYear);
  }

  private static String panel(IndicatorView ind, List<Line> lines, boolean withTarget, Language lang, String title,
      String panel, int firstYear, int lastYear) {
    int minYear = firstYear;
    int maxYear = lastYear;
    double minV = Double.POSITIVE_INFINITY;
    double maxV = Double.NEGATIVE_INFINITY;
    for (Line l : lines) {
      for (Map.Entry<Integer, Double> e : l.values().entrySet()) {
        minV = Math.min(minV, e.getValue());
        maxV = Math.max(maxV, e.getValue());
      }
    }
    Optional<Report.TargetView> target = withTarget ? ind.target() : Optional.empty();
    if (target.isPresent()) {
      minV = Math.min(minV, target.get().value());
      maxV = Math.max(maxV, target.get().value());
    }
    if (minYear == maxYear) {
      minYear -= 1;
      maxYear += 1;
    }
    double[] ticks = niceTicks(Math.min(minV, 0 <= minV && minV < (maxV - minV) ? 0 : minV), maxV);
    double lo = ticks[0];
    double hi = ticks[ticks.length - 1];
    final int y0 = minYear;
    final int y1 = maxYear;
    Scale sx = v -> LEFT + (v - y0) * (W - LEFT - RIGHT) / (double) (y1 - y0);
    Scale sy = v -> TOP + (hi - v) * (H - TOP - BOTTOM) / (hi - lo);

    StringBuilder b = new StringBuilder(4096);
    b.append("<svg class=\"chart-svg\" data-panel=\"").append(panel).append("\" viewBox=\"0 0 ").append(W)
        .append(' ').append(H).append("\" role=\"img\" aria-label=\"").append(Html.attr(title)).append("\">");
    b.append("<title>").append(Html.text(title)).append("</title>");
    // grid and y ticks
    for (double t : ticks) {
      double y = sy.at(t);
      b.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
          LEFT, W - RIGHT, y, y));
      b.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
          LEFT - 6, y + 4, Html.text(NumberText.fixed(t, tickDecimals(ticks), lang))));
    }
    // x ticks: every year if few, otherwise every 2nd/5th, anchored at the latest year so that it is labelled
    int span = y1 - y0;
    int step = span <= 10 ? 1 : span <= 20 ? 2 : 5;
    for (int year = y1; year >= y0; year -= step) {
      double x = sx.at(year);
      b.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
          x, H - BOTTOM + 18, year));
    }
    b.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT,
        W - RIGHT, H - BOTTOM, H - BOTTOM));
    // the base period
    ind.baseline().ifPresent(p -> {
      double x = sx.at(p.fromYear());
      double x2 = sx.at(p.toYear());
      if (x2 > x) {
        b.append(String.format(Locale.ROOT,
            "<rect class=\"base-period\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>", x, TOP, x2 - x,
            H - BOTTOM - TOP));
      }
      b.append(String.format(Locale.ROOT,
          "<line class=\"baseline\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>", x, x, TOP, H - BOTTOM));
      b.append(String.format(Locale.ROOT, "<text class=\"note\" x=\"%.1f\" y=\"%d\">%s</text>", x + 3, TOP + 10,
          Html.text(Labels.get("baseline", lang) + " " + p.fromYear()
              + (p.toYear() > p.fromYear() ? "–" + p.toYear() : ""))));
    });
    target.ifPresent(t -> {
      double y = sy.at(t.value());
      b.append(String.format(Locale.ROOT,
          "<line class=\"target-line\" x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", LEFT,
          sx.at(t.year()), y, y, TARGET_COLOUR));
      b.append(String.format(Locale.ROOT,
          "<circle class=\"target-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"none\" stroke=\"%s\"/>",
          sx.at(t.year()), y, TARGET_COLOUR));
      b.append(String.format(Locale.ROOT, "<text class=\"note target-label\" x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>",
          sx.at(t.year()) + 8, y + 4, TARGET_COLOUR,
          Html.text(Labels.get("target", lang) + " " + t.year())));
    });
    int legendY = TOP + 4;
    for (Line l : lines) {
      line(b, l.values(), sx, sy, l.colour(), l.cls(), l.key());
      legend(b, legendY, l.colour(), l.label(), l.strong());
      legendY += 17;
    }
    if (target.isPresent()) {
      b.append(String.format(Locale.ROOT,
          "<line class=\"target-line\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\"/>", W - RIGHT + 14,
          W - RIGHT + 34, legendY + 4, legendY + 4, TARGET_COLOUR));
      b.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>", W - RIGHT + 40,
          legendY + 8, Html.text(Labels.get("target", lang))));
    }
    b.append("</svg>");
    return b.toString();
  }

  private static void line(StringBuilder b, NavigableMap<Integer, Double> s, Scale sx, Scale sy, String colour,
      String cls, String key) {
    StringBuilder d = new StringBuilder();
    Integer prev = null;
    for (Map.Entry<Integer, Double> e : s.entrySet()) {
      // a gap of more than one year in an annual series is drawn as a break only if it is interior data loss;
      // published biennial years (e.g. 2009, 2011) are connected
      d.append(prev == null ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f ", sx.at(e.getKey()),
          sy.at(e.getValue())));
      prev = e.getKey();
    }
    boolean region = cls.contains("region");
    b.append("<path class=\"").append(cls).append("\" data-key=\"").append(Html.attr(key)).append("\" d=\"")
        .append(d.toString().strip()).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
        .append(region ? "3.2" : "1.8").append("\" fill=\"none\"/>");
    if (s.size() <= 12 || region) {
      for (Map.Entry<Integer, Double> e : s.entrySet()) {
        b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\"/>",
            sx.at(e.getKey()), sy.at(e.getValue()), region ? "3.2" : "2.2", colour));
      }
    }
  }

  private static void legend(StringBuilder b, int y, String colour, String label, boolean bold) {
    b.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%s\"/>", W - RIGHT + 14,
        W - RIGHT + 34, y + 4, y + 4, colour, bold ? "3.2" : "2"));
    b.append(String.format(Locale.ROOT, "<text class=\"legend%s\" x=\"%d\" y=\"%d\">%s</text>",
        bold ? " strong" : "", W - RIGHT + 40, y + 8, Html.text(label)));
  }

  /** Round tick values covering [lo, hi] (4–7 ticks). */
  static double[] niceTicks(double lo, double hi) {
    if (!(hi > lo)) {
      double pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
      lo -= pad;
      hi += pad;
    }
    double range = hi - lo;
    double rough = range / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(rough)));
    double norm = rough / mag;
    double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
    double start = Math.floor(lo / step) * step;
    double end = Math.ceil(hi / step) * step;
    int n = (int) Math.round((end - start) / step) + 1;
    double[] t = new double[n];
    for (int k = 0; k < n; k++) {
      t[k] = start + k * step;
      if (Math.abs(t[k]) < step * 1e-9) {
        t[k] = 0;
      }
    }
    return t;
  }

  private static int tickDecimals(double[] ticks) {
    double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    return step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
  }

  @FunctionalInterface
  private interface Scale {
    double at(double v);
  }
}
