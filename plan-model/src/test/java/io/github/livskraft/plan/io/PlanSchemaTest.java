package io.github.livskraft.plan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.livskraft.indicators.Direction;
import io.github.livskraft.plan.Cost;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.IndicatorTarget;
import io.github.livskraft.plan.IndicatorValue;
import io.github.livskraft.plan.LinkProvenance;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.MeasureStatus;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.OwnerKind;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.StatusChange;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published schema accepts the examples and what PlanWriter writes, rejects bad files, and matches the model. */
class PlanSchemaTest {
  static final Path SCHEMA = Path.of("schema/livskraft-plan-1.schema.json");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();

  static Schema schema() throws Exception {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
  }

  static List<Path> examples() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("../examples/plans"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyExampleFileAndItsRewrittenJsonValidate() throws Exception {
    Schema schema = schema();
    List<Path> files = examples();
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    for (Path f : files) {
      assertThat(schema.validate(YAML.readTree(f.toFile()))).as(f.toString()).isEmpty();
      String json = PlanWriter.create().write(PlanReader.create().read(f).document(), PlanFormat.JSON);
      assertThat(schema.validate(JSON.readTree(json))).as("rewritten " + f).isEmpty();
    }
  }

  @Test
  void rejectsUnknownPropertiesUnquotedTargetsAndBadEnums() throws Exception {
    Schema schema = schema();
    List<Error> e1 = schema.validate(YAML.readTree("formatVersion: '1.0'\nplans:\n  - {id: p, kind: BUDGET, title: T, status: DRAFT}\n"));
    assertThat(e1).isNotEmpty();
    List<Error> e2 = schema.validate(YAML.readTree("formatVersion: '1.0'\nplans:\n  - {id: p, kind: THEMATIC_PLAN, title: T, status: DRAFT, sdgLinks: [{target: 11.10}]}\n"));
    assertThat(e2).isNotEmpty();
    List<Error> e3 = schema.validate(YAML.readTree("formatVersion: '1.0'\nplans:\n  - {id: p, kind: THEMATIC_PLAN, title: T, status: DRAFT, colour: red}\n"));
    assertThat(e3).isNotEmpty();
    List<Error> ok = schema.validate(YAML.readTree("formatVersion: '1.0'\nplans:\n  - {id: p, kind: THEMATIC_PLAN, title: T, status: DRAFT, sdgLinks: [{target: '11.10'}]}\n"));
    assertThat(ok).isEmpty();
  }

  @Test
  void enumsInTheSchemaMatchTheModel() throws Exception {
    JsonNode defs = JSON.readTree(SCHEMA.toFile()).get("$defs");
    assertThat(values(defs.at("/plan/properties/kind/enum"))).isEqualTo(names(PlanKind.values()));
    assertThat(values(defs.at("/planStatus/enum"))).isEqualTo(names(PlanStatus.values()));
    assertThat(values(defs.at("/element/properties/kind/enum"))).isEqualTo(names(ElementKind.values()));
    assertThat(values(defs.at("/owner/properties/kind/enum"))).isEqualTo(names(OwnerKind.values()));
    assertThat(values(defs.at("/sdgLink/properties/role/enum"))).isEqualTo(names(SdgRole.values()));
    assertThat(values(defs.at("/sdgLink/properties/provenance/enum"))).isEqualTo(names(LinkProvenance.values()));
    assertThat(values(defs.at("/measure/properties/status/enum"))).isEqualTo(names(MeasureStatus.values()));
    assertThat(values(defs.at("/indicator/properties/direction/enum"))).isEqualTo(names(Direction.values()));
    assertThat(values(defs.at("/element/properties/dimensions/items/enum")))
        .isEqualTo(names(io.github.livskraft.plan.SustainabilityDimension.values()));
    assertThat(values(defs.at("/followUpEntry/properties/status/enum")))
        .isEqualTo(names(io.github.livskraft.plan.FollowUpStatus.values()));
    assertThat(values(defs.at("/recurringEvent/properties/kind/enum")))
        .isEqualTo(names(io.github.livskraft.plan.EventKind.values()));
    assertThat(values(defs.at("/expectedBenefit/properties/kind/enum")))
        .isEqualTo(names(io.github.livskraft.plan.BenefitKind.values()));
    assertThat(values(defs.at("/magnitude/enum"))).isEqualTo(names(io.github.livskraft.plan.Magnitude.values()));
  }

  @Test
  void propertiesInTheSchemaMatchTheRecordComponents() throws Exception {
    JsonNode root = JSON.readTree(SCHEMA.toFile());
    JsonNode defs = root.get("$defs");
    Map<Class<?>, JsonNode> map = Map.ofEntries(Map.entry(PlanDocument.class, root),
        Map.entry(Plan.class, defs.get("plan")), Map.entry(PlanElement.class, defs.get("element")),
        Map.entry(SdgLink.class, defs.get("sdgLink")), Map.entry(Owner.class, defs.get("owner")),
        Map.entry(Period.class, defs.get("period")), Map.entry(StatusChange.class, defs.get("statusChange")),
        Map.entry(Milestone.class, defs.get("milestone")), Map.entry(MeasureDetails.class, defs.get("measure")),
        Map.entry(IndicatorDetails.class, defs.get("indicator")),
        Map.entry(IndicatorTarget.class, defs.at("/indicator/properties/target")),
        Map.entry(IndicatorValue.class, defs.get("indicatorValue")),
        Map.entry(Cost.class, defs.at("/measure/properties/cost")),
        Map.entry(io.github.livskraft.plan.RecurringEvent.class, defs.get("recurringEvent")),
        Map.entry(io.github.livskraft.plan.ReferenceMunicipality.class, defs.get("referenceMunicipality")),
        Map.entry(io.github.livskraft.plan.FollowUpEntry.class, defs.get("followUpEntry")),
        Map.entry(io.github.livskraft.plan.ReportedValue.class, defs.get("reportedValue")),
        Map.entry(io.github.livskraft.plan.ExpectedBenefit.class, defs.get("expectedBenefit")),
        Map.entry(io.github.livskraft.plan.RealisedBenefit.class, defs.get("realisedBenefit")));
    map.forEach((type, node) -> {
      List<String> props = new ArrayList<>();
      node.get("properties").fieldNames().forEachRemaining(props::add);
      assertThat(props).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(
          Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    });
  }

  @Test
  void theSchemaIsBundledAsAResource() throws Exception {
    try (InputStream in = PlanReader.class.getResourceAsStream("livskraft-plan-1.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(SCHEMA, StandardCharsets.UTF_8));
    }
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
