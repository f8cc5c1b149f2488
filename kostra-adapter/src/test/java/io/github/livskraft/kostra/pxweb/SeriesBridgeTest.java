package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.Region;
import io.github.livskraft.municipalities.RegionKind;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesBridgeTest {
  private static JsonStatDataset read(String name) {
    return JsonStatReader.create().readDataset(StubSsbServer.fixture(name));
  }

  @Test
  void realV2Answer12134BecomesOneSeriesPerRegionWithFullProvenance() {
    JsonStatDataset ds = read("pxwebapi-v2_jsonstat2_12134_KOSAG110000_oslo-bergen-trondheim_2024.json");
    List<SsbSeries> series = SeriesBridge.toSeries(ds, DimensionRoles.detect(ds), "12134", "");
    assertThat(series).extracting(SsbSeries::publishedRegionCode).containsExactly("0301", "4601", "5001");
    SsbSeries trondheim = series.get(2);
    assertThat(trondheim.series().at(Period.year(2024)).getValue()).isEqualTo(62853);
    assertThat(trondheim.series().unit()).isEqualTo("kr");
    assertThat(trondheim.series().decimals()).isZero();
    assertThat(trondheim.series().region()).isEqualTo(new Region.Municipality(
        io.github.livskraft.municipalities.MunicipalityCode.parse("5001"), "Trondheim - Tråante"));
    assertThat(trondheim.series().provenance().tableId()).contains("12134");
    assertThat(trondheim.series().provenance().contentsCode()).contains("KOSAG110000");
    assertThat(trondheim.series().provenance().updated()).contains("2026-03-16T07:00:00Z");
    assertThat(trondheim.series().provenance().attribution()).contains("Statistisk sentralbyrå").contains("CC BY 4.0");
    assertThat(trondheim.contentsLabel()).isEqualTo("Frie inntekter per innbygger (kr)");
    assertThat(trondheim.attribution()).isEqualTo("Kilde: Statistisk sentralbyrå, CC BY 4.0");
  }

  @Test
  void kostraStatusesAreKeptAndAggregatesAreNotMunicipalities() {
    JsonStatDataset ds = read("pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json");
    List<SsbSeries> series = SeriesBridge.toSeries(ds, DimensionRoles.detect(ds), "12367", "");
    assertThat(series).hasSize(5 * 2 * 5 * 5);
    long confidential = series.stream().flatMap(s -> s.series().observations().stream())
        .filter(o -> o.status() == ObservationStatus.CONFIDENTIAL).count();
    long notApplicable = series.stream().flatMap(s -> s.series().observations().stream())
        .filter(o -> o.status() == ObservationStatus.NOT_APPLICABLE).count();
    assertThat(confidential).isEqualTo(ds.statusCounts().get(":"));
    assertThat(notApplicable).isEqualTo(ds.statusCounts().get("."));
    assertThat(series.stream().flatMap(s -> s.series().observations().stream())
        .filter(o -> !o.status().hasValue()).allMatch(o -> Double.isNaN(o.rawValue()))).isTrue();
    SsbSeries eak = series.get(0);
    assertThat(eak.publishedRegionCode()).isEqualTo("EAK");
    assertThat(eak.series().region()).isEqualTo(Region.norway());
    assertThat(eak.otherDimensions()).containsEntry("KOKregnskapsomfa0000", "A").containsKey("KOKart0000");
    assertThat(eak.series().variable()).startsWith("KOSbelop0000[");
    assertThat(series.stream().filter(s -> s.publishedRegionCode().equals("EKG16")).findFirst().orElseThrow()
        .series().region().kind()).isEqualTo(RegionKind.GROUP);
    assertThat(series.stream().filter(s -> s.publishedRegionCode().equals("3001")).findFirst().orElseThrow()
        .series().region().kind()).isEqualTo(RegionKind.MUNICIPALITY);
    // every cell value reaches a series unchanged
    double sumCells = 0;
    for (int i = 0; i < ds.cellCount(); i++) {
      sumCells += ds.findValue(i).orElse(0);
    }
    double sumSeries = series.stream().flatMap(s -> s.series().observations().stream())
        .filter(o -> o.status().hasValue()).mapToDouble(o -> o.rawValue()).sum();
    assertThat(sumSeries).isEqualTo(sumCells);
  }

  @Test
  void publishedCodesAreNormalised() {
    assertThat(SeriesBridge.normalise("K-3303", "K-3303 Kongsberg", "07459").key()).isEqualTo("3303");
    assertThat(SeriesBridge.normalise("0604", "Kongsberg (-2019)", "13502").name()).isEqualTo("Kongsberg");
    assertThat(SeriesBridge.normalise("0", "Hele landet", "07459")).isEqualTo(Region.norway());
    assertThat(SeriesBridge.normalise("EKA33", "Buskerud", "13502").kind()).isEqualTo(RegionKind.COUNTY);
    assertThat(SeriesBridge.normalise("EAKUO", "Landet uten Oslo", "12134").key()).isEqualTo("EAKUO");
    assertThatThrownBy(() -> SeriesBridge.normalise("??", "x", "1")).isInstanceOf(PxWebException.class)
        .hasMessageContaining("'??'");
  }

  @Test
  void weeklyPeriodsAreRejectedWithAClearMessage() {
    JsonStatDataset ds = read("pxwebapi-v2_jsonstat2_03024_laks-post_2025-12-03.json");
    assertThatThrownBy(() -> SeriesBridge.toSeries(ds, new DimensionRoles("VareGrupper2", "Tid", "ContentsCode"),
        "03024", "")).isInstanceOfSatisfying(PxWebException.class,
            e -> assertThat(e.kind()).isEqualTo(PxWebException.Kind.UNSUPPORTED)).hasMessageContaining("2025U");
  }
}
