package io.github.livskraft.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.indicators.Direction;
import io.github.livskraft.municipalities.Region;
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
  void dashboard_json_has_goal_colours_and_index() throws Exception {
    io.github.livskraft.indicators.dashboard.DashboardCalculator dash =
        io.github.livskraft.indicators.dashboard.DashboardCalculator.builder()
            .indicator(new io.github.livskraft.indicators.dashboard.IndicatorScoring("a",
                io.github.livskraft.sdg.GoalCode.of(4),
                io.github.livskraft.indicators.dashboard.Normalisation.sdsn(0, 100, Direction.HIGHER_IS_BETTER),
                Optional.of(new io.github.livskraft.indicators.dashboard.ColourThresholds(0, 25, 50, 75, 100))))
            .build();
    StringWriter w = new StringWriter();
    ResultsWriter.json(dash.score(java.util.Map.of("a", 60.0)), Language.EN, w);
    JsonNode root = new ObjectMapper().readTree(w.toString());
    assertThat(root.get("format").asText()).isEqualTo("livskraft-dashboard/1");
    assertThat(root.get("goals").get(0).get("rating").asText()).isEqualTo("yellow");
    assertThat(root.get("goals").get(0).get("twoWorstPosition").asDouble()).isEqualTo(2.4);
    assertThat(root.get("index").asDouble()).isEqualTo(60.0);
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
