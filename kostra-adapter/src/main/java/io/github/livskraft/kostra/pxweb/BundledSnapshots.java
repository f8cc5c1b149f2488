package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatDimension;
import io.github.livskraft.jsonstat.JsonStatUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Real SSB answers bundled for offline use (see {@code snapshots/PROVENANCE.md}): offline mode serves a query from
 * one if the snapshot holds every selected code, cut down to exactly the selection.
 */
final class BundledSnapshots {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TABLES = new TreeSet<>(List.of("03024", "12134", "12367"));

  private BundledSnapshots() {}

  /** @return the table ids that have a bundled snapshot */
  static Set<String> tableIds() {
    return TABLES;
  }

  static Optional<byte[]> bytes(String tableId) {
    if (!TABLES.contains(tableId)) {
      return Optional.empty();
    }
    try (InputStream in = BundledSnapshots.class.getResourceAsStream("snapshots/" + tableId + ".json")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<JsonStatDataset> dataset(String tableId) {
    return bytes(tableId).map(b -> Datasets.read(b, io.github.livskraft.kostra.KostraErrorCode.text(
        "SSB.what.bundled", tableId)));
  }

  /** Metadata of the snapshot's extract (only the values it holds). */
  static Optional<TableMetadata> metadata(String tableId) {
    return dataset(tableId).map(ds -> {
      List<String> time = ds.roles().getOrDefault("time", List.of());
      List<String> geo = ds.roles().getOrDefault("geo", List.of());
      List<Variable> vars = new ArrayList<>();
      for (JsonStatDimension d : ds.dimensions()) {
        List<Variable.Value> values = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
          values.add(new Variable.Value(d.code(i), d.labelAt(i)));
        }
        Map<String, Variable.Unit> units = new LinkedHashMap<>();
        for (Map.Entry<String, JsonStatUnit> u : d.units().entrySet()) {
          units.put(u.getKey(), new Variable.Unit(unitText(u.getValue()), u.getValue().decimals()));
        }
        boolean elim = d.extensionJson().map(BundledSnapshots::elimination).orElse(false);
        vars.add(new Variable(d.id(), d.displayLabel(), values, time.contains(d.id()) || "Tid".equals(d.id()),
            elim, Optional.empty(), List.of(), units));
      }
      return new TableMetadata(tableId, ds.label().orElse(tableId)
          + " " + AbstractStatbankClient.BUNDLED_MARK + ": only the values of the extract / medfølgende uttrekk]",
          ds.updated().orElse(""), vars, ApiVersion.V2, geo.isEmpty() ? Optional.empty() : Optional.of(geo.get(0)));
    });
  }

  static String unitText(JsonStatUnit u) {
    return u.base().or(u::label).orElse("");
  }

  private static boolean elimination(String extensionJson) {
    try {
      JsonNode n = JSON.readTree(extensionJson);
      return n.path("elimination").asBoolean(false);
    } catch (IOException e) {
      return false;
    }
  }

  /** The part cut out of the snapshot, if the snapshot holds every selected code of every dimension. */
  static Optional<JsonStatDataset> data(DataQuery part) {
    Optional<JsonStatDataset> snap = dataset(part.tableId());
    if (snap.isEmpty()) {
      return Optional.empty();
    }
    JsonStatDataset ds = snap.get();
    Map<String, List<String>> selection = new LinkedHashMap<>();
    for (Selection s : part.selections()) {
      if (s.codelist().isPresent()) {
        return Optional.empty();
      }
      Optional<JsonStatDimension> dim = ds.findDimension(s.variable());
      if (dim.isEmpty()) {
        return Optional.empty();
      }
      List<String> codes = new ArrayList<>();
      for (String c : s.values()) {
        OptionalInt p = dim.get().findPosition(c);
        if (p.isEmpty()) {
          return Optional.empty();
        }
        codes.add(dim.get().code(p.getAsInt()));
      }
      selection.put(dim.get().id(), codes);
    }
    for (JsonStatDimension d : ds.dimensions()) {
      if (!selection.containsKey(d.id()) && d.size() > 1) {
        return Optional.empty(); // the query eliminates a dimension the snapshot has: not the same numbers
      }
    }
    return Optional.of(ds.select(selection));
  }
}
