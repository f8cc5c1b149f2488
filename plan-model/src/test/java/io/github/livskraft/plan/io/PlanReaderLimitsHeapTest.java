package io.github.livskraft.plan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.plan.PlanParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17: a plan file just inside {@link PlanReader}'s default limits is read in a 256 MB heap, YAML and JSON
 * alike; one byte, character or digit more is refused with {@code PLAN-P006} naming the limit. Runs in the forked
 * {@code heap-256m} surefire execution ({@code -Xmx256m}); the small-limit edges are in
 * {@code PlanReaderHostileInputTest}.
 */
@Tag("heap256")
class PlanReaderLimitsHeapTest {
  private static final PlanReader DEFAULT = PlanReader.create();

  private static final String YAML_HEAD = "formatVersion: \"1.0\"\nplans:\n  - id: p1\n    kind: SOCIAL_ELEMENT\n"
      + "    title: T\n    status: ADOPTED\n    owners:\n";
  private static final String JSON_HEAD = "{\"formatVersion\":\"1.0\",\"plans\":[{\"id\":\"p1\",\"kind\":"
      + "\"SOCIAL_ELEMENT\",\"title\":\"T\",\"status\":\"ADOPTED\",\"owners\":[";

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The densest plan: one plan whose owners are small objects, {@code values} objects, arrays and scalars in all
   * (9 for the document and plan, 3 for each owner, 1 or 2 more for a {@code members} list of the last owner).
   */
  private static String dense(PlanFormat format, int values) {
    int owners = (values - 9) / 3;
    int rest = (values - 9) % 3;
    String members = rest == 0 ? "" : rest == 1 ? ", members: []" : ", members: [\"3303\"]";
    StringBuilder sb = new StringBuilder(values * 12);
    if (format == PlanFormat.YAML) {
      sb.append(YAML_HEAD);
      for (int i = 0; i < owners; i++) {
        sb.append("      - {kind: REGION, name: K").append(i == owners - 1 ? members : "").append("}\n");
      }
    } else {
      sb.append(JSON_HEAD);
      for (int i = 0; i < owners; i++) {
        sb.append(i == 0 ? "" : ",").append("{\"kind\":\"REGION\",\"name\":\"K\"")
            .append(i == owners - 1 ? members.replace(", members:", ",\"members\":") : "").append('}');
      }
      sb.append("]}]}");
    }
    return sb.toString();
  }

  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void maxValuesAtTheDefaultWithTheDensestContent(PlanFormat format) {
    int max = PlanReader.DEFAULT_MAX_VALUES;
    int owners = DEFAULT.read("dense", dense(format, max), format).document().plans().get(0).owners().size();
    assertThat(owners).isEqualTo((max - 9) / 3);
    assertThatThrownBy(() -> DEFAULT.read("dense", dense(format, max + 1), format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("value number " + (max + 1)).contains("maxValues = " + max);
          assertThat(e.location().line()).isGreaterThan(format == PlanFormat.YAML ? 100_000 : 0);
        });
  }

