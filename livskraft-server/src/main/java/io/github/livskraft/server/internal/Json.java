package io.github.livskraft.server.internal;

import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.core.JsonGenerator;
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

  /** Writes JSON with a generator. */
  @FunctionalInterface
  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  /** JSON written straight by a generator into bytes (no intermediate tree). */
  static byte[] write(Writer w) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      w.write(g);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    return out.toByteArray();
  }

  /** Parses a JSON object body or fails with 400 (SERVER-0001) naming line and column. */
  static ObjectNode parseObject(Req req) {
    requireType(req, "application/json");
    JsonNode n;
    try {
      n = MAPPER.readTree(req.body());
    } catch (JsonProcessingException e) {
      // where the JSON breaks (line, column) in our words, never Jackson's sentence
      throw Problems.of(ServerErrorCode.MALFORMED_BODY, "JSON", IoReason.of(e));
    } catch (IOException e) {
      throw Problems.of(ServerErrorCode.MALFORMED_BODY, "JSON", ServerErrorCode.MALFORMED_BODY.fragment("io"));
    }
    if (n == null || n.isMissingNode()) {
      throw Problems.of(ServerErrorCode.MALFORMED_BODY, "JSON", ServerErrorCode.MALFORMED_BODY.fragment("empty"));
    }
    if (!n.isObject()) {
      throw Problems.of(ServerErrorCode.MALFORMED_BODY, "JSON",
          ServerErrorCode.MALFORMED_BODY.fragment("not-object", n.getNodeType().name().toLowerCase(Locale.ROOT)));
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
    throw Problems.of(ServerErrorCode.UNSUPPORTED_MEDIA_TYPE, req.contentType().isEmpty()
        ? ServerErrorCode.UNSUPPORTED_MEDIA_TYPE.fragment("none") : req.contentType(),
        String.join(", ", types));
  }

  static Optional<String> text(ObjectNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, field, ServerErrorCode.BAD_FIELD.fragment("string"));
    }
    return Optional.of(n.textValue());
  }

  static String requiredText(ObjectNode o, String field) {
    return text(o, field).orElseThrow(() -> Problems.of(ServerErrorCode.BAD_FIELD, field, ServerErrorCode.BAD_FIELD.fragment("missing")));
  }

  static List<String> texts(ObjectNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, field, ServerErrorCode.BAD_FIELD.fragment("strings"));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isTextual()) {
        throw Problems.of(ServerErrorCode.BAD_FIELD, field, ServerErrorCode.BAD_FIELD.fragment("strings"));
      }
      out.add(e.textValue());
    }
    return out;
  }

  static ArrayNode array(ObjectNode o, String field, int maxItems) {
    JsonNode n = o.get(field);
    if (n == null || !n.isArray()) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, field, ServerErrorCode.BAD_FIELD.fragment("array"));
    }
    if (n.size() > maxItems) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, field, ServerErrorCode.BAD_FIELD.fragment("max-items", maxItems, n.size()));
    }
    return (ArrayNode) n;
  }
}
