package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityCode;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledStatisticsTest {
  private static final BundledStatistics STATS = new BundledStatistics(Harmonisation.codes());

  private static MunicipalityCode m(String code) {
    return MunicipalityCode.parse(code);
  }

  @Test
  void populationIsHarmonisedAcrossTheTwoRenumberings() {
    MunicipalData pop = STATS.population();
    for (String code : List.of("3303", "3334", "3336", "3338", "4005", "4024", "4026")) {
      assertThat(pop.of(m(code)).keySet()).as(code).hasSize(20).startsWith(2005).endsWith(2024);
    }
    assertThat(pop.value(m("3303"), 2005)).contains(23244.0); // published under 0604
    // the old codes no longer appear as separate municipalities
    assertThat(pop.values()).doesNotContainKeys(m("0604"), m("3006"));
  }

  @Test
  void harmonisedPopulationEqualsSsbsRegionExtractRowForRow() throws Exception {
    List<Csv.Row> extract = BundledStatistics.rows(BundledStatistics.POPULATION_REGION);
    assertThat(extract).hasSize(140);
    for (Csv.Row r : extract) {
      assertThat(STATS.population().value(m(r.get("kommunenummer_2024")), r.getInt("aar")))
          .as("line %d", r.line()).contains(r.getDouble("folkemengde_1_januar"));
    }
  }

  @Test
  void kindergartenShareMergesPre2020AndPost2020Codes() {
    var kongsberg = STATS.kindergartenShare().of(m("3303"));
    assertThat(kongsberg.keySet()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023);
    assertThat(kongsberg.get(2015)).isEqualTo(88.1); // 0604
    assertThat(kongsberg.get(2020)).isEqualTo(92.1); // 3006
    assertThat(STATS.kindergartenShare().value(m("4026"), 2021)).contains(103.0); // Tinn, above 100 as published
  }

  @Test
  void ghgCoversTelemarkOnlyAndSumsTheGasRows() {
    MunicipalData ghg = STATS.ghgTotal();
    assertThat(ghg.values()).containsKeys(m("4005"), m("4024"), m("4026")).doesNotContainKey(m("3303"));
    assertThat(ghg.values()).hasSize(17);
    assertThat(ghg.of(m("4005")).keySet()).contains(2009, 2011, 2013, 2015, 2024).doesNotContain(2010, 2014);
    assertThat(ghg.value(m("4005"), 2024).orElseThrow()).isGreaterThan(1000.0);
    assertThat(ghg.notes()).isEmpty();
  }

  @Test
  void landUseStatisticIsReadOnTodaysCodes() {
    MunicipalData share = STATS.landUse("Andel bosatte i tettsted. Prosent");
    assertThat(share.of(m("3303")).keySet()).contains(2015, 2023);
    assertThat(share.of(m("3303")).get(2023)).isBetween(50.0, 100.0);
    assertThatThrownBy(() -> STATS.landUse("No such statistic")).isInstanceOf(ReportDataException.class)
        .hasMessageContaining("No such statistic");
  }

  @Test
  void registryAndTheDocumentedRenumberingTableAgree() {
    MunicipalityCodes registry = Harmonisation.codes();
    for (String[] row : ReportRegion.KONGSBERGREGIONEN_CODES) {
      assertThat(registry.current(m(row[0]), 2019)).as(row[0]).contains(m(row[2]));
      assertThat(registry.current(m(row[1]), 2022)).as(row[1]).contains(m(row[2]));
      assertThat(registry.current(m(row[2]), 2024)).as(row[2]).contains(m(row[2]));
    }
    assertThat(registry.name(m("3338"))).contains("Nore og Uvdal");
    assertThat(registry.byName("Notodden", "40")).contains(m("4005"));
    assertThat(registry.byName("Notodden", "33")).isEmpty();
  }

  @Test
  void csvReaderHandlesQuotesAndNamesTheLineOfABadNumber() throws Exception {
    List<Csv.Row> rows = Csv.read(new StringReader("a,b\n\"x, \"\"y\"\"\",2\n\"multi\nline\",zz\n"), "t.csv");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("a")).isEqualTo("x, \"y\"");
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).get("a")).isEqualTo("multi\nline");
    assertThatThrownBy(() -> rows.get(1).getDouble("b")).isInstanceOf(ReportDataException.class)
        .hasMessage("REPORT-0001: t.csv:3: column 'b': expected a number, found 'zz'")
        .isInstanceOfSatisfying(ReportDataException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ReportErrorCode.DATA);
          assertThat(e.getMessage(io.github.livskraft.sdg.Language.NN))
              .isEqualTo("REPORT-0001: t.csv:3: kolonne 'b': venta eit tal, fann 'zz'");
        });
  }

  @Test
  void brokenCsvNamesFileAndRecordAndNoLibraryText() {
    assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,2\n3,\"open\n"), "bad.csv"))
        .isInstanceOf(ReportDataException.class).hasMessageStartingWith("REPORT-0001: bad.csv:3: not valid CSV")
        .hasMessageNotContaining("Jackson").hasMessageNotContaining("Missing closing quote");
    assertThatThrownBy(() -> Csv.read(new StringReader(""), "empty.csv")).isInstanceOf(ReportDataException.class)
        .hasMessageContaining("empty.csv:1: empty file");
  }
}
