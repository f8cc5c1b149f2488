package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code CaseAssessment} schema in openapi.yaml is a copy of casework's published JSON Schema
 * ({@code casework/schema/casework-assessment-1.schema.json}), split into components. With every {@code $ref}
 * resolved and the descriptive keywords dropped, the two must say the same, so a change to one without the other
 * fails here.
 */
class OpenApiSchemaCopyTest {
  private static final Set<String> DESCRIPTIVE = Set.of("title", "description", "$schema", "$id", "$comment");

  @Test
  void caseAssessmentSchemaIsCaseworksSchema() throws IOException {
    JsonNode openapi;
    try (InputStream in = getClass().getResourceAsStream("/io/github/livskraft/server/openapi.yaml")) {
      openapi = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    JsonNode components = openapi.at("/components/schemas");
    JsonNode casework = new ObjectMapper().readTree(Files.readString(
        Path.of("../casework/schema/casework-assessment-1.schema.json")));

    JsonNode ours = resolve(components.get("CaseAssessment"), openapi, 0);
    JsonNode theirs = resolve(casework, casework, 0);
    assertThat(ours).isEqualTo(theirs);
    assertThat(ours.at("/properties/lines/items/properties/status/enum").toString())
        .as("the comparison sees into the line schema").contains("CONFIRMED");
  }

  /** A copy with every {@code $ref} (to {@code #/…} in {@code root}) replaced by its target and no descriptions. */
  private static JsonNode resolve(JsonNode node, JsonNode root, int depth) {
    assertThat(depth).as("$ref nesting").isLessThan(50);
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        return resolve(root.at(ref.asText().substring(1)), root, depth + 1);
      }
      ObjectNode out = JsonNodeFactoryHolder.MAPPER.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!DESCRIPTIVE.contains(e.getKey()) && !e.getKey().equals("$defs")) {
          out.set(e.getKey(), resolve(e.getValue(), root, depth + 1));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactoryHolder.MAPPER.createArrayNode();
      node.forEach(n -> out.add(resolve(n, root, depth + 1)));
      return out;
    }
    return node;
  }

  private static final class JsonNodeFactoryHolder {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
