package io.github.livskraft.jsonstat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One cell of a cube with its coordinates: the flat index, one category code and label per dimension (in
 * dimension order), the numeric value (empty when null or a string), the string value (for string cubes) and the
 * status symbol (e.g. {@code ":"} = suppressed, {@code "."} = not applicable, {@code ".."} = missing).
 *
 * @param index the flat (row-major) cell index
 * @param codes category codes, one per dimension
 * @param labels category labels, one per dimension
 * @param value the numeric value, empty for a null or string cell
 * @param text the string value, for string cells
 * @param status the status symbol, if any
 */
public record JsonStatCell(int index, List<String> codes, List<String> labels, OptionalDouble value,
    Optional<String> text, Optional<String> status) {

  /** Copies the lists and checks for nulls. */
  public JsonStatCell {
    codes = List.copyOf(codes);
    labels = List.copyOf(labels);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the cell holds neither a number nor a string. */
  public boolean isNull() {
    return value.isEmpty() && text.isEmpty();
  }
}
