package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.jsonstat.JsonStatResponse;
import io.github.livskraft.kostra.pxweb.DimensionRoles;
import io.github.livskraft.kostra.pxweb.SeriesBridge;
import io.github.livskraft.kostra.pxweb.SsbSeries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON-stat 2.0 input for {@code livskraft indicators compute}, read with kostra-adapter. */
final class IndicatorsJsonStat {
  private IndicatorsJsonStat() {}

  /**
   * Reads an SSB JSON-stat dataset into series; each series' variable is its ContentsCode (plus other dimensions),
   * renamed by {@code rename} (ContentsCode → indicator id or source key).
   */
  static List<TimeSeries> read(Path file, Map<String, String> rename) {
    JsonStatResponse response = JsonStatReader.create().read(file);
    if (!(response instanceof JsonStatDataset ds)) {
      throw CliException.input("err.jsonstat-not-dataset", String.valueOf(file));
    }
    String table = tableId(ds).orElse("00000");
    List<TimeSeries> out = new ArrayList<>();
    for (SsbSeries s : SeriesBridge.toSeries(ds, DimensionRoles.detect(ds), table, ds.updated().orElse(""))) {
      TimeSeries t = s.series();
      String target = rename.get(t.variable());
      out.add(target == null ? t : t.relabel(target, t.unit(), t.decimals(), t.provenance()));
    }
    return out;
  }

  private static java.util.Optional<String> tableId(JsonStatDataset ds) {
    return ds.extensionJson().flatMap(json -> {
      try {
        JsonNode id = new ObjectMapper().readTree(json).path("px").path("tableid");
        return id.isTextual() && id.asText().matches("[0-9]{5}") ? java.util.Optional.of(id.asText())
            : java.util.Optional.empty();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return java.util.Optional.empty();
      }
    });
  }
}
