package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.report.Report.Baseline;
import io.github.livskraft.report.Report.IndicatorView;
import io.github.livskraft.report.Report.MunicipalityView;
import io.github.livskraft.report.Report.TargetView;
import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReportTest {
  static final MunicipalityCode A = MunicipalityCode.parse("3303");
  static final MunicipalityCode B = MunicipalityCode.parse("4005");

  static TimeSeries series(MunicipalityCode c, double v2015, double v2020) {
    return TimeSeries.of(new Region.Municipality(c, ""), "x", "prosent", 1, Provenance.unknown(),
        List.of(Observation.of(Period.year(2015), v2015), Observation.of(Period.year(2020), v2020),
            Observation.missing(Period.year(2021), ObservationStatus.CONFIDENTIAL)));
  }

  static IndicatorView indicator(boolean total, TimeSeries region) {
    return new IndicatorView("x", Texts.of("Navn", "Namn", "Name"), Texts.of("prosent", "prosent", "per cent"), 1,
        List.of("4.2"), Set.of(4), Texts.same("agg"), Texts.same("dir"),
        Map.of(A, series(A, 80, 90), B, series(B, 70, 75)), Optional.of(region), Optional.empty(),
        Optional.of(new Baseline(2015, 2015, 76.0)), Optional.of(new TargetView(95.0, 2030, Texts.same("plan"))),
        Optional.empty(), List.of(), Optional.empty(), "ssb", Map.of(), total);
  }

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

  /** Every official goal colour (and its faded form) gets a text colour with at least 4.5:1 (WCAG AA). */
  @ParameterizedTest
  @ValueSource(strings = {"#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942",
      "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A",
      "#2e9e44", "#f2c500", "#f07d00", "#d7191c", "#9e9e9e"})
  void textOnEveryTileColourMeetsWcagAa(String colour) {
    assertThat(Contrast.ratio(colour, Contrast.textOn(colour))).isGreaterThanOrEqualTo(4.5);
    String faded = Contrast.mixWithWhite(colour, 0.4);
    assertThat(Contrast.ratio(faded, Contrast.textOn(faded))).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void contrastRatioMatchesTheWcagDefinition() {
    assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Contrast.ratio("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    assertThat(Contrast.textOn("#FCC30B")).isEqualTo(Contrast.BLACK);
    assertThat(Contrast.textOn("#19486A")).isEqualTo(Contrast.WHITE);
  }

  @Test
  void chartDrawsOneLinePerMunicipalityTheRegionAndTheTarget() {
    String svg = SvgChart.render(indicator(false, series(MunicipalityCode.parse("3334"), 76, 84)),
        List.of(new MunicipalityView(A, "Kongsberg"), new MunicipalityView(B, "Notodden")), Language.EN, "Region");
    assertThat(svg.split("class=\"series municipality\"", -1)).hasSize(3);
    assertThat(svg.split("<svg", -1)).as("a mean shares the municipalities' axis").hasSize(2);
    assertThat(svg).contains("class=\"series region\"").contains("class=\"target-line\"").contains(">2030<")
        .contains("Kongsberg").contains("Notodden").contains("Baseline 2015").doesNotContain("NaN");
  }

  @Test
  void aRegionalTotalGetsItsOwnPanel() {
    String svg = SvgChart.render(indicator(true, series(MunicipalityCode.parse("3334"), 150, 165)),
        List.of(new MunicipalityView(A, "Kongsberg"), new MunicipalityView(B, "Notodden")), Language.NB, "Regionen");
    String[] panels = svg.split("<svg", -1);
    assertThat(panels).hasSize(3);
    assertThat(panels[1]).contains("data-panel=\"municipalities\"").contains("series municipality")
        .doesNotContain("series region");
    assertThat(panels[2]).contains("data-panel=\"total\"").contains("series region")
        .doesNotContain("series municipality");
  }

  @Test
  void norwegianNumbersUseDecimalCommaAndNeverNegativeZero() {
    assertThat(Progress.percent(0.71, true, Language.NB)).isEqualTo("+0,7\u00a0%");
    assertThat(Progress.percent(0.71, true, Language.EN)).isEqualTo("+0.7\u00a0%");
    assertThat(Progress.percent(-0.01, true, Language.NB)).isEqualTo("0,0\u00a0%");
  }

  /** A follow-up and årshjul model with markup in every text from the plans, to check escaping. */
  static Report withYear(Report base) {
    var f = new Report.FollowUpView(2025,
        List.of(new Report.StatusSummaryView("p#fa", "<b>Klima</b>",
            Map.of(io.github.livskraft.plan.FollowUpStatus.ON_TRACK, 2), new java.math.BigDecimal("100.50"),
            new java.math.BigDecimal("40"))),
        List.of(),
        List.of(new Report.FollowUpRowView("p", "t1", "Tiltak <i>1</i>", io.github.livskraft.plan.FollowUpStatus.POSTPONED,
            Optional.of(new java.math.BigDecimal("1000.00")), Optional.empty(), Optional.of("a & b"), List.of("<b>Klima</b>"),
            Set.of(13))));
    var c = new Report.CycleView(2025,
        List.of(new Report.CycleEventView(Optional.of("p"), "e1", "Møte <script>", io.github.livskraft.plan.EventKind.MEETING,
            java.time.YearMonth.of(2025, 3), Optional.of(java.time.LocalDate.of(2025, 3, 12)),
            Optional.of(java.time.LocalTime.of(18, 0)), Optional.of("kommunestyret")),
            new Report.CycleEventView(Optional.empty(), "e2", "Frist", io.github.livskraft.plan.EventKind.DEADLINE,
            java.time.YearMonth.of(2025, 12), Optional.empty(), Optional.empty(), Optional.empty())),
        List.of(new Report.UnscheduledView("p", "e3", "Regionråd", io.github.livskraft.plan.EventKind.MEETING,
            io.github.livskraft.plan.Recurrence.parse("5-6 times a year"))));
    return new Report(base.title(), base.region(), base.priorityGoals(), base.goals(), base.plans(), base.findings(),
        base.coverage(), base.suggestions(), base.planIndicators(), base.indicators(), base.sources(), base.notes(),
        base.generator(), Optional.of(f), Optional.of(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NB", "NN", "EN"})
  void followUpAndArshjulAreEscapedLabelledAndInOrder(String language) {
    Language lang = Language.valueOf(language);
    String html = HtmlReport.render(withYear(Reports.kongsbergregionen()), lang);
    assertThat(html).doesNotContain("<b>Klima</b>", "Tiltak <i>", "<script>").contains("&lt;b&gt;Klima&lt;/b&gt;")
        .contains("a &amp; b").contains(">100.5<").contains(">1000<");
    assertThat(html.indexOf("id=\"plans\"")).isLessThan(html.indexOf("id=\"followup\""));
    assertThat(html.indexOf("id=\"followup\"")).isLessThan(html.indexOf("id=\"arshjul\""));
    assertThat(html.indexOf("id=\"arshjul\"")).isLessThan(html.indexOf("id=\"findings\""));
    assertThat(html).contains(Html.text(Labels.get("followup", lang)) + " 2025")
        .contains(Labels.status(io.github.livskraft.plan.FollowUpStatus.POSTPONED).text(lang))
        .contains(Labels.kind(io.github.livskraft.plan.EventKind.DEADLINE).text(lang))
        .contains("2025-03-12 18:00").contains(Map.of(Language.NB, "Regionråd: 5–6 ganger i året [p]", Language.NN,
            "Regionråd: 5–6 gonger i året [p]", Language.EN, "Regionråd: 5–6 times a year [p]").get(lang))
        .doesNotContain("5-6 times a year");
    assertThat(html.split("class=\"month\"", -1)).hasSize(13);
    assertThat(html.split("<circle class=\"event\"", -1)).hasSize(3);
    assertThat(html).as("a month-precision event is pale").contains("fill-opacity=\"0.55\"");
    String json = JsonReport.render(withYear(Reports.kongsbergregionen()), lang);
    assertThat(json).contains("\"status\" : \"POSTPONED\"").contains("\"time\" : \"18:00\"")
        .contains("\"rule\" : \"5-6 times a year\"")
        .contains("\"ruleLabel\" : \"" + io.github.livskraft.plan.Recurrence.parse("5-6 times a year").describe(lang) + "\"");
  }

  @Test
  void statusCountsAreCompleteAndImmutable() {
    var s = new Report.StatusSummaryView("k", "l", Map.of(io.github.livskraft.plan.FollowUpStatus.ON_TRACK, 2),
        java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
    assertThat(s.counts()).hasSize(io.github.livskraft.plan.FollowUpStatus.values().length);
    assertThat(s.total()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.counts().put(io.github.livskraft.plan.FollowUpStatus.CANCELLED, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
