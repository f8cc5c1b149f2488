package io.github.livskraft.plan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 17: a value is read as written or refused with a located error; every limit tested at its edge. */
class PlanReaderHostileInputTest {
  private final PlanReader reader = PlanReader.create();

  private static String plan(String extra) {
    return "formatVersion: \"1.0\"\nplans:\n  - id: p1\n    kind: SOCIAL_ELEMENT\n    title: Tittel\n"
        + "    status: ADOPTED\n" + extra;
  }

  private static String json(String title) {
    return "{\"formatVersion\":\"1.0\",\"plans\":[{\"id\":\"p1\",\"kind\":\"SOCIAL_ELEMENT\",\"title\":" + title
        + ",\"status\":\"ADOPTED\"}]}";
  }

  @Test
  void aYamlAliasIsRefusedWithItsLocationNotReadAsTheAnchorName() {
    String text = "formatVersion: \"1.0\"\nplans:\n  - id: &a p1\n    kind: SOCIAL_ELEMENT\n    title: *a\n"
        + "    status: ADOPTED\n";
    assertThatThrownBy(() -> reader.read("a.yaml", text, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P007");
          assertThat(e.location().line()).isEqualTo(5);
          assertThat(e.detail()).contains("alias");
        });
  }

  @Test
  void aYamlIntegerIsNotADate() {
    String text = plan("    milestones:\n      - id: m1\n        title: M\n        date: 20240620\n");
    assertThatThrownBy(() -> reader.read("d.yaml", text, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P003");
          assertThat(e.path()).isEqualTo("$.plans[0].milestones[0].date");
          assertThat(e.location().line()).isEqualTo(10);
        });
    String ok = plan("    milestones:\n      - id: m1\n        title: M\n        date: 2024-06-20\n");
    assertThat(reader.read("d.yaml", ok, PlanFormat.YAML).document().plans().get(0).milestones().get(0).date())
        .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-06-20"));
  }

