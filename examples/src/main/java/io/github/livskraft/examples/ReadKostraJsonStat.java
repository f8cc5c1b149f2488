package io.github.livskraft.examples;

import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.kostra.pxweb.DimensionRoles;
import io.github.livskraft.kostra.pxweb.SeriesBridge;
import io.github.livskraft.kostra.pxweb.SsbSeries;
import io.github.livskraft.sdg.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Read a real KOSTRA JSON-stat response (SSB table 12367, operating accounts) and compute an indicator from it,
 * keeping SSB's status flags: a confidential cell (":") stays confidential, it never becomes 0.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.ReadKostraJsonStat}
 */
public final class ReadKostraJsonStat {
  private ReadKostraJsonStat() {}

  /**
   * Prints Halden's net operating expenditure on primary school (grunnskole) by year, with flags, and its growth.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    // A recorded SSB response (see data/PROVENANCE.md). Kilde: Statistisk sentralbyrå, CC BY 4.0.
    byte[] json = ExampleData.text("data/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json")
        .getBytes(StandardCharsets.UTF_8);
    JsonStatDataset ds = JsonStatReader.create().readDataset(json);
    System.out.println(ds.label().orElse("") + " " + ds.ids() + " " + ds.cellCount() + " cells, status symbols "
        + ds.statusCounts());

    // One TimeSeries per region x contents x combination of the other dimensions; the region dimension of this
    // KOSTRA table has no geo role, so the roles are detected by id (KOKkommuneregion0000, Tid, ContentsCode).
    List<SsbSeries> all = SeriesBridge.toSeries(ds, DimensionRoles.detect(ds), "12367", "");
    System.out.println(all.size() + " series");

    // The indicator: net operating expenditure (art AGD2) on grunnskole (function FGK8b), whole accounts (A).
    // 3001 Halden exists only from 2020 (it was 0101 before), so SSB flags 2015-2019 "." (not applicable).
    SsbSeries halden = pick(all, "3001");
    print(halden);
    // The national series (EAK, "Landet") has every year: its growth is the indicator computed here.
    SsbSeries norway = pick(all, "EAK");
    print(norway);
    TimeSeries series = norway.series();
    Observation first = series.observations().stream().filter(Observation::hasValue).findFirst().orElseThrow();
    Observation last = series.latestWithValue().orElseThrow();
    double cagr = ProgressCalculator.cagr(last.getValue(), first.getValue(), last.period().yearsSince(first.period()));
    System.out.printf(Locale.ROOT, "Indicator: annual growth of %s %s-%s: %+.1f %%%n", norway.regionLabel(),
        first.period(), last.period(), cagr * 100);

    // Cells SSB suppressed are kept as such (never 0).
    long confidential = all.stream().flatMap(s -> s.series().observations().stream())
        .filter(o -> o.status().symbol().equals(":")).count();
    System.out.println("Confidential cells kept as ':' : " + confidential);
    System.out.println(norway.attribution());
  }

  private static SsbSeries pick(List<SsbSeries> all, String region) {
    return all.stream()
        .filter(s -> s.publishedRegionCode().equals(region))
        .filter(s -> s.otherDimensions().containsValue("FGK8b") && s.otherDimensions().containsValue("AGD2")
            && s.otherDimensions().containsValue("A"))
        .findFirst().orElseThrow();
  }

  private static void print(SsbSeries s) {
    System.out.println(s.regionLabel() + " (" + s.publishedRegionCode() + "), " + s.otherDimensions() + ", "
        + s.series().unit());
    for (Observation o : s.series().observations()) {
      String value = o.hasValue() ? String.format(Locale.ROOT, "%,.0f", o.getValue()) : "(no value)";
      System.out.println("  " + o.period() + "  " + value + "  status: " + o.status().label(Language.EN)
          + (o.status().symbol().isEmpty() ? "" : " '" + o.status().symbol() + "'"));
    }
  }
}