  /**
   * Exactly {@code maxBytes}: 17 plans with a description of 900 000 characters each (YAML as block scalars),
   * filled up with blank lines. One byte more is refused before parsing.
   */
  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void maxBytesAtTheDefault(PlanFormat format) {
    int max = PlanReader.DEFAULT_MAX_BYTES;
    StringBuilder d = new StringBuilder(900_000);
    while (d.length() < 900_000) {
      d.append(d.length() % 80 == 79 && d.length() < 899_999 ? '\n' : 'x');
    }
    String description = d.toString();
    StringBuilder sb = new StringBuilder(max + 1);
    sb.append(format == PlanFormat.YAML ? "formatVersion: \"1.0\"\nplans:\n" : "{\"formatVersion\":\"1.0\",\"plans\":[");
    for (int i = 0; i < 17; i++) {
      if (format == PlanFormat.YAML) {
        sb.append("  - id: p").append(i).append("\n    kind: SOCIAL_ELEMENT\n    title: T\n    status: ADOPTED\n")
            .append("    description: |-\n      ").append(description.replace("\n", "\n      ")).append('\n');
      } else {
        sb.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i).append("\",\"kind\":\"SOCIAL_ELEMENT\",")
            .append("\"title\":\"T\",\"status\":\"ADOPTED\",\"description\":\"")
            .append(description.replace("\n", "\\n")).append("\"}");
      }
    }
    sb.append(format == PlanFormat.YAML ? "" : "]}");
    assertThat(sb.length()).isLessThan(max);
    sb.append("\n".repeat(max - sb.length()));
    String text = sb.toString();
    assertThat(utf8(text)).isEqualTo(max);
    var plans = DEFAULT.read("big", text, format).document().plans();
    assertThat(plans).hasSize(17);
    assertThat(plans.get(16).description()).contains(description);
    String over = text + "\n";
    assertThatThrownBy(() -> DEFAULT.read("big", over, format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxBytes").contains(String.valueOf(max));
        });
  }

  /** A title of exactly {@code maxStringLength} characters (YAML as a block scalar, scanned in linear time). */
  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void maxStringLengthAtTheDefault(PlanFormat format) {
    int max = PlanReader.DEFAULT_MAX_STRING_LENGTH;
    assertThat(titleOf(format, max)).hasSize(max);
    assertThatThrownBy(() -> titleOf(format, max + 1))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxStringLength").contains(String.valueOf(max));
        });
  }

  private static String titleOf(PlanFormat format, int length) {
    StringBuilder v = new StringBuilder(length);
    while (v.length() < length) {
      v.append(v.length() % 80 == 79 && v.length() < length - 1 ? '\n' : 'ø');
    }
    String value = v.toString();
    String text;
    if (format == PlanFormat.YAML) {
      text = "formatVersion: \"1.0\"\nplans:\n  - id: p1\n    kind: SOCIAL_ELEMENT\n    title: |-\n"
          + ("      " + value.replace("\n", "\n      ")) + "\n    status: ADOPTED\n";
    } else {
      text = JSON_HEAD.replace("\"T\"", "\"" + value.replace("\n", "\\n") + "\"").replace(",\"owners\":[", "")
          + "}]}";
    }
    String title = DEFAULT.read("long", text, format).document().plans().get(0).title();
    assertThat(title).isEqualTo(value);
    return title;
  }

  /** A number of {@code maxNumberLength} digits with an exponent of {@code maxNumberExponent}. */
  @ParameterizedTest
  @EnumSource(PlanFormat.class)
  void numberLimitsAtTheDefault(PlanFormat format) {
    int digits = PlanReader.DEFAULT_MAX_NUMBER_LENGTH;
    int exp = PlanReader.DEFAULT_MAX_NUMBER_EXPONENT;
    String ok = "1." + "0".repeat(digits - 7) + "e+" + exp; // exactly maxNumberLength characters
    assertThat(ok).hasSize(digits);
    assertThat(amount(format, ok)).isNotNull();
    assertThatThrownBy(() -> amount(format, "1." + "0".repeat(digits - 6) + "e+" + exp))
        .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.detail()).contains("maxNumberLength"));
    assertThatThrownBy(() -> amount(format, "1.0e+" + (exp + 1)))
        .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.detail()).contains("maxNumberExponent"));
  }

  private static Object amount(PlanFormat format, String number) {
    String text = format == PlanFormat.YAML
        ? "formatVersion: \"1.0\"\nplans:\n  - id: p1\n    kind: SOCIAL_ELEMENT\n    title: T\n    status: ADOPTED\n"
            + "    elements:\n      - id: e1\n        kind: MEASURE\n        title: T\n        measure:\n"
            + "          cost:\n            amount: " + number + "\n            currency: NOK\n"
        : JSON_HEAD.replace(",\"owners\":[", ",\"elements\":[{\"id\":\"e1\",\"kind\":\"MEASURE\",\"title\":\"T\","
            + "\"measure\":{\"cost\":{\"amount\":" + number + ",\"currency\":\"NOK\"}}}]") + "}]}";
    return DEFAULT.read("n", text, format).document().plans().get(0).elements().get(0);
  }

  private static final String YAML_PLAN = "formatVersion: \"1.0\"\nplans:\n  - id: p1\n    kind: SOCIAL_ELEMENT\n"
      + "    title: T\n    status: ADOPTED\n";
  private static final String JSON_PLAN = "{\"formatVersion\":\"1.0\",\"plans\":[{\"id\":\"p1\",\"kind\":"
      + "\"SOCIAL_ELEMENT\",\"title\":\"T\",\"status\":\"ADOPTED\",";

  /**
   * A plan whose extra field {@code extra} holds values nested to a total depth of {@code depth} (the document is
   * 1, {@code plans} 2, the plan 3): lists of lists, or objects of objects ({@code a: {a: …}}, in YAML as block
   * mappings, one level per line). Returns the text and the line and column of the deepest opening.
   */
  private static Object[] deep(PlanFormat format, boolean lists, int depth) {
    int k = depth - 3;
    if (format == PlanFormat.JSON) {
      String open = lists ? "[" : "{\"a\":";
      String inner = lists ? "" : "1";
      String close = lists ? "]" : "}";
      String prefix = JSON_PLAN + "\"extra\":";
      String text = prefix + open.repeat(k) + inner + close.repeat(k) + "}]}";
      return new Object[] {text, 1, prefix.length() + (k - 1) * open.length() + 1};
    }
    if (lists) {
      String prefix = "    extra: ";
      return new Object[] {YAML_PLAN + prefix + "[".repeat(k) + "]".repeat(k) + "\n", 7, prefix.length() + k};
    }
    StringBuilder sb = new StringBuilder(YAML_PLAN).append("    extra:\n");
    for (int level = 1; level < k; level++) {
      sb.append("  ".repeat(level + 2)).append("a:\n");
    }
    sb.append("  ".repeat(k + 2)).append("a: 1\n");
    // the deepest mapping starts with its first key, on the last line
    return new Object[] {sb.toString(), 7 + k, 2 * (k + 2) + 1};
  }

  /**
   * {@code maxNesting} at the default (64), YAML and JSON alike, for nesting in any value: at depth 64 the reader
   * gets past the nesting check (and refuses the unknown field {@code extra} with {@code PLAN-P002}); at depth 65 it
   * is refused with {@code PLAN-P006} naming {@code maxNesting} at the line and column of the 65th opening.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"YAML, true", "YAML, false", "JSON, true", "JSON, false"})
  void maxNestingAtTheDefaultInAnyValue(PlanFormat format, boolean lists) {
    int max = PlanReader.DEFAULT_MAX_NESTING;
    Object[] at = deep(format, lists, max);
    assertThatThrownBy(() -> DEFAULT.read("deep", (String) at[0], format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).as(e.getMessage()).isEqualTo("PLAN-P002");
          assertThat(e.getMessage()).contains("extra");
        });
    Object[] over = deep(format, lists, max + 1);
    assertThatThrownBy(() -> DEFAULT.read("deep", (String) over[0], format))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).as(e.getMessage()).isEqualTo("PLAN-P006");
          assertThat(e.detail()).contains("maxNesting").contains("64").contains("65");
          assertThat(e.location().line()).as(e.getMessage()).isEqualTo(over[1]);
          assertThat(e.location().column()).as(e.getMessage()).isEqualTo(over[2]);
        });
  }
}
