package io.github.livskraft.plan.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.LinkProvenance;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.plan.PlanStatus;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.SdgRole;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkSuggesterTest {
  static final LinkSuggester SUGGESTER = LinkSuggester.create();

  static Plan plan(PlanElement... elements) {
    Plan.Builder b = Plan.builder("klimaplan", PlanKind.THEMATIC_PLAN, "Klimaplan")
        .owner(Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg")).status(PlanStatus.DRAFT);
    for (PlanElement e : elements) {
      b.element(e);
    }
    return b.build();
  }

  @Test
  void suggestsWithProvenanceAndNeverChangesThePlan() {
    Plan p = plan(PlanElement.builder("m1", ElementKind.GOAL,
        "Kommunen skal halvere klimagassutsleppa innan 2030").build());
    List<LinkSuggestion> s = SUGGESTER.suggest(p);
    assertThat(s).isNotEmpty();
    LinkSuggestion first = s.get(0);
    assertThat(first.link().goal()).isEqualTo(GoalCode.of(13));
    assertThat(first.link().provenance()).isEqualTo(LinkProvenance.SUGGESTED);
    assertThat(first.link().role()).isEqualTo(SdgRole.PRIMARY);
    assertThat(first.link().ruleIds()).isNotEmpty();
    assertThat(first.link().confidence().orElseThrow()).isBetween(0.0, 1.0);
    assertThat(first.matchedText()).anyMatch(w -> w.toLowerCase(java.util.Locale.ROOT).contains("klimagass"));
    assertThat(p.elements().get(0).sdgLinks()).isEmpty();
  }

  @Test
  void acceptedSuggestionsBecomeValidLinksAndAreNotSuggestedAgain() {
    Plan p = plan(PlanElement.builder("m1", ElementKind.GOAL,
        "Kommunen skal halvere klimagassutsleppa innan 2030").build());
    LinkSuggestion s = SUGGESTER.suggest(p).get(0);
    Plan accepted = LinkSuggester.accept(p, s);
    SdgLink link = accepted.elements().get(0).sdgLinks().get(0);
    assertThat(link.provenance()).isEqualTo(LinkProvenance.ACCEPTED_SUGGESTION);
    assertThat(link.rationale().orElseThrow()).contains(s.link().ruleIds().get(0));
    assertThat(PlanValidator.create().validate(accepted)).isEmpty();
    assertThat(SUGGESTER.suggest(accepted)).noneMatch(x -> x.link().code().equals(s.link().code()));
    assertThatThrownBy(() -> LinkSuggester.accept(plan(), s)).isInstanceOf(PlanModelException.class);
  }

  @Test
  void existingManualLinksAreNotSuggestedAndTheExampleGetsOnlyNewLinks() {
    PlanChain chain = PlanChain.of(PlanReader.create()
        .read(Path.of("../examples/plans/kongsberg-kommuneplan.yaml")).document().plans());
    List<LinkSuggestion> s = SUGGESTER.withLanguage(Language.NB).suggest(chain);
    for (LinkSuggestion x : s) {
      PlanElement e = chain.getPlan(x.planId()).findElement(x.elementId()).orElseThrow();
      if (x.link().target().isPresent()) {
        assertThat(e.sdgLinks()).noneMatch(l -> l.target().equals(x.link().target()));
      } else {
        assertThat(e.sdgLinks()).noneMatch(l -> l.goal().equals(x.link().goal()));
      }
    }
  }
}
