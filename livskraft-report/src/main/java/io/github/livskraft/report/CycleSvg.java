package io.github.livskraft.report;

import io.github.livskraft.plan.EventKind;
import io.github.livskraft.report.Report.CycleEventView;
import io.github.livskraft.report.Report.CycleView;
import io.github.livskraft.sdg.Language;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The årshjul as a circular SVG: twelve month sectors clockwise from January at the top, one dot per event at its
 * day of the year (month-precision events in the middle of their month on the outer ring), coloured by kind.
 */
final class CycleSvg {
  private CycleSvg() {}

  static final Map<EventKind, String> COLOURS = Map.of(EventKind.MEETING, "#0A97D9", EventKind.DEADLINE, "#E5243B",
      EventKind.REPORTING, "#4C9F38", EventKind.PROCESS, "#FD6925");

  /**
   * Month abbreviations, fixed here rather than taken from the JDK's CLDR data (which differs between JDK versions
   * and gives nynorsk "mars" beside bokmål "mar"), so every language shows twelve three-letter labels.
   */
  private static final java.util.List<String> MONTHS_NO = java.util.List.of("jan", "feb", "mar", "apr", "mai", "jun",
      "jul", "aug", "sep", "okt", "nov", "des");

  private static final java.util.List<String> MONTHS_EN = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private static final double CX = 210;
  private static final double CY = 210;
  private static final double R_OUT = 190;
  private static final double R_IN = 70;

  static String render(CycleView cycle, Language lang) {
    StringBuilder b = new StringBuilder(16 * 1024);
    b.append("<svg class=\"arshjul\" viewBox=\"0 0 420 420\" width=\"420\" height=\"420\" role=\"img\" "
        + "xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(Html.text(Labels.get("arshjul", lang) + " " + cycle.year())).append("</title>");
    int year = cycle.year();
    int days = LocalDate.of(year, 12, 31).getDayOfYear();
    for (int m = 1; m <= 12; m++) {
      double a0 = angle(LocalDate.of(year, m, 1).getDayOfYear() - 1, days);
      double a1 = angle(m == 12 ? days : LocalDate.of(year, m + 1, 1).getDayOfYear() - 1, days);
      String fill = m % 2 == 0 ? "#f3f5f7" : "#e6eaee";
      b.append("<path class=\"month\" data-month=\"").append(m).append("\" fill=\"").append(fill)
          .append("\" stroke=\"#fff\" stroke-width=\"2\" d=\"").append(sector(a0, a1)).append("\"/>");
      double mid = (a0 + a1) / 2;
      String name = (lang == Language.EN ? MONTHS_EN : MONTHS_NO).get(m - 1);
      b.append("<text class=\"month-label\" font-size=\"12\" text-anchor=\"middle\" dominant-baseline=\"middle\" x=\"")
          .append(fmt(x(mid, (R_IN + 22)))).append("\" y=\"").append(fmt(y(mid, (R_IN + 22)))).append("\">")
          .append(Html.text(name)).append("</text>");
    }
    b.append("<text x=\"").append(fmt(CX)).append("\" y=\"").append(fmt(CY))
        .append("\" font-size=\"26\" font-weight=\"700\" text-anchor=\"middle\" dominant-baseline=\"middle\">")
        .append(year).append("</text>");
    int i = 0;
    for (CycleEventView e : cycle.events()) {
      double dayIndex = e.date().map(d -> (double) d.getDayOfYear() - 0.5)
          .orElse((e.month().atDay(1).getDayOfYear() - 1) + e.month().lengthOfMonth() / 2.0);
      double a = angle(dayIndex, days);
      // one ring per kind; month-precision events are paler
      double r = R_IN + 45 + 20 * e.kind().ordinal() + (i++ % 3) * 4;
      b.append("<circle class=\"event\" data-kind=\"").append(e.kind().name()).append("\" data-month=\"")
          .append(e.month().getMonthValue()).append("\" r=\"").append(e.date().isPresent() ? "6" : "5")
          .append("\" cx=\"").append(fmt(x(a, r))).append("\" cy=\"").append(fmt(y(a, r))).append("\" fill=\"")
          .append(COLOURS.get(e.kind())).append("\" stroke=\"#1b1b1b\" stroke-width=\"1\"").append(e.date().isPresent() ? "" : " fill-opacity=\"0.55\"")
          .append("><title>").append(Html.text(e.date().map(LocalDate::toString).orElse(e.month().toString())
              + " " + e.title())).append("</title></circle>");
    }
    b.append("</svg>");
    return b.toString();
  }

  /** Radians clockwise from 12 o'clock. */
  private static double angle(double dayIndex, int days) {
    return 2 * Math.PI * dayIndex / days;
  }

  private static double x(double a, double r) {
    return CX + r * Math.sin(a);
  }

  private static double y(double a, double r) {
    return CY - r * Math.cos(a);
  }

  private static String sector(double a0, double a1) {
    int large = a1 - a0 > Math.PI ? 1 : 0;
    return "M" + fmt(x(a0, R_IN)) + "," + fmt(y(a0, R_IN)) + " L" + fmt(x(a0, R_OUT)) + "," + fmt(y(a0, R_OUT))
        + " A" + fmt(R_OUT) + "," + fmt(R_OUT) + " 0 " + large + " 1 " + fmt(x(a1, R_OUT)) + "," + fmt(y(a1, R_OUT))
        + " L" + fmt(x(a1, R_IN)) + "," + fmt(y(a1, R_IN))
        + " A" + fmt(R_IN) + "," + fmt(R_IN) + " 0 " + large + " 0 " + fmt(x(a0, R_IN)) + "," + fmt(y(a0, R_IN)) + " Z";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
