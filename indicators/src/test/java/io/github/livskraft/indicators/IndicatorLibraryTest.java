package io.github.livskraft.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Logic tests of {@link IndicatorLibrary} on a small fixture file, plus loading errors. */
class IndicatorLibraryTest {

  private static IndicatorLibrary fixture() {
    InputStream in = IndicatorLibraryTest.class.getResourceAsStream("fixture-definitions.json");
    return IndicatorLibrary.load(in, "fixture-definitions.json");
  }

  private static IndicatorLibrary parse(String json) {
    return IndicatorLibrary.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void find_and_get_by_id() {
    IndicatorLibrary lib = fixture();
    assertThat(lib.size()).isEqualTo(2);
    assertThat(lib.find("test.waste")).isPresent();
    assertThat(lib.find("test.nope")).isEmpty();
    assertThat(lib.get("test.waste").nameIn(Language.NB)).isEqualTo("Avfall");
    assertThat(lib.get("test.waste").nameIn(Language.NN)).isEqualTo("Avfall");
    assertThatThrownBy(() -> lib.get("test.nope")).isInstanceOf(UnknownIndicatorException.class)
        .hasMessageContaining("IND-0001").hasMessageContaining("test.nope")
        .isInstanceOfSatisfying(UnknownIndicatorException.class,
            e -> assertThat(e.getMessage(Language.NB)).contains("Ukjent indikator 'test.nope'"));
  }

  @Test
  void select_givesAllForNoIds_andEachIdOtherwise() {
    IndicatorLibrary lib = fixture();
    assertThat(lib.select(java.util.List.of())).isEqualTo(lib.all());
    assertThat(lib.select(java.util.List.of(" TEST.WASTE ")))
        .extracting(IndicatorDefinition::id).containsExactly("test.waste");
    assertThatThrownBy(() -> lib.select(java.util.List.of("test.nope")))
        .isInstanceOf(UnknownIndicatorException.class).hasMessageContaining("test.nope");
  }

  @Test
  void lookups_by_target_and_goal() {
    IndicatorLibrary lib = fixture();
    assertThat(lib.byTarget(TargetCode.parse("11.6"))).extracting(IndicatorDefinition::id)
        .containsExactly("test.waste");
    assertThat(lib.byGoal(GoalCode.of(4))).extracting(IndicatorDefinition::id).containsExactly("test.kindergarten");
    assertThat(lib.get("test.waste").goals()).containsExactly(GoalCode.of(11), GoalCode.of(12));
  }

  @Test
  void verified_and_derived_flags_come_from_sources_and_formula() {
    IndicatorLibrary lib = fixture();
    assertThat(lib.get("test.kindergarten").verified()).isTrue();
    assertThat(lib.get("test.kindergarten").derived()).isFalse();
    assertThat(lib.get("test.waste").verified()).isFalse();
    assertThat(lib.get("test.waste").derived()).isTrue();
  }

  @Test
  void merge_rejects_duplicates_and_mergeOverriding_replaces() {
    IndicatorLibrary lib = fixture();
    IndicatorDefinition replacement = IndicatorDefinition.builder("test.waste").name("Mitt avfall", "My waste")
        .target("12.5", LinkRole.PRIMARY).source(DataSource.ssb("value", "12241", "KOSx", false)).build();
    IndicatorLibrary mine = IndicatorLibrary.of(List.of(replacement));
    assertThatThrownBy(() -> lib.merge(mine)).isInstanceOf(IndicatorException.class)
        .hasMessageContaining("IND-0003").hasMessageContaining("test.waste");
    IndicatorLibrary merged = lib.mergeOverriding(mine);
    assertThat(merged.size()).isEqualTo(2);
    assertThat(merged.get("test.waste").nameIn(Language.EN)).isEqualTo("My waste");
    assertThat(merged.editions()).hasSize(2);
  }

  @Test
  void unknown_field_is_rejected_with_json_path() {
    String json = "{\"format\":\"livskraft-indicators/1\",\"edition\":\"t\",\"definitions\":[{\"id\":\"a.b\","
        + "\"colour\":\"red\"}]}";
    assertThatThrownBy(() -> parse(json)).isInstanceOf(IndicatorException.class)
        .hasMessageContaining("IND-0002").hasMessageContaining("test.json")
        .hasMessageContaining("$.definitions[0].colour").isInstanceOfSatisfying(IndicatorException.class,
            e -> assertThat(e.getMessage(Language.NN)).contains("venta ikkje feltet \"colour\""));
  }

  @Test
  void wrong_format_tag_and_bad_json_are_rejected() {
    assertThatThrownBy(() -> parse("{\"format\":\"other/2\",\"edition\":\"t\",\"definitions\":[]}"))
        .hasMessageContaining("$.format").hasMessageContaining("livskraft-indicators/1");
    assertThatThrownBy(() -> parse("{\"format\": ")).hasMessageContaining("not valid JSON")
        .hasMessageContaining("test.json line");
  }

  @Test
  void bad_target_and_bad_direction_name_the_path() {
    String base = "{\"format\":\"livskraft-indicators/1\",\"edition\":\"t\",\"definitions\":[{\"id\":\"a.b\","
        + "\"name\":{\"nb\":\"A\",\"en\":\"A\"},\"theme\":\"x\",\"unit\":{\"nb\":\"u\",\"en\":\"u\"},\"decimals\":0,"
        + "\"direction\":\"%s\",\"targets\":[{\"target\":\"%s\",\"role\":\"primary\"}],"
        + "\"formula\":{\"kind\":\"value\",\"numerator\":\"v\"},\"sources\":[{\"key\":\"v\",\"kind\":\"manual\","
        + "\"publisher\":\"K\",\"verified\":false}],\"aggregation\":\"sum\"}]}";
    assertThat(parse(String.format(base, "lower", "11.6")).get("a.b").direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThatThrownBy(() -> parse(String.format(base, "sideways", "11.6")))
        .hasMessageContaining("$.definitions[0](a.b).direction").hasMessageContaining("sideways");
    assertThatThrownBy(() -> parse(String.format(base, "higher", "11.99x")))
        .hasMessageContaining("$.definitions[0](a.b).targets[0].target");
  }

  @Test
  void formula_must_refer_to_a_declared_source() {
    assertThatThrownBy(() -> IndicatorDefinition.builder("a.b").target("1.2", LinkRole.PRIMARY)
        .formula(new Formula(FormulaKind.PER_CAPITA, "x", java.util.Optional.of("population"), 1, "x/pop"))
        .source(DataSource.ssb("x", "12241", "K", false)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("population");
  }

  /**
   * A value the JDK rejects (an unknown link role: {@code Enum.valueOf} says "No enum constant io.github…") and a
   * stream that fails: our own words in every language, the source and path named, never the JDK's text.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "EN, the value is not accepted, cannot read, the file system reported an input/output error",
      "NB, verdien godtas ikke, kan ikke lese, filsystemet meldte en inn-/utdatafeil",
      "NN, verdien vert ikkje godteken, kan ikkje lese, filsystemet melde ein inn-/utdatafeil"})
  void rejectedValuesAndReadFailuresInOurOwnWords(io.github.livskraft.sdg.Language language, String rejected,
      String cannotRead, String ioReason) {
    String json = "{\"format\":\"livskraft-indicators/1\",\"edition\":\"t\",\"definitions\":[{\"id\":\"a.b\","
        + "\"name\":{\"nb\":\"A\",\"en\":\"A\"},\"theme\":\"x\",\"unit\":{\"nb\":\"u\",\"en\":\"u\"},\"decimals\":0,"
        + "\"direction\":\"higher_is_better\",\"targets\":[{\"target\":\"11.6\",\"role\":\"bystander\"}],"
        + "\"formula\":{\"kind\":\"value\",\"numerator\":\"v\"},\"sources\":[{\"key\":\"v\",\"kind\":\"manual\","
        + "\"publisher\":\"K\",\"verified\":false}],\"aggregation\":\"sum\"}]}";
    IndicatorException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> parse(json),
        IndicatorException.class);
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.DEFINITION_FORMAT);
    assertThat(e.getMessage(language)).contains("test.json").contains("$.definitions[0](a.b).targets[0].role")
        .contains(rejected).doesNotContain("No enum constant").doesNotContain("io.github");
    InputStream broken = new InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("Input/output error (stale NFS handle)");
      }
    };
    IndicatorException r = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> IndicatorLibrary.load(broken, "defs.json"), IndicatorException.class);
    assertThat(r.getMessage(language)).contains("defs.json").contains(cannotRead).contains(ioReason)
        .doesNotContain("stale");
    assertThat(r.getCause()).hasMessageContaining("stale");
  }
}
