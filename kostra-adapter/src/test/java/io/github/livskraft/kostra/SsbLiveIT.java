package io.github.livskraft.kostra;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.municipalities.ClassificationCode;
import io.github.livskraft.municipalities.CodeResolution;
import io.github.livskraft.kostra.klass.KlassClient;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.kostra.pxweb.ApiVersion;
import io.github.livskraft.kostra.pxweb.DataQuery;
import io.github.livskraft.kostra.pxweb.Selection;
import io.github.livskraft.kostra.pxweb.SeriesBridge;
import io.github.livskraft.kostra.pxweb.SsbSeries;
import io.github.livskraft.kostra.pxweb.StatbankClient;
import io.github.livskraft.kostra.pxweb.StatbankResult;
import io.github.livskraft.kostra.pxweb.TableMetadata;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against the real data.ssb.no. Opt-in only: {@code mvn -Plive -pl kostra-adapter -am verify}; never in CI. Checks
 * facts that can change at SSB, so a failure here means "look at SSB", not necessarily a bug.
 */
class SsbLiveIT {
  private final SsbConnection ssb = SsbConnection.create(); // one rate limiter for every client below

  private static DataQuery freeIncomeKongsberg() {
    return DataQuery.of("12134")
        .with(Selection.codes("KOKkommuneregion0000", "3303", "0301"))
        .with(Selection.codes("ContentsCode", "KOSAG110000"))
        .with(Selection.codes("Tid", "2024"));
  }

  @Test
  void v2MetadataAndDataOfKostraTable12134() {
    StatbankClient v2 = StatbankClient.create(ssb, ApiVersion.V2);
    TableMetadata meta = v2.metadata("12134");
    assertThat(meta.regionVariable()).get().extracting(v -> v.code()).isEqualTo("KOKkommuneregion0000");
    assertThat(meta.updated()).isNotEmpty();
    StatbankResult r = v2.fetch(freeIncomeKongsberg());
    List<SsbSeries> series = SeriesBridge.toSeries(r);
    SsbSeries oslo = series.stream().filter(s -> s.publishedRegionCode().equals("0301")).findFirst().orElseThrow();
    // recorded 2026-04-25: 81240 kr (the March 2026 edition); the June edition may revise it
    assertThat(oslo.series().at(Period.year(2024)).getValue()).isBetween(70_000.0, 95_000.0);
  }

  @Test
  void v1GivesTheSameNumbers() {
    StatbankResult v1 = StatbankClient.create(ssb, ApiVersion.V1).fetch(freeIncomeKongsberg());
    StatbankResult v2 = StatbankClient.create(ssb, ApiVersion.V2).fetch(freeIncomeKongsberg());
    assertThat(v1.dataset().toDoubleArray()).containsExactly(v2.dataset().toDoubleArray());
  }

  @Test
  void populationTableOffersTheReformStableAggregation() {
    TableMetadata meta = StatbankClient.create(ssb).metadata("07459");
    assertThat(meta.variable("Region").findCodelist("agg_KommSummer")).isPresent();
  }

  @Test
  void klassConfirmsTheKongsbergregionenChainFromTheReferenceTable() {
    KlassClient klass = KlassClient.create(ssb);
    MunicipalityRegistry live = klass.municipalityRegistry(LocalDate.of(2019, 1, 1),
        LocalDate.of(2025, 1, 1));
    String csv = new String(StubSsbServer.fixture("kongsbergregionen-codes.REFERENCE.csv"), StandardCharsets.UTF_8);
    for (String line : csv.lines().skip(1).toList()) {
      String[] r = line.split(",");
      CodeResolution res = live.resolve(MunicipalityCode.parse(r[1]), LocalDate.of(2024, 1, 1));
      assertThat(res.outcome()).as(r[0]).isEqualTo(CodeResolution.Outcome.RENUMBERED);
      assertThat(res.targetCode().value()).as(r[0]).isEqualTo(r[3]);
      assertThat(live.renumberingChain(MunicipalityCode.parse(r[3]))).extracting(MunicipalityCode::value)
          .as(r[0]).containsExactly(r[1], r[2], r[3]);
    }
    List<ClassificationCode> now = klass.codesAt(131, LocalDate.of(2026, 1, 1));
    assertThat(now).hasSize(358);
  }
}
