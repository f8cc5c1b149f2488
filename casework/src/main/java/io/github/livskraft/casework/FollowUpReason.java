package io.github.livskraft.casework;

import java.util.Objects;

/**
 * Why a case is said to follow up a plan element. Immutable.
 *
 * @param kind the kind of reason
 * @param detail what matched: the id or title, the shared targets or goals, the shared terms
 */
public record FollowUpReason(Kind kind, String detail) {
  /** Checks the arguments. */
  public FollowUpReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** The kinds of reason, strongest first. */
  public enum Kind {
    /** The case names the element's id. */
    MENTIONS_ID,
    /** The case quotes the element's title. */
    MENTIONS_TITLE,
    /** The element and the case share SDG targets. */
    SHARED_TARGETS,
    /** The element and the case share SDG goals (no shared target). */
    SHARED_GOALS,
    /** The element's title and description share distinctive terms with the case. */
    SHARED_TERMS
  }
}
