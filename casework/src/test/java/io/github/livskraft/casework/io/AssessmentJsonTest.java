package io.github.livskraft.casework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.Fixtures;
import io.github.livskraft.casework.Impact;
import io.github.livskraft.sdg.GoalCode;
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
  void everyAssessedLineCarriesItsEvidenceLevelAndConfidence() throws Exception {
    CaseAssessor assessor = CaseAssessor.builder().clock(Fixtures.CLOCK).build();
    Assessment a = assessor.assess(CaseReader.create().readText("t",
        "Saken bidrar til bærekraftsmål nr. 5 om likestilling. Tiltaket gjelder drikkevann."));
    var lines = new ObjectMapper().readTree(AssessmentJson.write(a)).path("lines");
    assertThat(lines.get(0).path("goal").asInt()).isEqualTo(5);
    assertThat(lines.get(0).path("evidenceLevel").asText()).isEqualTo("explicit");
    assertThat(lines.get(0).path("confidence").asDouble()).isEqualTo(0.99);
    assertThat(lines.get(1).path("goal").asInt()).isEqualTo(6);
    assertThat(lines.get(1).path("evidenceLevel").asText()).startsWith("single-");
    assertThat(lines.get(1).path("confidence").asDouble())
        .isEqualTo(a.getLine(GoalCode.of(6)).evidenceLevel().orElseThrow().confidence()).isLessThan(0.7);
    assertThat(AssessmentJson.read("t.json", AssessmentJson.write(a))).isEqualTo(a);
  }

  @Test
  void anOfficerLineHasNoLevel_andALevelIsOptionalOnReading() throws Exception {
    CaseAssessor assessor = CaseAssessor.builder().clock(Fixtures.CLOCK).build();
    Assessment a = assessor.add(assessor.assess(CaseReader.create().readText("o", "Tiltaket gjelder drikkevann.")),
        GoalCode.of(2), List.of(), "Kari", java.util.Optional.empty(), Impact.POSITIVE);
    ObjectMapper m = new ObjectMapper();
    var officer = m.readTree(AssessmentJson.write(a)).path("lines").get(1);
    assertThat(officer.path("origin").asText()).isEqualTo("OFFICER");
    assertThat(officer.has("evidenceLevel")).isFalse();
    assertThat(officer.has("confidence")).isFalse();
    // a document written before levels existed still reads, without a level
    String old = AssessmentJson.write(a).replaceAll(",\\s*\"evidenceLevel\" : \"[a-z-]+\",\\s*\"confidence\" : [0-9.]+", "");
    assertThat(old).doesNotContain("evidenceLevel");
    assertThat(AssessmentJson.read("old.json", old).getLine(GoalCode.of(6)).evidenceLevel()).isEmpty();
  }

  @Test
  void anUnknownLevelNamesTheJsonPathAndTheLevels() {
    String json = AssessmentJson.write(ArkivmeldingTest.confirmed()).replaceFirst("\"evidenceLevel\" : \"[a-z-]+\"",
        "\"evidenceLevel\" : \"certain\"");
    assertThatThrownBy(() -> AssessmentJson.read("a.json", json)).hasMessageContaining("CASE-0011")
        .hasMessageContaining("$.lines[0].evidenceLevel").hasMessageContaining("several-sole");
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
