package io.github.livskraft.casework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.livskraft.casework.Assessment;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {
  @Test
  void validatesAgainstThePublishedSchemaAndRoundTrips() throws Exception {
    Assessment a = ArkivmeldingTest.confirmed();
    String json = AssessmentJson.write(a);
    try (InputStream in = AssessmentJson.class.getResourceAsStream("casework-assessment-1.schema.json")) {
      String schemaText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(schemaText);
      List<?> errors = schema.validate(new ObjectMapper().readTree(json));
      assertThat(errors).isEmpty();
    }
    assertThat(AssessmentJson.read("a.json", json)).isEqualTo(a);
    assertThat(new ObjectMapper().readTree(json).path("lines").get(0).path("suggestedImpact").path("suggestion")
        .asBoolean()).isTrue();
  }

  @Test
  void badFieldsNameTheJsonPath() {
    String json = AssessmentJson.write(ArkivmeldingTest.confirmed()).replaceFirst("\"status\" : \"[A-Z]+\"",
        "\"status\" : \"MAYBE\"");
    assertThatThrownBy(() -> AssessmentJson.read("a.json", json)).hasMessageContaining("CASE-0011")
        .hasMessageContaining("$.lines[0].status");
    assertThatThrownBy(() -> AssessmentJson.read("b.json", "{")).hasMessageContaining("CASE-0011");
  }
}
