package io.github.livskraft.jsonstat;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The unit of measure of one metric category ({@code dimension.X.category.unit.CODE}): every property is optional
 * in JSON-stat 2.0. SSB sends {@code {"base": "kr", "decimals": 0}} where {@code base} is the unit text
 * (enhet), e.g. "antall", "prosent", "1000 kr".
 *
 * @param label the unit label, e.g. "%"
 * @param decimals the number of decimals to show (desimaler)
 * @param symbol a symbol such as "$"
 * @param position where the symbol goes
 * @param base the base unit, e.g. "kr" or "per cent"
 * @param type the unit type, e.g. "count" or "ratio"
 * @param multiplier the power of ten the values are expressed in (3 = thousands)
 */
public record JsonStatUnit(Optional<String> label, OptionalInt decimals, Optional<String> symbol,
    Optional<Position> position, Optional<String> base, Optional<String> type, OptionalInt multiplier) {

  /** Where a unit symbol is written relative to the number. */
  public enum Position {
    /** Before the number ({@code "start"}). */
    START,
    /** After the number ({@code "end"}). */
    END;

    /** The JSON-stat spelling ({@code "start"} or {@code "end"}). */
    public String jsonName() {
      return this == START ? "start" : "end";
    }
  }

  /** Checks that no component is null. */
  public JsonStatUnit {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(decimals, "decimals");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(multiplier, "multiplier");
  }

  /**
   * A unit with only a base and decimals, as SSB publishes it.
   *
   * @param base the unit text, e.g. "kr"
   * @param decimals the decimals to show
   * @return the unit
   */
  public static JsonStatUnit of(String base, int decimals) {
    return new JsonStatUnit(Optional.empty(), OptionalInt.of(decimals), Optional.empty(), Optional.empty(),
        Optional.of(base), Optional.empty(), OptionalInt.empty());
  }
}
