package io.github.livskraft.plan.suggest;

import io.github.livskraft.plan.SdgLink;
import java.util.List;

/**
 * A suggested SDG link for one element: the link (provenance {@code SUGGESTED}, the rule ids, a confidence), the
 * tagger's raw score and the words that triggered it. Immutable. A suggestion is never part of a plan;
 * {@link LinkSuggester#accept} adds it as {@code ACCEPTED_SUGGESTION}.
 *
 * @param planId the plan
 * @param elementId the element
 * @param elementTitle the element's title
 * @param link the suggested link
 * @param score the tagger's score (sum of rule contributions)
 * @param matchedText the matched words, in text order
 */
public record LinkSuggestion(String planId, String elementId, String elementTitle, SdgLink link, double score,
    List<String> matchedText) {

  /** Copies the list. */
  public LinkSuggestion {
    matchedText = List.copyOf(matchedText);
  }
}
