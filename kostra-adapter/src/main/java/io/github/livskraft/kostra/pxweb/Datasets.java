package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.kostra.jsonstat.JsonStatDataset;
import io.github.livskraft.kostra.jsonstat.JsonStatDimension;
import io.github.livskraft.kostra.jsonstat.JsonStatException;
import io.github.livskraft.kostra.jsonstat.JsonStatReader;
import io.github.livskraft.kostra.jsonstat.JsonStatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads statbank answers with the JSON-stat reader and merges the parts of a split query back into one dataset.
 */
final class Datasets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonStatReader READER = JsonStatReader.defaults();

  private Datasets() {}

  static JsonStatDataset read(byte[] body, String what) {
    try {
      return READER.readDataset(body);
    } catch (JsonStatException e) {
      throw new PxWebException(PxWebException.Kind.MALFORMED_RESPONSE, 200, null,
          "SSB's answer for " + what + " is not a readable JSON-stat 2.0 dataset (truncated or wrong format?): "
              + e.getMessage() + " / SSBs svar kan ikke leses som JSON-stat 2.0", e);
    }
  }

  /**
   * Merges datasets that share their dimension ids and differ in the categories of some dimensions (the parts of a
   * split query). Categories keep their first-seen order; document metadata (label, notes, extensions, roles,
   * category labels and units) comes from the parts. A cell given by two parts must agree.
   */
  static JsonStatDataset merge(List<JsonStatDataset> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    JsonStatDataset first = parts.get(0);
    List<String> ids = first.ids();
    for (JsonStatDataset p : parts) {
      if (!p.ids().equals(ids)) {
        throw new PxWebException(PxWebException.Kind.MALFORMED_RESPONSE, 200, null,
            "The parts of a split query have different dimensions: " + ids + " and " + p.ids()
                + " / Delene av en oppdelt spørring har ulike dimensjoner", null);
      }
    }
    int nd = ids.size();
    List<List<String>> codes = new ArrayList<>();
    List<Map<String, Integer>> positions = new ArrayList<>();
    for (int d = 0; d < nd; d++) {
      Map<String, Integer> pos = new LinkedHashMap<>();
      for (JsonStatDataset p : parts) {
        for (String c : p.dimensions().get(d).codes()) {
          pos.putIfAbsent(c, pos.size());
        }
      }
      positions.add(pos);
      codes.add(new ArrayList<>(pos.keySet()));
    }
    int[] sizes = new int[nd];
    int[] strides = new int[nd];
    long total = 1;
    for (int d = nd - 1; d >= 0; d--) {
      sizes[d] = codes.get(d).size();
      strides[d] = (int) total;
      total *= sizes[d];
    }
    if (total > Integer.MAX_VALUE) {
      throw new PxWebException(PxWebException.Kind.TOO_MANY_CELLS, 0, null, "merged result of " + total
          + " cells is too large for one dataset / det sammenslåtte resultatet er for stort", null);
    }
    int n = (int) total;
    double[] values = new double[n];
    String[] texts = null;
    BitSet present = new BitSet(n);
    Map<Integer, String> status = new HashMap<>();
    for (JsonStatDataset p : parts) {
      int[][] map = new int[nd][];
      for (int d = 0; d < nd; d++) {
        JsonStatDimension dim = p.dimensions().get(d);
        map[d] = new int[dim.size()];
        for (int i = 0; i < dim.size(); i++) {
          map[d][i] = positions.get(d).get(dim.code(i));
        }
      }
      int[] pos = new int[nd];
      int cells = p.cellCount();
      for (int i = 0; i < cells; i++) {
        int m = 0;
        for (int d = 0; d < nd; d++) {
          m += map[d][pos[d]] * strides[d];
        }
        OptionalDouble v = p.findValue(i);
        Optional<String> t = p.findText(i);
        Optional<String> s = p.findStatus(i);
        if (v.isPresent() || t.isPresent()) {
          if (present.get(m) && v.isPresent() && Double.compare(values[m], v.getAsDouble()) != 0) {
            throw new PxWebException(PxWebException.Kind.MALFORMED_RESPONSE, 200, null,
                "Two parts of a split query disagree on one cell (" + values[m] + " vs " + v.getAsDouble()
                    + ") / To deler av en oppdelt spørring er uenige om en celle", null);
          }
          present.set(m);
          if (v.isPresent()) {
            values[m] = v.getAsDouble();
          } else {
            if (texts == null) {
              texts = new String[n];
            }
            texts[m] = t.get();
          }
        }
        s.ifPresent(x -> status.put(posOf(pos, map, strides), x));
        for (int d = nd - 1; d >= 0; d--) {
          if (++pos[d] < map[d].length) {
            break;
          }
          pos[d] = 0;
        }
      }
    }
    return write(parts, ids, codes, sizes, values, texts, present, status);
  }

  private static int posOf(int[] pos, int[][] map, int[] strides) {
    int m = 0;
    for (int d = 0; d < pos.length; d++) {
      m += map[d][pos[d]] * strides[d];
    }
    return m;
  }

  private static JsonStatDataset write(List<JsonStatDataset> parts, List<String> ids, List<List<String>> codes,
      int[] sizes, double[] values, String[] texts, BitSet present, Map<Integer, String> status) {
    try {
      // document metadata and dimensions from the parts' own JSON (keeps notes, links, extensions, units)
      JsonStatWriter writer = JsonStatWriter.defaults();
      JsonStatDataset first = parts.get(0);
      ObjectNode root = (ObjectNode) JSON.readTree(writer.toJson(first.select(Map.of(ids.get(0),
          List.of(first.dimensions().get(0).code(0))))));
      ObjectNode dims = (ObjectNode) root.path("dimension");
      for (int d = 0; d < ids.size(); d++) {
        String id = ids.get(d);
        ObjectNode category = (ObjectNode) dims.path(id).path("category");
        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        for (JsonStatDataset part : parts) {
          // labels, units, notes … of every category of this dimension, from the part's own JSON
          JsonNode partCategory = JSON.readTree(writer.toJson(part.select(firstOfOthers(part, d))))
              .path("dimension").path(id).path("category");
          for (String field : List.of("label", "unit", "note", "child", "coordinates")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = partCategory.path(field).fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> e = it.next();
              merged.computeIfAbsent(field, f -> JSON.createObjectNode()).putIfAbsent(e.getKey(), e.getValue());
            }
          }
        }
        ArrayNode index = JSON.createArrayNode();
        codes.get(d).forEach(index::add);
        category.removeAll();
        category.set("index", index);
        merged.forEach(category::set);
      }
      ArrayNode size = JSON.createArrayNode();
      for (int s : sizes) {
        size.add(s);
      }
      root.set("size", size);
      root.remove("value");
      root.remove("status");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.setCodec(JSON);
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          g.writeFieldName(e.getKey());
          g.writeTree(e.getValue());
        }
        g.writeArrayFieldStart("value");
        for (int i = 0; i < values.length; i++) {
          if (!present.get(i)) {
            g.writeNull();
          } else if (texts != null && texts[i] != null) {
            g.writeString(texts[i]);
          } else {
            double v = values[i];
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
              g.writeNumber((long) v);
            } else {
              g.writeNumber(v);
            }
          }
        }
        g.writeEndArray();
        if (!status.isEmpty()) {
          g.writeObjectFieldStart("status");
          status.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            try {
              g.writeStringField(Integer.toString(e.getKey()), e.getValue());
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          });
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      return READER.readDataset(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A selection keeping every category of dimension {@code keep} and the first category of every other one. */
  private static Map<String, List<String>> firstOfOthers(JsonStatDataset p, int keep) {
    Map<String, List<String>> sel = new LinkedHashMap<>();
    for (int d = 0; d < p.ids().size(); d++) {
      if (d != keep) {
        sel.put(p.ids().get(d), List.of(p.dimensions().get(d).code(0)));
      }
    }
    return sel;
  }
}
