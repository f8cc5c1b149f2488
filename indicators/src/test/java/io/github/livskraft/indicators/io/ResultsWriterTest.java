package io.github.livskraft.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.region.Region;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressOptions;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.Language;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsWriterTest {
  private final TimeSeries s = TimeSeries.builder(Region.municipality("3303"), "x").unit("kg").decimals(0)
      .add(Period.year(2015), 100).add(Period.year(2020), 90)
      .addMissing(Period.year(2021), ObservationStatus.CONFIDENTIAL).build();
  private final IndicatorResult result = new IndicatorResult("x", s,
      Optional.of(ProgressCalculator.openSdg().assess(s, ProgressOptions.of(Direction.LOWER_IS_BETTER))),
      Optional.empty(), Optional.empty());

  @Test
  void json_keeps_status_beside_values_and_progress_numbers() throws Exception {
    StringWriter w = new StringWriter();
    ResultsWriter.json(List.of(result), Language.NB, w);
    JsonNode root = new ObjectMapper().readTree(w.toString());
    JsonNode r = root.get("results").get(0);
    assertThat(r.get("region").asText()).isEqualTo("3303");
    assertThat(r.get("observations").get(2).get("value").isNull()).isTrue();
    assertThat(r.get("observations").get(2).get("status").asText()).isEqualTo(":");
    assertThat(r.get("progress").get("status").asText()).isEqualTo("substantial_progress");
    assertThat(r.get("progress").get("label").asText()).isEqualTo("I rute");
    assertThat(r.get("progress").get("progressValue").asDouble()).isPositive();
  }

  @Test
  void csv_fills_progress_on_the_latest_row_with_a_value() {
    StringWriter w = new StringWriter();
    ResultsWriter.csv(List.of(result), Language.EN, w);
    String[] lines = w.toString().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).startsWith("indicator,region,period,value,status");
    assertThat(lines[1]).startsWith("x,3303,2015,100.0,,kg,,,");
    assertThat(lines[2]).startsWith("x,3303,2020,90.0,,kg,substantial_progress,On track,");
    assertThat(lines[3]).startsWith("x,3303,2021,,:,kg,,,");
  }
}
