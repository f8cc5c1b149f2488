package io.github.livskraft.casework;

import java.util.List;
import java.util.Objects;

/**
 * A suggested impact on a goal from Norwegian and English cues near the goal's evidence. It is a suggestion with its
 * evidence, never a decision: the case officer confirms or sets the impact ({@link GoalLine#impact()}).
 *
 * @param impact the suggested direction
 * @param cues the cue spans that led to it (empty for {@link Impact#UNCLEAR} without cues)
 */
public record ImpactSuggestion(Impact impact, List<Evidence> cues) {
  /** Copies the list. */
  public ImpactSuggestion {
    Objects.requireNonNull(impact, "impact");
    cues = List.copyOf(cues);
  }

  /** An unclear suggestion without cues. */
  public static ImpactSuggestion unclear() {
    return new ImpactSuggestion(Impact.UNCLEAR, List.of());
  }
}
