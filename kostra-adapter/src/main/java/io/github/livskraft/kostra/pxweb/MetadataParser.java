package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.sdg.MessageFragment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Reads metadata answers: v2 {@code /tables/{id}/metadata} (a JSON-stat 2.0 dataset with {@code value: []} and
 * PxWeb extensions), v2 {@code /tables/{id}}, v2 {@code /codelists/{id}} and v1 {@code GET /table/{id}}. Only the
 * structural fields are read; data cubes go to the JSON-stat reader.
 */
final class MetadataParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MetadataParser() {}

  private static JsonNode tree(byte[] body, Object what) {
    try {
      JsonNode n = JSON.readTree(body);
      if (n == null || !n.isObject()) {
        throw malformed(what, KostraErrorCode.text("SSB.why.not-object"), null);
      }
      return n;
    } catch (IOException e) {
      throw malformed(what, why(e), e);
    }
  }

  static PxWebException malformed(Object what, Object why, @Nullable Throwable cause) {
    return PxWebException.coded(PxWebException.Kind.MALFORMED_RESPONSE, 200, null, cause,
        KostraErrorCode.text("SSB.unreadable", what, why));
  }

  static TableMetadata v2Metadata(String tableId, byte[] body) {
    Object what = KostraErrorCode.text("SSB.what.metadata", tableId);
    JsonNode root = tree(body, what);
    JsonNode ids = root.path("id");
    JsonNode dims = root.path("dimension");
    if (!ids.isArray() || !dims.isObject()) {
      throw malformed(what, KostraErrorCode.text("SSB.why.no-jsonstat"), null);
    }
    List<String> timeIds = texts(root.path("role").path("time"));
    List<String> geoIds = texts(root.path("role").path("geo"));
    List<Variable> vars = new ArrayList<>();
    for (JsonNode idNode : ids) {
      String id = idNode.asText();
      JsonNode d = dims.path(id);
      if (!d.isObject()) {
        throw malformed(what, KostraErrorCode.text("SSB.why.no-dimension", id), null);
      }
      List<String> codes = categoryCodes(d.path("category"));
      JsonNode labels = d.path("category").path("label");
      List<Variable.Value> values = new ArrayList<>();
      for (String c : codes) {
        values.add(new Variable.Value(c, labels.path(c).asText(c)));
      }
      JsonNode ext = d.path("extension");
      boolean elim = ext.path("elimination").asBoolean(false);
      Optional<String> elimValue = ext.hasNonNull("eliminationValueCode")
          ? Optional.of(ext.path("eliminationValueCode").asText()) : Optional.empty();
      List<CodelistRef> codelists = new ArrayList<>();
      for (JsonNode cl : ext.path("codelists")) {
        codelists.add(new CodelistRef(cl.path("id").asText(), cl.path("label").asText(""),
            cl.path("type").asText("")));
      }
      Map<String, Variable.Unit> units = units(d.path("category").path("unit"));
      vars.add(new Variable(id, d.path("label").asText(id), values, timeIds.contains(id), elim, elimValue,
          codelists, units));
    }
    String label = root.path("label").asText(tableId);
    return new TableMetadata(tableId, label, root.path("updated").asText(""), vars, ApiVersion.V2,
        geoIds.isEmpty() ? Optional.empty() : Optional.of(geoIds.get(0)));
  }

  static Map<String, Variable.Unit> units(JsonNode unit) {
    Map<String, Variable.Unit> units = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = unit.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode u = e.getValue();
      units.put(e.getKey(), new Variable.Unit(u.path("base").asText(u.path("label").asText("")),
          u.path("decimals").isInt() ? OptionalInt.of(u.path("decimals").asInt()) : OptionalInt.empty()));
    }
    return units;
  }

  private static List<String> categoryCodes(JsonNode category) {
    JsonNode index = category.path("index");
    if (index.isArray()) {
      return texts(index);
    }
    if (index.isObject()) {
      String[] codes = new String[index.size()];
      for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        int p = e.getValue().asInt(-1);
        if (p < 0 || p >= codes.length) {
          throw malformed(KostraErrorCode.text("SSB.what.metadata-any"),
              KostraErrorCode.text("SSB.why.index-range", e.getKey(), p, codes.length - 1), null);
        }
        if (codes[p] != null) {
          throw malformed(KostraErrorCode.text("SSB.what.metadata-any"),
              KostraErrorCode.text("SSB.why.index-twice", codes[p], e.getKey(), p, codes.length - 1), null);
        }
        codes[p] = e.getKey();
      }
      return List.of(codes);
    }
    List<String> codes = new ArrayList<>();
    category.path("label").fieldNames().forEachRemaining(codes::add);
    return codes;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  static TableInfo v2TableInfo(String tableId, byte[] body) {
    JsonNode n = tree(body, KostraErrorCode.text("SSB.what.table", tableId));
    return new TableInfo(n.path("id").asText(tableId), n.path("label").asText(""), n.path("updated").asText(""),
        optional(n, "firstPeriod"), optional(n, "lastPeriod"), n.path("discontinued").asBoolean(false));
  }

  private static Optional<String> optional(JsonNode n, String field) {
    return n.hasNonNull(field) ? Optional.of(n.path(field).asText()) : Optional.empty();
  }

  static Codelist v2Codelist(String id, byte[] body) {
    JsonNode n = tree(body, KostraErrorCode.text("SSB.what.codelist", id));
    List<Codelist.Value> values = new ArrayList<>();
    for (JsonNode v : n.path("values")) {
      values.add(new Codelist.Value(v.path("code").asText(), v.path("label").asText(""), texts(v.path("valueMap"))));
    }
    return new Codelist(n.path("id").asText(id), n.path("label").asText(""), n.path("type").asText(""), values);
  }

  static TableMetadata v1Metadata(String tableId, byte[] body) {
    Object what = KostraErrorCode.text("SSB.what.metadata", tableId);
    JsonNode n = tree(body, what);
    JsonNode variables = n.path("variables");
    if (!variables.isArray()) {
      throw malformed(what, KostraErrorCode.text("SSB.why.no-variables"), null);
    }
    List<Variable> vars = new ArrayList<>();
    for (JsonNode v : variables) {
      List<String> codes = texts(v.path("values"));
      List<String> texts = texts(v.path("valueTexts"));
      List<Variable.Value> values = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        values.add(new Variable.Value(codes.get(i), i < texts.size() ? texts.get(i) : codes.get(i)));
      }
      vars.add(new Variable(v.path("code").asText(), v.path("text").asText(""), values,
          v.path("time").asBoolean(false), v.path("elimination").asBoolean(false), Optional.empty(), List.of(),
          Map.of()));
    }
    return new TableMetadata(tableId, n.path("title").asText(tableId), "", vars, ApiVersion.V1, Optional.empty());
  }

  /**
   * Why the answer is not JSON, in our own words: the line and column Jackson stopped at, never Jackson's own text
   * (which names its internal types).
   */
  private static MessageFragment why(java.io.IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
        && j.getLocation().getLineNr() > 0) {
      return KostraErrorCode.text(e instanceof com.fasterxml.jackson.core.io.JsonEOFException
          ? "SSB.why.truncated" : "SSB.why.not-json", j.getLocation().getLineNr(), j.getLocation().getColumnNr());
    }
    return KostraErrorCode.text("SSB.why.unreadable");
  }
}
