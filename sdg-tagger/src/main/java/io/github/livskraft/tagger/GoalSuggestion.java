package io.github.livskraft.tagger;

import io.github.livskraft.sdg.GoalCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A suggested goal (foreslått bærekraftsmål) with its score and the rules that fired for it (goal-level rules, the
 * rules of its targets and explicit references such as "bærekraftsmål nr. 5").
 *
 * @param goal the goal
 * @param score the sum of the rules' contributions
 * @param primary whether this is a main goal of the text (hovedmål): named explicitly, or scoring at least half of
 *     the best goal's score; otherwise the goal is a secondary (incidental) mention
 * @param matches the rules that fired, highest contribution first
 * @param evidence how much evidence the suggestion rests on, and where it stands among the text's goals; {@link
 *     #confidence()} is the share of such suggestions that were right on unseen Norwegian text
 */
public record GoalSuggestion(GoalCode goal, double score, boolean primary, List<RuleMatch> matches,
    Evidence evidence) {
  /** Copies the list. */
  public GoalSuggestion {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(evidence, "evidence");
    matches = List.copyOf(matches);
  }

  /**
   * How often suggestions with this much evidence were right on Norwegian text the rules had not seen (0–1), e.g.
   * 0.89 for a goal with several pieces of evidence that is the only goal of its text, 0.41 for one word of evidence
   * below the text's best goal; see {@link Evidence}.
   *
   * @return {@code evidence().confidence()}
   */
  public double confidence() {
    return evidence.confidence();
  }

  /** Whether the text names this goal or one of its targets explicitly ("SDG 3", "delmål 16.7"). */
  public boolean explicit() {
    return matches.stream().anyMatch(RuleMatch::explicit);
  }

  /**
   * Why the goal was suggested, in English: the matched words and the rule behind each, e.g.
   * {@code SDG 13 (main goal, score 2.25): "halvere", "klimagassutsleppa" (rule nn.13.2.klimaplan, target 13.2,
   * +1.25)}.
   */
  public String explanation() {
    return explanation(Locale.ENGLISH);
  }

  /**
   * Why the goal was suggested, in English, bokmål ({@code nb}/{@code no}) or nynorsk ({@code nn}).
   *
   * @param locale the language of the explanation
   * @return one line naming the score and every rule with its matched words
   */
  public String explanation(Locale locale) {
    return Explanations.of("SDG " + goal, score, primary, matches, locale);
  }
}
