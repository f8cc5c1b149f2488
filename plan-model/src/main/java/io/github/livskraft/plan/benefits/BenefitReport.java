package io.github.livskraft.plan.benefits;

import io.github.livskraft.sdg.LocalizedText;
import java.util.List;

/**
 * The benefit assessment of a plan chain: tiltak ranked by expected benefit against cost and effort (with the
 * rule that ranked them), and expected against realised benefits per innsatsområde and SDG goal. Immutable.
 *
 * @param rule the ranking rule in words (bokmål and English)
 * @param ranking ranked tiltak, best first, then the ones that could not be ranked
 * @param byFocusArea expected vs realised per innsatsområde
 * @param byGoal expected vs realised per SDG goal
 */
public record BenefitReport(LocalizedText rule, List<RankedMeasure> ranking, List<BenefitBalance> byFocusArea,
    List<BenefitBalance> byGoal) {

  /** Copies the lists. */
  public BenefitReport {
    ranking = List.copyOf(ranking);
    byFocusArea = List.copyOf(byFocusArea);
    byGoal = List.copyOf(byGoal);
  }
}
