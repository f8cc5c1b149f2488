package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.KostraArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What to select from one variable: explicit codes, wildcard patterns, {@code top}/{@code bottom}, {@code from},
 * {@code to} or {@code range}, optionally through a codelist ({@code agg_…}/{@code vs_…}).
 *
 * <pre>{@code
 * Selection.codes("KOKkommuneregion0000", "3303", "4005")
 * Selection.top("Tid", 5)
 * Selection.range("Tid", "2015", "2024")
 * Selection.codes("Region", "K-3303").withCodelist("agg_KommSummer")
 * Selection.parse("Tid", "from(2015)")
 * }</pre>
 *
 * @param variable the variable code
 * @param kind the kind of selection
 * @param values codes, patterns or the arguments of the expression
 * @param codelist the codelist to select through, if any
 */
public record Selection(String variable, Kind kind, List<String> values, Optional<String> codelist) {

  /** Kinds of selection, as in PxWebApi v2's selection expressions. */
  public enum Kind {
    /** Explicit codes. */
    CODES,
    /** Wildcard patterns: {@code *} any run of characters, {@code ?} one character. */
    PATTERN,
    /** The newest (time) or first N values, optionally after an offset. */
    TOP,
    /** The oldest (time) or last N values, optionally after an offset. */
    BOTTOM,
    /** From a value on, inclusive, in metadata order. */
    FROM,
    /** Up to a value, inclusive. */
    TO,
    /** Between two values, inclusive. */
    RANGE
  }

  /** Validates. */
  public Selection {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    Objects.requireNonNull(codelist, "codelist");
    if (variable.isBlank()) {
      throw new KostraArgumentException("blank-variable");
    }
    int expected = switch (kind) {
      case FROM, TO -> 1;
      case RANGE -> 2;
      default -> -1;
    };
    if (expected > 0 && values.size() != expected) {
      throw new KostraArgumentException("arity", kind.name().toLowerCase(java.util.Locale.ROOT), expected,
          String.join(", ", values));
    }
    if ((kind == Kind.TOP || kind == Kind.BOTTOM)) {
      if (values.isEmpty() || values.size() > 2) {
        throw new KostraArgumentException("top-arity", kind.name().toLowerCase(java.util.Locale.ROOT),
            String.join(", ", values));
      }
      for (String v : values) {
        if (!v.matches("\\d+")) {
          throw new KostraArgumentException("whole-number", kind.name().toLowerCase(java.util.Locale.ROOT), v);
        }
      }
    }
    if ((kind == Kind.CODES || kind == Kind.PATTERN) && values.isEmpty()) {
      throw new KostraArgumentException("no-values", variable);
    }
  }

  /**
   * Explicit codes.
   *
   * @param variable the variable code
   * @param codes the codes
   * @return the selection
   */
  public static Selection codes(String variable, String... codes) {
    return new Selection(variable, Kind.CODES, Arrays.asList(codes), Optional.empty());
  }

  /**
   * Explicit codes.
   *
   * @param variable the variable code
   * @param codes the codes
   * @return the selection
   */
  public static Selection codes(String variable, List<String> codes) {
    return new Selection(variable, Kind.CODES, codes, Optional.empty());
  }

  /**
   * Every value.
   *
   * @param variable the variable code
   * @return the selection
   */
  public static Selection all(String variable) {
    return new Selection(variable, Kind.PATTERN, List.of("*"), Optional.empty());
  }

  /**
   * The newest N periods (time) or the first N values.
   *
   * @param variable the variable code
   * @param n how many
   * @return the selection
   */
  public static Selection top(String variable, int n) {
    return new Selection(variable, Kind.TOP, List.of(Integer.toString(n)), Optional.empty());
  }

  /**
   * From a value on, inclusive.
   *
   * @param variable the variable code
   * @param first the first code
   * @return the selection
   */
  public static Selection from(String variable, String first) {
    return new Selection(variable, Kind.FROM, List.of(first), Optional.empty());
  }

  /**
   * Between two values, inclusive.
   *
   * @param variable the variable code
   * @param first the first code
   * @param last the last code
   * @return the selection
   */
  public static Selection range(String variable, String first, String last) {
    return new Selection(variable, Kind.RANGE, List.of(first, last), Optional.empty());
  }

  /**
   * The same selection through a codelist.
   *
   * @param codelistId e.g. {@code agg_KommSummer}
   * @return a new selection
   */
  public Selection withCodelist(String codelistId) {
    return new Selection(variable, kind, values, Optional.of(codelistId));
  }

  /**
   * Parses what a user types: {@code *}, {@code 30*}, {@code top(5)}, {@code top(5,1)}, {@code bottom(2)},
   * {@code from(2015)}, {@code to(2020)}, {@code range(2015,2024)}, {@code 2015..2024}, or codes separated by
   * commas ({@code 3303,4005}).
   *
   * @param variable the variable code
   * @param text the text
   * @return the selection
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static Selection parse(String variable, String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    for (Kind k : new Kind[] {Kind.TOP, Kind.BOTTOM, Kind.FROM, Kind.TO, Kind.RANGE}) {
      String name = k.name().toLowerCase(Locale.ROOT) + "(";
      if (lower.startsWith(name)) {
        if (!t.endsWith(")")) {
          throw new KostraArgumentException("unclosed", text, variable, name);
        }
        List<String> args = splitList(t.substring(name.length(), t.length() - 1));
        return new Selection(variable, k, args, Optional.empty());
      }
    }
    int dots = t.indexOf("..");
    if (dots > 0 && dots == t.lastIndexOf("..") && !t.contains(",")) {
      return range(variable, t.substring(0, dots).strip(), t.substring(dots + 2).strip());
    }
    List<String> codes = splitList(t);
    if (codes.isEmpty()) {
      throw new KostraArgumentException("empty", variable);
    }
    boolean pattern = codes.stream().anyMatch(c -> c.indexOf('*') >= 0 || c.indexOf('?') >= 0);
    return new Selection(variable, pattern ? Kind.PATTERN : Kind.CODES, codes, Optional.empty());
  }

  private static List<String> splitList(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split(",")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  /**
   * The selection as v2 {@code valueCodes} entries ({@code top(5)}, {@code range(2015,2024)}, codes).
   *
   * @return the expressions
   */
  public List<String> v2Expressions() {
    return switch (kind) {
      case CODES, PATTERN -> values;
      default -> List.of(kind.name().toLowerCase(Locale.ROOT) + "(" + String.join(",", values) + ")");
    };
  }

  @Override
  public String toString() {
    return variable + "=" + String.join(",", v2Expressions()) + codelist.map(c -> " via " + c).orElse("");
  }
}
