package io.github.livskraft.tagger;

import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Objects;

/**
 * One rule that fired for a text (utløst regel): its id, language and weight, what it added to the score and the
 * spans it matched.
 *
 * @param ruleId the rule's id, e.g. {@code nb.13.klima}
 * @param code the goal or target the rule points to, e.g. {@code 13} or {@code 13.2}
 * @param language the rule's language
 * @param weight the rule's weight
 * @param contribution what this rule added to the score: the weight, raised for repeated occurrences (up to 2×)
 * @param spans the matched spans in text order
 */
public record RuleMatch(String ruleId, String code, Language language, double weight, double contribution,
    List<MatchSpan> spans) {
  /** Copies the list. */
  public RuleMatch {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(language, "language");
    spans = List.copyOf(spans);
  }

  /** The rule id of explicit references ("bærekraftsmål nr. 5", "delmål 16.7", "SDG 3"). */
  public static final String EXPLICIT = "explicit";

  /**
   * The rule id of a goal added by the statistical second opinion ({@code SdgTagger.Builder#secondOpinion}): no spans,
   * the weight is the model's probability, the contribution 0.
   */
  public static final String MODEL = "model";

  /** Whether this is an explicit reference to the goal or target rather than a rule of a rule file. */
  public boolean explicit() {
    return ruleId.equals(EXPLICIT);
  }
}