  @Test
  void aJsonIntegerIsNotADateEither() {
    String text = "{\"formatVersion\":\"1.0\",\"plans\":[{\"id\":\"p1\",\"kind\":\"SOCIAL_ELEMENT\",\"title\":\"T\","
        + "\"status\":\"ADOPTED\",\"milestones\":[{\"id\":\"m1\",\"title\":\"M\",\"date\":19894}]}]}";
    assertThatThrownBy(() -> reader.read("d.json", text, PlanFormat.JSON))
        .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.code()).isEqualTo("PLAN-P003"));
  }

  @Test
  void duplicateKeysAreRefusedInYaml() {
    String text = plan("    title: Andre tittel\n");
    assertThatThrownBy(() -> reader.read("dup.yaml", text, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P008");
          assertThat(e.detail()).contains("title");
          assertThat(e.location().line()).isEqualTo(7);
        });
  }

  @Test
  void duplicateKeysAreRefusedInJson() {
    String text = json("\"A\",\"title\":\"B\"");
    assertThatThrownBy(() -> reader.read("dup.json", text, PlanFormat.JSON))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P008");
          assertThat(e.detail()).contains("title");
        });
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"YAML,0", "YAML,1", "YAML,2", "YAML,3", "JSON,0", "JSON,1",
      "JSON,2", "JSON,3"})
  void textRoundTripsByteFaithfully(PlanFormat format, int which) {
    String title = new String[] {"a\u0085b", "Linje\u0085neste linje og mer tekst",
        "a\u0085b\u2028c\u2029d\te\u00a0f\uFEFFg \"h' \\i #j: k", "\u0085"}[which];
    PlanDocument doc = reader.read("t.yaml", plan(""), PlanFormat.YAML).document();
    Plan p = doc.plans().get(0);
    PlanDocument changed = PlanDocument.of(List.of(p.toBuilder().description(title).build()));
    String written = PlanWriter.create().write(changed, format);
    assertThat(reader.read("t", written, format).document().plans().get(0).description()).hasValue(title);
  }

  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void aNumberWithAHugeExponentIsRefusedAtReadTime(PlanFormat format) {
    String big = "1.0e+999999999";
    String text = format == PlanFormat.YAML
        ? plan("    elements:\n      - id: e1\n        kind: MEASURE\n        title: T\n"
            + "        measure:\n          cost:\n            amount: " + big + "\n            currency: NOK\n")
        : null;
    if (text == null) {
      return;
    }
    assertThatThrownBy(() -> reader.read("n.yaml", text, format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxNumberExponent");
        });
  }

  @Test
  void numberExponentLimitAtTheEdge() {
    PlanReader r = PlanReader.builder().maxNumberExponent(20).build();
    String under = json("\"T\"").replace("\"status\"", "\"validity\":{\"from\":2020,\"to\":2030},\"status\"");
    assertThat(r.read("u.json", under, PlanFormat.JSON).document().plans()).hasSize(1);
    assertThat(PlanReader.checkNumber(new java.math.BigDecimal("1e20"), 20)).isTrue();
    assertThat(PlanReader.checkNumber(new java.math.BigDecimal("1e21"), 20)).isFalse();
    assertThat(PlanReader.checkNumber(new java.math.BigDecimal("1e-20"), 20)).isTrue();
    assertThat(PlanReader.checkNumber(new java.math.BigDecimal("1e-21"), 20)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void byteLimitJustUnderAndJustOver(PlanFormat format) {
    String text = format == PlanFormat.YAML ? plan("") : json("\"T\"");
    int size = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertThat(PlanReader.builder().maxBytes(size).build().read("x", text, format).document().plans()).hasSize(1);
    assertThatThrownBy(() -> PlanReader.builder().maxBytes(size - 1).build().read("x", text, format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxBytes").contains("PlanReader.builder()");
        });
  }

  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void stringLengthLimitJustUnderAndJustOver(PlanFormat format) {
    String title = "x".repeat(200);
    String text = format == PlanFormat.YAML ? plan("").replace("Tittel", title) : json("\"" + title + "\"");
    assertThat(PlanReader.builder().maxStringLength(200).build().read("x", text, format).document().plans())
        .hasSize(1);
    assertThatThrownBy(() -> PlanReader.builder().maxStringLength(199).build().read("x", text, format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxStringLength");
        });
  }

  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void nestingLimitJustUnderAndJustOver(PlanFormat format) {
    // document, plans, plans[0], owners, owners[0]: depth 5 in both formats
    String text = format == PlanFormat.YAML ? plan("    owners:\n      - kind: MUNICIPALITY\n        name: K\n")
        : json("\"T\",\"owners\":[{\"kind\":\"MUNICIPALITY\",\"name\":\"K\"}]");
    assertThat(PlanReader.builder().maxNesting(5).build().read("x", text, format).document().plans()).hasSize(1);
    assertThatThrownBy(() -> PlanReader.builder().maxNesting(4).build().read("x", text, format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxNesting");
        });
  }

  @Test
  void aYamlPlanOverTheDefaultSaysWhichLimitAndHowToRaiseIt() {
    String text = plan("").replace("Tittel", "y".repeat(PlanReader.DEFAULT_MAX_BYTES));
    assertThatThrownBy(() -> reader.read("big.yaml", text, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxBytes").contains(String.valueOf(PlanReader.DEFAULT_MAX_BYTES));
        });
  }

  /**
   * SnakeYAML scans one long line in quadratic time (1, 2, 4 MB single-line scalars took about 2, 2 and 4–5 s
   * here, 16 MB about 100 s). A line that cannot hold a string within maxStringLength is refused by a linear
   * pre-scan before the scanner starts: on the old code this input was scanned in full and then refused for the
   * string, without the line number in the message.
   */
  @Test
  void aYamlLineLongerThanMaxStringLengthPlusSlackIsRefusedBeforeTheScanner() {
    String prefix = "    title: ";
    int under = 200 + PlanReader.YAML_LINE_SLACK; // the longest line accepted with maxStringLength 200
    String ok = plan("").replace("    title: Tittel", prefix + "\"" + "x".repeat(200) + "\""
        + " ".repeat(under - prefix.length() - 202));
    assertThat(PlanReader.builder().maxStringLength(200).build().read("x", ok, PlanFormat.YAML).document().plans())
        .hasSize(1);
    String over = ok.replace("\"x", " \"x");
    assertThatThrownBy(() -> PlanReader.builder().maxStringLength(200).build().read("x.yaml", over, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.location().line()).isEqualTo(5);
          assertThat(e.detail()).contains("line 5 has " + (under + 1) + " characters").contains("maxStringLength");
        });
  }

  @Test
  void aSixteenMegabyteYamlScalarIsRefusedWithoutScanningIt() {
    // under maxBytes (16 MiB), one line of 16,000,000 characters: refused by the pre-scan, never scanned
    String text = plan("").replace("Tittel", "y".repeat(16_000_000));
    assertThatThrownBy(() -> reader.read("big.yaml", text, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("line 5 has 16000011 characters").contains("one YAML line");
        });
    // the same text as a block scalar over many lines is scanned in linear time and refused for the string
    String block = plan("").replace("title: Tittel", "title: |\n" + ("      " + "y".repeat(74) + "\n")
        .repeat(20_000));
    assertThatThrownBy(() -> reader.read("block.yaml", block, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.detail()).contains("maxStringLength")
            .doesNotContain("one YAML line"));
  }
}
