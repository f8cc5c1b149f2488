package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.StubSsbServer.Reply;
import io.github.livskraft.kostra.StubSsbServer.Request;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.jsonstat.JsonStatWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the real KOSTRA answer for table 12367 (recorded from SSB, see fixtures/PROVENANCE.md) like SSB would: v2
 * metadata, table info and data, and v1 metadata and data, cutting the recorded cube down to whatever each request
 * selects. Split queries are therefore answered with real numbers and statuses.
 */
final class Kostra12367Stub {
  static final String TABLE = "12367";
  static final String UPDATED = "2021-06-13T22:00:00Z";
  static final ObjectMapper JSON = new ObjectMapper();
  final JsonStatDataset full = JsonStatReader.create().readDataset(
      StubSsbServer.fixture("pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json"));
  volatile String updated = UPDATED;

  void install(StubSsbServer server) {
    String v2 = "/api/pxwebapi/v2/tables/" + TABLE;
    server.on(v2, r -> Reply.json(200, "{\"id\":\"" + TABLE + "\",\"label\":\"12367: KOSTRA\",\"updated\":\""
        + updated + "\",\"firstPeriod\":\"2015\",\"lastPeriod\":\"2020\",\"discontinued\":false}"));
    server.on(v2 + "/metadata", r -> Reply.json(200, JsonStatWriter.create().toJson(full)));
    server.on(v2 + "/data", r -> Reply.json(200, JsonStatWriter.create().toJson(full.select(v2Selection(r)))));
    String v1 = "/api/v0/no/table/" + TABLE;
    server.on(v1, r -> r.method().equals("GET") ? Reply.json(200, v1Metadata())
        : Reply.json(200, JsonStatWriter.create().toJson(full.select(v1Selection(r)))));
  }

  static Map<String, List<String>> v2Selection(Request r) {
    Map<String, List<String>> sel = new LinkedHashMap<>();
    if (r.method().equals("GET")) {
      for (String kv : r.query().split("&")) {
        int eq = kv.indexOf('=');
        String k = URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8);
        String v = URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
        if (k.startsWith("valueCodes[")) {
          sel.put(k.substring(11, k.length() - 1), Arrays.asList(v.split(",")));
        }
      }
    } else {
      for (JsonNode s : tree(r).path("selection")) {
        List<String> codes = new ArrayList<>();
        s.path("valueCodes").forEach(c -> codes.add(c.asText()));
        sel.put(s.path("variableCode").asText(), codes);
      }
    }
    return sel;
  }

  static Map<String, List<String>> v1Selection(Request r) {
    Map<String, List<String>> sel = new LinkedHashMap<>();
    for (JsonNode q : tree(r).path("query")) {
      List<String> codes = new ArrayList<>();
      q.path("selection").path("values").forEach(c -> codes.add(c.asText()));
      sel.put(q.path("code").asText(), codes);
    }
    return sel;
  }

  private static JsonNode tree(Request r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String v1Metadata() {
    var root = JSON.createObjectNode();
    root.put("title", "12367: Detaljerte regnskapstall driftsregnskapet");
    var vars = root.putArray("variables");
    for (var d : full.dimensions()) {
      var v = vars.addObject();
      v.put("code", d.id());
      v.put("text", d.displayLabel());
      var values = v.putArray("values");
      var texts = v.putArray("valueTexts");
      for (int i = 0; i < d.size(); i++) {
        values.add(d.code(i));
        texts.add(d.labelAt(i));
      }
      if (d.id().equals("Tid")) {
        v.put("time", true);
      }
    }
    return root.toString();
  }

  /** A query selecting the whole recorded cube (every variable of 12367 is non-eliminable). */
  static DataQuery wholeCube() {
    return DataQuery.of(TABLE)
        .with(Selection.all("KOKkommuneregion0000"))
        .with(Selection.all("KOKregnskapsomfa0000"))
        .with(Selection.all("KOKfunksjon0000"))
        .with(Selection.all("KOKart0000"))
        .with(Selection.codes("ContentsCode", "KOSbelop0000"))
        .with(Selection.all("Tid"));
  }
}
