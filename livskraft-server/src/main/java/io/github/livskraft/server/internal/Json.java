package io.github.livskraft.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** JSON reading (with nesting and size limits) and writing for the API. */
final class Json {
  /** Deepest nesting accepted in a request. */
  static final int MAX_NESTING = 64;

  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
          .maxStringLength(64 * 1024 * 1024).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return F.objectNode();
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Parses a JSON object body or fails with 400 (SERVER-0001) naming line and column. */
  static ObjectNode parseObject(Req req) {
    requireType(req, "application/json");
    JsonNode n;
    try {
      n = MAPPER.readTree(req.body());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : String.format(Locale.ROOT, " (line %d, column %d)",
          e.getLocation().getLineNr(), e.getLocation().getColumnNr());
      throw ServerError.MALFORMED_BODY.exception("JSON", e.getOriginalMessage() + where);
    } catch (IOException e) {
      throw ServerError.MALFORMED_BODY.exception("JSON", e.getClass().getSimpleName());
    }
    if (n == null || n.isMissingNode()) {
      throw ServerError.MALFORMED_BODY.exception("JSON", "the body is empty");
    }
    if (!n.isObject()) {
      throw ServerError.MALFORMED_BODY.exception("JSON", "expected an object at the top level, found "
          + n.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return (ObjectNode) n;
  }

  /** Fails with 415 unless the content type is one of the given. */
  static void requireType(Req req, String... types) {
    for (String t : types) {
      if (req.contentType().equals(t)) {
        return;
      }
    }
    throw ServerError.UNSUPPORTED_MEDIA_TYPE.exception(req.contentType().isEmpty() ? "(none)" : req.contentType(),
        String.join(", ", types));
  }

  static Optional<String> text(ObjectNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw ServerError.BAD_FIELD.exception(field, "expected a string");
    }
    return Optional.of(n.textValue());
  }

  static String requiredText(ObjectNode o, String field) {
    return text(o, field).orElseThrow(() -> ServerError.BAD_FIELD.exception(field, "missing"));
  }

  static List<String> texts(ObjectNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw ServerError.BAD_FIELD.exception(field, "expected an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isTextual()) {
        throw ServerError.BAD_FIELD.exception(field, "expected an array of strings");
      }
      out.add(e.textValue());
    }
    return out;
  }

  static ArrayNode array(ObjectNode o, String field, int maxItems) {
    JsonNode n = o.get(field);
    if (n == null || !n.isArray()) {
      throw ServerError.BAD_FIELD.exception(field, "expected an array");
    }
    if (n.size() > maxItems) {
      throw ServerError.BAD_FIELD.exception(field, "at most " + maxItems + " items, got " + n.size());
    }
    return (ArrayNode) n;
  }
}
