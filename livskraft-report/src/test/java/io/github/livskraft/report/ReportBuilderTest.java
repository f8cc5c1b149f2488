package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.report.Report.IndicatorView;
import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
  static IndicatorView find(Report r, String id) {
    return r.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + id));
  }

  @Test
  void theDefaultReportCoversKongsbergregionenWithTheExamplePlans() {
    Report r = Reports.kongsbergregionen();
    assertThat(r.region().municipalities()).hasSize(7);
    assertThat(r.goals()).hasSize(17);
    assertThat(r.priorityGoals()).containsExactly(2, 3, 4, 9, 11, 13);
    assertThat(r.plans()).extracting(Report.PlanView::id).contains("kongsbergregionen-strategi-2019");
    assertThat(r.title().text(Language.NB)).isEqualTo("Bærekraftsrapport – Kongsbergregionen");
    assertThat(r.title().text(Language.NN)).isEqualTo("Berekraftsrapport – Kongsbergregionen");
    assertThat(r.title().text(Language.EN)).isEqualTo("SDG report – Kongsbergregionen");
    assertThat(r.generator()).isEqualTo("livskraft test");
  }

  @Test
  void populationIsOneSeriesAcrossTheRenumberingsAndTheRegionIsTheirSum() {
    IndicatorView pop = find(Reports.kongsbergregionen(), "population");
    TimeSeries kongsberg = pop.perMunicipality().get(MunicipalityCode.parse("3303"));
    // 2005 was published under 0604, 2024 under 3303: one series on today's code
    assertThat(kongsberg.at(Period.year(2005)).getValue()).isEqualTo(23244.0);
    assertThat(Series.values(kongsberg)).hasSize(20);
    double sum = pop.perMunicipality().values().stream().mapToDouble(s -> s.at(Period.year(2024)).getValue()).sum();
    assertThat(pop.regional().orElseThrow().at(Period.year(2024)).getValue()).isEqualTo(sum);
    assertThat(pop.regionIsTotal()).as("a sum is drawn on its own panel").isTrue();
    assertThat(pop.status()).as("context figures get no status").isEmpty();
    assertThat(pop.municipalStatus()).isEmpty();
  }

  @Test
  void populationWeightedMeanUsesSameYearPopulation() {
    Report r = Reports.kongsbergregionen();
    IndicatorView kg = find(r, "kindergarten.coverage-1-2");
    IndicatorView pop = find(r, "population");
    double num = 0;
    double den = 0;
    for (Map.Entry<MunicipalityCode, TimeSeries> e : kg.perMunicipality().entrySet()) {
      double w = pop.perMunicipality().get(e.getKey()).at(Period.year(2019)).getValue();
      num += e.getValue().at(Period.year(2019)).getValue() * w;
      den += w;
    }
    assertThat(kg.regional().orElseThrow().at(Period.year(2019)).getValue()).isCloseTo(num / den, Offset.offset(1e-9));
    assertThat(kg.regionIsTotal()).isFalse();
    assertThat(kg.status()).isPresent();
    assertThat(kg.municipalStatus()).hasSize(7);
  }

  @Test
  void missingFiguresAreNeverFilledIn() {
    Report r = Reports.kongsbergregionen();
    IndicatorView waste = find(r, "waste.household-per-capita");
    assertThat(waste.hasData()).isFalse();
    assertThat(waste.perMunicipality()).isEmpty();
    assertThat(waste.noData().orElseThrow().text(Language.EN)).contains("livskraft ssb fetch");
    IndicatorView ghg = find(r, "climate.ghg-per-capita");
    assertThat(ghg.perMunicipality().keySet()).extracting(MunicipalityCode::value)
        .containsExactlyInAnyOrder("4005", "4024", "4026");
    assertThat(ghg.regional()).isEmpty();
    assertThat(ghg.regionalNote().orElseThrow().text(Language.NB))
        .contains("Kongsberg", "Flesberg", "Rollag", "Nore og Uvdal");
  }

  /** Every regional value is a year in which all seven have a figure; other years carry a status, never a number. */
  @Test
  void regionalYearsHaveAValueOnlyWhenEveryMunicipalityHasOne() {
    for (IndicatorView ind : Reports.kongsbergregionen().indicators()) {
      if (ind.regional().isEmpty()) {
        continue;
      }
      for (Observation o : ind.regional().get().observations()) {
        boolean all = ind.perMunicipality().values().stream()
            .allMatch(s -> s.find(o.period()).map(Observation::hasValue).orElse(false));
        assertThat(o.hasValue()).as("%s %s", ind.id(), o.period()).isEqualTo(all);
      }
    }
  }

  @Test
  void statusSymbolsFromTheSourceAreKeptNotDropped() {
    NavigableMap<Integer, Double> values = new java.util.TreeMap<>(Map.of(2015, 10.0, 2016, 11.0));
    MunicipalData d = new MunicipalData(Map.of(MunicipalityCode.parse("3303"), values),
        Map.of(MunicipalityCode.parse("3303"), new java.util.TreeMap<>(Map.of(2017,
            io.github.livskraft.indicators.series.ObservationStatus.CONFIDENTIAL))), List.of());
    TimeSeries s = d.series(MunicipalityCode.parse("3303"), "Kongsberg", "x", "%", 1,
        io.github.livskraft.indicators.series.Provenance.unknown());
    assertThat(s.observations()).hasSize(3);
    assertThat(s.at(Period.year(2017)).status().symbol()).isEqualTo(":");
    assertThat(s.at(Period.year(2017)).hasValue()).isFalse();
  }

  @Test
  void aRegionWithoutPriorityGoalsHasNoGapsAndSaysSo() {
    Report r = ReportBuilder.create().build(List.of(), ReportRegion.parse(List.of("3303,3334")));
    assertThat(r.priorityGoals()).isEmpty();
    assertThat(r.coverage().gaps()).isEmpty();
    String html = HtmlReportWriter.create(Language.NB).toString(r);
    assertThat(html).doesNotContain("hull mot prioriterte mål").doesNotContain("Hull mot regionens")
        .contains("0</span><span>prioriterte mål valgt");
    assertThat(r.region().municipalities()).extracting(Report.MunicipalityView::name)
        .containsExactly("Kongsberg", "Flesberg");
  }
}
