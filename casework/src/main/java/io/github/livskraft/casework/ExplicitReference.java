package io.github.livskraft.casework;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.util.Objects;
import java.util.Optional;

/**
 * An explicit reference to an SDG goal or target in the case text, found exactly ("bærekraftsmål nr. 5",
 * "FNs bærekraftsmål 13", "delmål 16.7", "mål 11.2", "SDG 3", "berekraftsmål 4"). Immutable.
 *
 * @param goal the goal referred to
 * @param target the target, when the reference names one
 * @param start start offset of the whole reference in the text
 * @param end end offset (exclusive)
 * @param text the reference as written
 * @param part the part it stands in
 */
public record ExplicitReference(GoalCode goal, Optional<TargetCode> target, int start, int end, String text,
    PartKind part) {
  /** Checks the arguments. */
  public ExplicitReference {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(part, "part");
    if (target.isPresent() && !target.get().goal().equals(goal)) {
      throw new IllegalArgumentException("target " + target.get() + " is not under goal " + goal);
    }
  }
}
