package io.github.livskraft.indicators;

import io.github.livskraft.indicators.io.SeriesCsv;
import io.github.livskraft.indicators.series.SeriesSet;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Loads the real-data fixture described in src/test/resources/…/PROVENANCE.md. */
public final class TestData {
  private TestData() {}

  /** Kongsbergregionen: SSB population 2015–2024, kindergarten 1–2 share 2015–2023, Mdir GHG (3 municipalities). */
  public static SeriesSet kongsbergregionen() {
    try (Reader r = new InputStreamReader(TestData.class.getResourceAsStream("kongsbergregionen.csv"),
        StandardCharsets.UTF_8)) {
      return SeriesCsv.read(r, "kongsbergregionen.csv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
