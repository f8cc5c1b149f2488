package io.github.livskraft.kostra.klass;

import io.github.livskraft.municipalities.CodeResolution;
import io.github.livskraft.municipalities.MunicipalityRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Population of Kongsberg on 1 January from SSB table 07459 (Kilde: Statistisk sentralbyrå, CC BY 4.0), as
 * published under the code of each year: 27,481 (2019, 0604), 27,723 (2020, 3006), 28,793 (2023, 3006),
 * 28,848 (2024, 3303); see data/municipal/population in the shared data.
 */
class SeriesHarmoniserTest {
  private final SeriesHarmoniser harmoniser = new SeriesHarmoniser(MunicipalityRegistry.bundled());
  private static final Provenance P = Provenance.ssb("07459", "Personer1", null);

  private static TimeSeries.Builder pop(String code) {
    return TimeSeries.builder(Region.municipality(code), "population").unit("personer").decimals(0).provenance(P);
  }

  @Test
  void kongsbergsThreeCodesBecomeOneSeriesUnder3303() {
    List<TimeSeries> in = List.of(
        pop("0604").add(Period.year(2019), 27_481).build(),
        pop("3006").add(Period.year(2020), 27_723).add(Period.year(2023), 28_793).build(),
        pop("3303").add(Period.year(2024), 28_848).build());
    HarmonisationResult r = harmoniser.harmonise(in, 2024, SeriesHarmoniser.Policy.FAIL);
    assertThat(r.issues()).isEmpty();
    HarmonisedSeries k = r.series().get(0);
    assertThat(r.series()).hasSize(1);
    assertThat(k.series().region().key()).isEqualTo("3303");
    assertThat(k.series().region().name()).isEqualTo("Kongsberg");
    assertThat(k.series().periods()).containsExactly(Period.year(2019), Period.year(2020), Period.year(2023),
        Period.year(2024));
    assertThat(k.series().at(Period.year(2019)).getValue()).isEqualTo(27_481);
    assertThat(k.sourceCodes()).containsEntry(Period.year(2019), MunicipalityCode.parse("0604"))
        .containsEntry(Period.year(2023), MunicipalityCode.parse("3006"))
        .containsEntry(Period.year(2024), MunicipalityCode.parse("3303"));
    assertThat(k.changes()).hasSize(2);
  }

  @Test
  void harmonisingBackwardsOnto2019CodesWorksToo() {
    HarmonisationResult r = harmoniser.harmonise(List.of(pop("3303").add(Period.year(2024), 28_848).build()), 2019,
        SeriesHarmoniser.Policy.FAIL);
    assertThat(r.series().get(0).series().region().key()).isEqualTo("0604");
  }

  @Test
  void theCodeValidInAPeriodWinsAConflictAndTheConflictIsReported() {
    // KOSTRA can list an old and a new code side by side; here the old code carries a stale value for 2024
    List<TimeSeries> in = List.of(
        pop("3006").add(Period.year(2023), 28_793).add(Period.year(2024), 1).build(),
        pop("3303").addMissing(Period.year(2023), ObservationStatus.NOT_APPLICABLE).add(Period.year(2024), 28_848)
            .build());
    HarmonisationResult r = harmoniser.harmonise(in, 2024, SeriesHarmoniser.Policy.FAIL);
    TimeSeries s = r.series().get(0).series();
    assertThat(s.at(Period.year(2024)).getValue()).isEqualTo(28_848);
    assertThat(s.at(Period.year(2023)).getValue()).isEqualTo(28_793);
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(HarmonisationIssue.Action.CONFLICT_RESOLVED);
      assertThat(i.message()).contains("kept 3303");
      assertThat(i.message(io.github.livskraft.sdg.Language.NB)).contains("beholdt 3303").doesNotContain("kept");
      assertThat(i.message(io.github.livskraft.sdg.Language.NN)).contains("heldt på 3303").doesNotContain("kept");
    });
  }

  @Test
  void mergersAreReportedOrDroppedOrFailButNeverSummed() {
    SeriesHarmoniser h = new SeriesHarmoniser(io.github.livskraft.municipalities.fixtures.MunicipalityFixtures.handMade());
    List<TimeSeries> in = List.of(
        pop("0101").add(Period.year(2019), 100).build(),
        pop("0102").add(Period.year(2019), 50).build(),
        pop("0104").add(Period.year(2019), 7).build(),
        TimeSeries.builder(Region.norway(), "population").unit("personer").provenance(P)
            .add(Period.year(2019), 5_328_212).build());
    HarmonisationResult report = h.harmonise(in, 2024, SeriesHarmoniser.Policy.REPORT);
    assertThat(report.series()).extracting(s -> s.series().region().key())
        .containsExactlyInAnyOrder("0101", "0102", "3004", "NO");
    assertThat(report.series()).noneMatch(s -> s.series().region().key().equals("3001"));
    assertThat(report.issues()).hasSize(2).allSatisfy(i -> {
      assertThat(i.action()).isEqualTo(HarmonisationIssue.Action.KEPT_UNHARMONISED);
      assertThat(i.resolution().outcome()).isEqualTo(CodeResolution.Outcome.MERGED);
      assertThat(i.message()).contains("not summed").contains("agg_KommSummer").doesNotContain("sammenslåing");
      assertThat(i.message(io.github.livskraft.sdg.Language.NB)).contains("summeres ikke automatisk")
          .contains("[population]").doesNotContain("not summed");
      assertThat(i.message(io.github.livskraft.sdg.Language.NN)).contains("vert ikkje summert automatisk")
          .doesNotContain("not summed");
    });
    HarmonisationResult drop = h.harmonise(in, 2024, SeriesHarmoniser.Policy.DROP);
    assertThat(drop.series()).extracting(s -> s.series().region().key()).containsExactlyInAnyOrder("3004", "NO");
    assertThat(drop.issues()).extracting(HarmonisationIssue::action).containsOnly(HarmonisationIssue.Action.DROPPED);
    assertThatThrownBy(() -> h.harmonise(in, 2024, SeriesHarmoniser.Policy.FAIL))
        .isInstanceOf(KlassException.class).hasMessageContaining("0101");
  }
}
