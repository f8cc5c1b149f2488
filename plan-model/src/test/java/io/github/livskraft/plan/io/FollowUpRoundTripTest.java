package io.github.livskraft.plan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.github.livskraft.plan.FollowUpEntry;
import io.github.livskraft.plan.FollowUpStatus;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.SustainabilityDimension;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The follow-up history, årshjul and benefits round-trip through YAML and JSON and validate against the schema. */
class FollowUpRoundTripTest {
  static final Path ILLUSTRATIVE = Path.of("../examples/plans/illustrasjon-oppfolging-2025.yaml");

  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void historyRoundTripsAndValidates(PlanFormat format, @TempDir Path dir) throws Exception {
    PlanDocument original = PlanReader.create().read(ILLUSTRATIVE).document();
    String text = PlanWriter.create().write(original, format);
    Path file = dir.resolve("copy." + (format == PlanFormat.JSON ? "json" : "yaml"));
    Files.writeString(file, text);
    PlanDocument back = PlanReader.create().read(file).document();
    assertThat(back).isEqualTo(original);
    Schema schema = PlanSchemaTest.schema();
    ObjectMapper mapper = format == PlanFormat.JSON ? PlanSchemaTest.JSON : PlanSchemaTest.YAML;
    assertThat(schema.validate(mapper.readTree(text))).isEmpty();

    PlanElement elbiler = back.plans().get(1).findElement("tiltak-elbiler").orElseThrow();
    assertThat(elbiler.followUp()).extracting(f -> f.period().toString()).containsExactly("2025-T1", "2025-T2", "2025");
    FollowUpEntry year = elbiler.followUpIn(ReportingPeriod.year(2025)).get(0);
    assertThat(year.status()).isEqualTo(FollowUpStatus.MINOR_DEVIATION);
    assertThat(year.date()).contains(LocalDate.of(2026, 3, 27));
    assertThat(year.deviation()).contains(new BigDecimal("-120000"));
    assertThat(year.indicatorValues()).singleElement()
        .satisfies(v -> assertThat(v.indicator().toString()).isEqualTo("eks-samfunnsdel#ind-utslipp-kjoretoy"));
    assertThat(elbiler.measure().orElseThrow().expectedBenefits()).hasSize(2);
    assertThat(back.plans().get(0).findElement("mal-utslipp").orElseThrow().dimensions())
        .containsExactly(SustainabilityDimension.ENVIRONMENTAL, SustainabilityDimension.ECONOMIC);
    assertThat(back.plans().get(4).recurringEvents()).hasSize(7);
    if (format == PlanFormat.YAML) {
      assertThat(text).contains("period: 2025\n").contains("period: 2025-T1").containsPattern("start: \"?18:00\"?\n");
    }
  }

  @Test
  void badPeriodsAndRulesAreReportedWithTheirLocation() {
    String yaml = "formatVersion: '1.0'\nplans:\n  - id: p\n    kind: ANNUAL_CYCLE\n    title: T\n    status: DRAFT\n"
        + "    recurringEvents:\n      - id: e\n        title: E\n        rule: fortnightly\n";
    assertThatThrownBy(() -> PlanReader.create().read("arshjul.yaml", yaml, PlanFormat.YAML))
        .isInstanceOf(PlanParseException.class).hasMessageContaining("arshjul.yaml:10")
        .hasMessageContaining("recurringEvents[0].rule").hasMessageContaining("fortnightly");
    String yaml2 = "formatVersion: '1.0'\nplans:\n  - id: p\n    kind: ACTION_PLAN\n    title: T\n    status: DRAFT\n"
        + "    elements:\n      - id: t\n        kind: MEASURE\n        title: T\n        followUp:\n"
        + "          - {period: 2025-T4, status: ON_TRACK}\n";
    assertThatThrownBy(() -> PlanReader.create().read("hp.yaml", yaml2, PlanFormat.YAML))
        .isInstanceOf(PlanParseException.class).hasMessageContaining("hp.yaml:12")
        .hasMessageContaining("2025-T4").hasMessageContaining("tertial");
  }

  @Test
  void periodsOrderAndSpanTheirMonths() {
    List<ReportingPeriod> sorted = java.util.stream.Stream.of("2025", "2025-T3", "2024-T2", "2025-T1")
        .map(ReportingPeriod::parse).sorted().toList();
    assertThat(sorted).extracting(ReportingPeriod::toString).containsExactly("2024-T2", "2025", "2025-T1", "2025-T3");
    assertThat(ReportingPeriod.parse("2024-T1").end()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(ReportingPeriod.parse("2024-T2").start()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(ReportingPeriod.parse("2024").end()).isEqualTo(LocalDate.of(2024, 12, 31));
  }
}
