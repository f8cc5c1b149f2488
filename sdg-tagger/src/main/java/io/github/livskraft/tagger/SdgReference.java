package io.github.livskraft.tagger;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.util.Objects;
import java.util.Optional;

/**
 * An explicit reference to an SDG goal or target found in a text by {@link ExplicitReferenceFinder}: "FNs
 * bærekraftsmål 13", "delmål 16.7", "SDG 3". Immutable.
 *
 * @param goal the goal referred to
 * @param target the target, when the reference names one ("delmål 16.7", "SDG 11.6", "target 14.a")
 * @param start start offset (UTF-16) of the reference in the text: the cue word ("bærekraftsmål", "delmål",
 *     "SDG"), with a preceding "FNs"/"FN sine"/"UN"; for the second and later numbers of a list
 *     ("bærekraftsmål 9, 11 og 13") the number itself
 * @param end end offset (exclusive), after the code
 * @param text the reference as written, {@code text.substring(start, end)}
 * @param codeStart start offset of the code ("13", "16.7") inside the reference
 * @param codeEnd end offset (exclusive) of the code
 */
public record SdgReference(GoalCode goal, Optional<TargetCode> target, int start, int end, String text,
    int codeStart, int codeEnd) {
  /** Checks the arguments: the target lies under the goal and the spans nest. */
  public SdgReference {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(text, "text");
    if (target.isPresent() && !target.get().goal().equals(goal)) {
      throw new IllegalArgumentException("target " + target.get() + " is not under goal " + goal);
    }
    if (start < 0 || start > codeStart || codeStart >= codeEnd || codeEnd > end || text.length() != end - start) {
      throw new IllegalArgumentException("bad spans " + start + "–" + end + " (code " + codeStart + "–" + codeEnd
          + ") for '" + text + "'");
    }
  }

  /** Whether the reference names a target rather than a whole goal. */
  public boolean isTarget() {
    return target.isPresent();
  }

  /** The code referred to, as the catalogue writes it: {@code 13} or {@code 16.7}. */
  public String code() {
    return target.map(TargetCode::toString).orElseGet(goal::toString);
  }
}
