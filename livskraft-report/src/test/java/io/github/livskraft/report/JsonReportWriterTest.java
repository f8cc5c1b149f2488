package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.livskraft.sdg.Language;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** report.json validates against the published schema, in every language; the schema rejects what it should. */
class JsonReportWriterTest {
  static final Path SCHEMA = Path.of("schema/livskraft-report-1.schema.json");
  static final ObjectMapper JSON = new ObjectMapper();

  static Schema schema() throws Exception {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
  }

  static JsonNode render(Report r, Language l) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReportWriter.create(l).write(r, out);
    return JSON.readTree(out.toByteArray());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void reportJsonValidatesAgainstThePublishedSchema(Language language) throws Exception {
    JsonNode json = render(Reports.kongsbergregionen(), language);
    List<Error> errors = schema().validate(json);
    assertThat(errors).as(errors.toString()).isEmpty();
    assertThat(json.path("language").asText()).isEqualTo(language.tag());
    assertThat(json.path("indicators").get(0).path("municipalities").path("3303").path("values").path("2005")
        .asDouble()).isEqualTo(23244.0);
  }

  @Test
  void aSingleMunicipalityReportWithoutPlansValidatesToo() throws Exception {
    Report r = ReportBuilder.create().build(List.of(), ReportRegion.parse(List.of("0604")));
    JsonNode json = render(r, Language.NN);
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.path("region").path("municipalities").get(0).path("code").asText())
        .as("an old number is carried to today's").isEqualTo("3303");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void followUpAndArshjulValidateAgainstThePublishedSchema(Language language) throws Exception {
    JsonNode json = render(Reports.illustrative(), language);
    List<Error> errors = schema().validate(json);
    assertThat(errors).as(errors.toString()).isEmpty();
    JsonNode f = json.path("followUp");
    assertThat(f.path("year").asInt()).isEqualTo(2025);
    assertThat(f.path("rows")).hasSize(5);
    assertThat(f.path("byFocusArea")).hasSize(2);
    assertThat(f.path("byGoal")).hasSize(2);
    for (JsonNode s : f.path("byFocusArea")) {
      int sum = 0;
      for (JsonNode n : s.path("counts")) {
        sum += n.asInt();
      }
      assertThat(sum).as("counts of %s add up to its total", s.path("label")).isEqualTo(s.path("total").asInt());
    }
    JsonNode a = json.path("arshjul");
    assertThat(a.path("year").asInt()).isEqualTo(2025);
    assertThat(a.path("events")).hasSize(15);
    JsonNode first = a.path("events").get(0);
    assertThat(first.path("month").asText()).startsWith("2025-");
    assertThat(first.path("kindLabel").asText()).isNotBlank();
    // the default report has neither: explicit nulls, so a reader sees "none" rather than a missing field
    JsonNode plain = render(Reports.kongsbergregionen(), language);
    assertThat(plain.path("followUp").isNull()).isTrue();
  }

  @Test
  void theSchemaRejectsABrokenFollowUp() throws Exception {
    Schema schema = schema();
    ObjectNode json = (ObjectNode) render(Reports.illustrative(), Language.NB);
    ObjectNode badStatus = json.deepCopy();
    ((ObjectNode) badStatus.path("followUp").path("rows").get(0)).put("status", "GREEN");
    assertThat(schema.validate(badStatus)).as("an unknown status").isNotEmpty();
    ObjectNode badMonth = json.deepCopy();
    ((ObjectNode) badMonth.path("arshjul").path("events").get(0)).put("month", "2025-13");
    assertThat(schema.validate(badMonth)).as("month 13").isNotEmpty();
    ObjectNode missing = json.deepCopy();
    missing.remove("arshjul");
    assertThat(schema.validate(missing)).as("arshjul is required (null when none)").isNotEmpty();
  }

  @Test
  void aChosenYearGivesThatYearsFollowUpAndArshjul() throws Exception {
    Report r = Reports.illustrative(java.util.OptionalInt.of(2024));
    assertThat(r.cycle()).hasValueSatisfying(c -> assertThat(c.year()).isEqualTo(2024));
    // the file's 2024 årsrapport: the two mål assessed, the tiltak (from the 2025 handlingsprogram) not yet
    assertThat(r.followUp()).hasValueSatisfying(f -> {
      assertThat(f.year()).isEqualTo(2024);
      assertThat(f.rows()).filteredOn(row -> row.elementId().equals("mal-utslipp")).singleElement()
          .satisfies(row -> assertThat(row.status()).isEqualTo(io.github.livskraft.plan.FollowUpStatus.MINOR_DEVIATION));
      assertThat(f.rows()).filteredOn(row -> row.planId().equals("eks-handlingsprogram-2025"))
          .allSatisfy(row -> assertThat(row.status())
              .isEqualTo(io.github.livskraft.plan.FollowUpStatus.NOT_ASSESSED));
    });
    Report none = Reports.illustrative(java.util.OptionalInt.of(1990));
    assertThat(none.followUp()).as("no follow-up reported for 1990").isEmpty();
    assertThat(schema().validate(render(none, Language.EN))).isEmpty();
  }

  @Test
  void theSchemaRejectsBrokenReports() throws Exception {
    Schema schema = schema();
    ObjectNode json = (ObjectNode) render(Reports.kongsbergregionen(), Language.NB);
    ObjectNode wrongFormat = json.deepCopy().put("format", "livskraft-report/2");
    assertThat(schema.validate(wrongFormat)).isNotEmpty();
    ObjectNode confirmed = json.deepCopy();
    ((ObjectNode) confirmed.path("suggestions").get(0)).put("confirmed", true);
    assertThat(schema.validate(confirmed)).as("a suggestion is never confirmed").isNotEmpty();
    ObjectNode textValue = json.deepCopy();
    ((ObjectNode) textValue.path("indicators").get(0).path("region").path("values")).put("2024", "..");
    assertThat(schema.validate(textValue)).as("a status symbol in place of a number").isNotEmpty();
    ObjectNode extra = json.deepCopy().put("colour", "red");
    assertThat(schema.validate(extra)).isNotEmpty();
  }

  @Test
  void theSchemaInTheJarIsThePublishedOne() throws Exception {
    try (InputStream in = JsonReportWriter.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(SCHEMA, StandardCharsets.UTF_8));
    }
    assertThat(JSON.readTree(SCHEMA.toFile()).path("$id").asText()).isEqualTo(JsonReport.SCHEMA_ID);
  }
}
