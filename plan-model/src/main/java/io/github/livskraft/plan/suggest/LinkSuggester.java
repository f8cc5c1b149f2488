package io.github.livskraft.plan.suggest;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.LinkProvenance;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.MatchSpan;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import io.github.livskraft.sdg.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests SDG links for plan elements from their title and description with the {@link SdgTagger}. Existing
 * links are not suggested again; nothing is added to the plan. Immutable and thread-safe.
 *
 * <pre>{@code
 * LinkSuggester suggester = LinkSuggester.create();
 * List<LinkSuggestion> suggestions = suggester.suggest(plan);
 * Plan reviewed = LinkSuggester.accept(plan, suggestions.get(0)); // provenance ACCEPTED_SUGGESTION
 * }</pre>
 *
 * <p>A goal with target suggestions is suggested as those targets, otherwise as the goal; the element's
 * top-scoring goal is {@code PRIMARY}, the others {@code SECONDARY}. The confidence is the score mapped into
 * 0–1 as {@code score / (score + threshold)} (0.5 at the tagger's threshold): an ordering aid, not a calibrated
 * probability.
 */
public final class LinkSuggester {
  private final SdgTagger tagger;
  private final Optional<Language> language;

  private LinkSuggester(SdgTagger tagger, Optional<Language> language) {
    this.tagger = tagger;
    this.language = language;
  }

  /** A suggester with the bundled rules; the language of each text is detected. */
  public static LinkSuggester create() {
    return new LinkSuggester(SdgTagger.bundled(), Optional.empty());
  }

  /**
   * A suggester with the given tagger.
   *
   * @param tagger the tagger
   * @return the suggester
   */
  public static LinkSuggester of(SdgTagger tagger) {
    return new LinkSuggester(Objects.requireNonNull(tagger, "tagger"), Optional.empty());
  }

  /**
   * This suggester with a fixed text language instead of detection.
   *
   * @param textLanguage the language of the plans' text
   * @return a new suggester
   */
  public LinkSuggester withLanguage(Language textLanguage) {
    return new LinkSuggester(tagger, Optional.of(textLanguage));
  }

  /**
   * Suggestions for all elements of the chain.
   *
   * @param chain the plans
   * @return the suggestions, in plan and element order
   */
  public List<LinkSuggestion> suggest(PlanChain chain) {
    List<LinkSuggestion> out = new ArrayList<>();
    chain.plans().forEach(p -> out.addAll(suggest(p)));
    return List.copyOf(out);
  }

  /**
   * Suggestions for the elements of one plan.
   *
   * @param plan the plan
   * @return the suggestions
   */
  public List<LinkSuggestion> suggest(Plan plan) {
    List<LinkSuggestion> out = new ArrayList<>();
    for (PlanElement e : plan.elements()) {
      String text = e.title() + e.description().map(d -> ". " + d).orElse("");
      String id = plan.id() + "#" + e.id();
      TagResult r = language.map(l -> tagger.tag(id, text, l)).orElseGet(() -> tagger.tag(id, text));
      boolean first = true;
      for (GoalSuggestion g : r.goals()) {
        SdgRole role = first ? SdgRole.PRIMARY : SdgRole.SECONDARY;
        first = false;
        List<TargetSuggestion> targets = r.targets().stream().filter(t -> t.target().goal().equals(g.goal())).toList();
        if (targets.isEmpty()) {
          if (e.sdgLinks().stream().noneMatch(l -> l.goal().equals(g.goal()))) {
            out.add(suggestion(plan, e, SdgLink.of(g.goal(), role), g.score(), g.matches()));
          }
        } else {
          for (TargetSuggestion t : targets) {
            if (e.sdgLinks().stream().noneMatch(l -> l.target().equals(Optional.of(t.target())))) {
              out.add(suggestion(plan, e, SdgLink.of(t.target(), role), t.score(), t.matches()));
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private LinkSuggestion suggestion(Plan plan, PlanElement e, SdgLink base, double score, List<RuleMatch> matches) {
    List<String> rules = matches.stream().map(RuleMatch::ruleId).distinct().toList();
    Set<String> words = new LinkedHashSet<>();
    matches.forEach(m -> m.spans().stream().map(MatchSpan::text).forEach(words::add));
    double confidence = score / (score + tagger.threshold());
    SdgLink link = base.withProvenance(LinkProvenance.SUGGESTED, rules, Optional.of(confidence));
    return new LinkSuggestion(plan.id(), e.id(), e.title(), link, score, List.copyOf(words));
  }

  /**
   * Adds an accepted suggestion to its element, with provenance {@code ACCEPTED_SUGGESTION} and a rationale that
   * names the rules and words.
   *
   * @param plan the plan the suggestion was made for
   * @param suggestion the suggestion
   * @return a new plan
   * @throws PlanModelException if the plan or element does not match the suggestion
   */
  public static Plan accept(Plan plan, LinkSuggestion suggestion) {
    if (!plan.id().equals(suggestion.planId()) || plan.findElement(suggestion.elementId()).isEmpty()) {
      throw new PlanModelException(PlanErrorCode.SUGGESTION_MISMATCH, null, suggestion.planId(),
          suggestion.elementId(), plan.id());
    }
    SdgLink s = suggestion.link();
    SdgLink accepted = s.withProvenance(LinkProvenance.ACCEPTED_SUGGESTION, s.ruleIds(), s.confidence())
        .withRationale("Tagger: " + String.join(", ", suggestion.matchedText()) + " (" + String.join(", ",
            s.ruleIds()) + ")");
    List<PlanElement> elements = new ArrayList<>();
    for (PlanElement e : plan.elements()) {
      if (e.id().equals(suggestion.elementId())) {
        List<SdgLink> links = new ArrayList<>(e.sdgLinks());
        links.add(accepted);
        elements.add(e.withSdgLinks(links));
      } else {
        elements.add(e);
      }
    }
    return plan.toBuilder().elements(elements).build();
  }
}
