package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.report.ReportModel.IndicatorView;
import io.github.livskraft.report.ReportModel.MunicipalityView;
import io.github.livskraft.report.ReportModel.Point;
import io.github.livskraft.report.ReportModel.TargetView;
import io.github.livskraft.municipalities.MunicipalityCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @Test
  void niceTicksCoverTheRangeWithRoundSteps() {
    double[] t = SvgChart.niceTicks(68.0, 103.0);
    assertThat(t[0]).isLessThanOrEqualTo(68.0);
    assertThat(t[t.length - 1]).isGreaterThanOrEqualTo(103.0);
    assertThat(t.length).isBetween(4, 9);
    double step = t[1] - t[0];
    assertThat(step).isIn(5.0, 10.0, 20.0);
    assertThat(SvgChart.niceTicks(3.2, 3.2)).hasSizeGreaterThan(1); // a flat series still gets an axis
  }

  @Test
  void escapingAndBackQuotedCode() {
    assertThat(Html.text("<a & b>")).isEqualTo("&lt;a &amp; b&gt;");
    assertThat(Html.attr("\"x'")).isEqualTo("&quot;x&#39;");
    assertThat(HtmlReport.code("fetch with `livskraft ssb fetch 12241 --region <x>`"))
        .isEqualTo("fetch with <code>livskraft ssb fetch 12241 --region &lt;x&gt;</code>");
    assertThat(HtmlReport.code("odd ` quote")).isEqualTo("odd ` quote");
  }

  @Test
  void statusTextIsReadableOnDashboardColours() {
    assertThat(HtmlReport.textOn("#f2c500")).isEqualTo("#1b1b1b"); // yellow: dark text
    assertThat(HtmlReport.textOn("#d7191c")).isEqualTo("#ffffff"); // red: white text
  }

  @Test
  void chartDrawsOneLinePerMunicipalityTheRegionAndTheTarget() {
    MunicipalityCode a = MunicipalityCode.parse("3303");
    MunicipalityCode b = MunicipalityCode.parse("4005");
    TreeMap<Integer, Double> sa = new TreeMap<>(Map.of(2015, 80.0, 2020, 90.0));
    TreeMap<Integer, Double> sb = new TreeMap<>(Map.of(2015, 70.0, 2020, 75.0));
    TreeMap<Integer, Double> region = new TreeMap<>(Map.of(2015, 76.0, 2020, 84.0));
    IndicatorView ind = new IndicatorView("x", Text.of("Navn", "Name"), Text.of("prosent", "per cent"), 1,
        List.of("4.2"), Set.of(4), Text.same("agg"), Text.same("dir"), Map.of(a, sa, b, sb), region,
        Optional.empty(), Optional.of(new Point(2015, 76.0)),
        Optional.of(new TargetView(95.0, 2030, Text.same("plan"))), Optional.empty(), List.of(), Optional.empty(),
        "ssb", Map.of());
    String svg = SvgChart.render(ind, List.of(new MunicipalityView(a, "Kongsberg"),
        new MunicipalityView(b, "Notodden")), ReportLanguage.EN, "Region");
    assertThat(svg.split("class=\"series municipality\"", -1)).hasSize(3);
    assertThat(svg).contains("class=\"series region\"").contains("class=\"target-line\"").contains(">2030<")
        .contains("Kongsberg").contains("Notodden").contains("Baseline 2015").doesNotContain("NaN");
  }
}
