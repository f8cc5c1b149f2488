package io.github.livskraft.plan;

import java.util.List;
import java.util.Optional;

/** Null handling for the records (JSON readers pass {@code null} for absent properties). */
final class Checks {
  private Checks() {}

  static <T> T required(T value, String property) {
    if (value == null) {
      throw new PlanArgumentException(PlanErrorCode.MISSING_PROPERTY, property);
    }
    return value;
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static <T> Optional<T> opt(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
