package io.github.livskraft.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who decided on a goal line, when, and why. Immutable.
 *
 * @param by the case officer (name or user id)
 * @param at when
 * @param justification an optional justification (begrunnelse)
 */
public record Decision(String by, Instant at, Optional<String> justification) {
  /** Checks the arguments. */
  public Decision {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(justification, "justification");
    if (by.isBlank()) {
      throw new CaseworkException(CaseErrorCode.INVALID_FIELD, null, "decision.by", by,
          CaseErrorCode.text("expected.officer"));
    }
    justification = justification.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * A decision made now.
   *
   * @param by the case officer
   * @param clock the clock (inject a fixed clock in tests)
   * @param justification the justification, or empty
   * @return the decision
   */
  public static Decision now(String by, Clock clock, Optional<String> justification) {
    return new Decision(by, clock.instant(), justification);
  }
}
