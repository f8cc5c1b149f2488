package io.github.livskraft.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the tidy CSV reader with Jazzer (issue 17). The default build replays the committed
 * inputs in {@code src/test/resources/io/github/livskraft/indicators/io/SeriesCsvReaderFuzzTestInputs/} (the real
 * Kongsbergregionen extract, the JSON-stat CSV layout and hand-made hostile files); {@code scripts/fuzz.sh}
 * fuzzes it for a time budget and stores what it finds there.
 */
class SeriesCsvReaderFuzzTest {
  /** Small limits, so that fuzzing explores them rather than memory. */
  private static final SeriesCsvReader READER = SeriesCsvReader.builder().maxBytes(1 << 20).maxRows(10_000)
      .maxSeries(1_000).maxFieldLength(1_000).maxColumns(50).build();

  /**
   * Any text: series that survive a write/read round trip with the same observations, or a typed error with its
   * code in every language.
   */
  @FuzzTest
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    SeriesSet set;
    try {
      set = READER.read(new StringReader(text), "fuzz.csv");
    } catch (IndicatorException e) {
      assertThat(e.errorCode()).isIn(IndicatorErrorCode.SERIES_FORMAT, IndicatorErrorCode.SERIES_LIMIT,
          IndicatorErrorCode.SERIES_MISMATCH);
      for (Language l : Language.values()) {
        assertThat(e.getMessage(l)).startsWith(e.errorCode().code() + ": ");
      }
      return;
    }
    StringWriter w = new StringWriter();
    SeriesCsv.write(set.all(), w);
    SeriesSet back = SeriesCsvReader.create().read(new StringReader(w.toString()), "back.csv");
    assertThat(back.size()).isEqualTo(set.size());
    for (TimeSeries t : set.all()) {
      assertThat(back.get(t.region(), t.variable()).observations()).isEqualTo(t.observations());
    }
  }
}
