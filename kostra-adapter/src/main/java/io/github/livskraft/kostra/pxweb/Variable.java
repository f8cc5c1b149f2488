package io.github.livskraft.kostra.pxweb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One variable (dimension) of a statbank table, as metadata describes it.
 *
 * @param code the variable code, e.g. {@code KOKkommuneregion0000}, {@code ContentsCode}, {@code Tid}
 * @param label the label
 * @param values the values in metadata order
 * @param time whether this is the time variable
 * @param eliminable whether the variable may be left out of a query
 * @param eliminationValue the code used when it is left out, if any
 * @param codelists codelists the table offers for this variable (v2 only)
 * @param units the unit of each value that has one (contents variables; v2 metadata or data only)
 */
public record Variable(String code, String label, List<Value> values, boolean time, boolean eliminable,
    Optional<String> eliminationValue, List<CodelistRef> codelists, Map<String, Unit> units) {

  /**
   * A value of a variable.
   *
   * @param code the code as published
   * @param label the label
   */
  public record Value(String code, String label) {
    /** Validates. */
    public Value {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * The unit of one contents value.
   *
   * @param base the unit text, e.g. {@code kr}, {@code prosent}, {@code antall}
   * @param decimals the number of decimals SSB publishes, if given
   */
  public record Unit(String base, OptionalInt decimals) {
    /** Validates. */
    public Unit {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(decimals, "decimals");
    }
  }

  /** Copies. */
  public Variable {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    values = List.copyOf(values);
    Objects.requireNonNull(eliminationValue, "eliminationValue");
    codelists = List.copyOf(codelists);
    units = Map.copyOf(new LinkedHashMap<>(units));
  }

  /** @return the value codes in metadata order */
  public List<String> codes() {
    return values.stream().map(Value::code).toList();
  }

  /** @return the number of values */
  public int size() {
    return values.size();
  }

  /**
   * Finds a value by code: exact first, then case-insensitive (v2 is case-insensitive).
   *
   * @param code the code
   * @return the value
   */
  public Optional<Value> findValue(String code) {
    for (Value v : values) {
      if (v.code().equals(code)) {
        return Optional.of(v);
      }
    }
    String lower = code.toLowerCase(Locale.ROOT);
    return values.stream().filter(v -> v.code().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  /**
   * Finds a codelist by id (case-sensitive, as SSB's are).
   *
   * @param id the id
   * @return the codelist reference
   */
  public Optional<CodelistRef> findCodelist(String id) {
    return codelists.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** @return whether this looks like the contents variable ({@code ContentsCode}) */
  public boolean isContents() {
    return "contentscode".equals(code.toLowerCase(Locale.ROOT));
  }
}
