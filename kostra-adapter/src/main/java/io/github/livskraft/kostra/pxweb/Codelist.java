package io.github.livskraft.kostra.pxweb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A codelist from v2 {@code GET /codelists/{id}}: its values and, for each, the table codes it stands for
 * ({@code valueMap}). For {@code agg_KommSummer}, {@code K-3303} maps to every code Kongsberg has had.
 *
 * @param id the id
 * @param label the label
 * @param type {@code Aggregation} or {@code Valueset}
 * @param values the values in order
 */
public record Codelist(String id, String label, String type, List<Value> values) {

  /**
   * One codelist value.
   *
   * @param code the code, e.g. {@code K-3303}
   * @param label the label
   * @param valueMap the table codes it covers
   */
  public record Value(String code, String label, List<String> valueMap) {
    /** Copies. */
    public Value {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(label, "label");
      valueMap = List.copyOf(valueMap);
    }
  }

  /** Copies. */
  public Codelist {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    values = List.copyOf(values);
  }

  /**
   * Finds a value by code (case-sensitive).
   *
   * @param code the code
   * @return the value
   */
  public Optional<Value> findValue(String code) {
    return values.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** @return the codes in order */
  public List<String> codes() {
    return values.stream().map(Value::code).toList();
  }
}
