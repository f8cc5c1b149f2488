package io.github.livskraft.plan.benefits;

import io.github.livskraft.plan.Magnitude;
import io.github.livskraft.sdg.TargetCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A tiltak in the benefit ranking. Immutable.
 *
 * @param rank 1 for the best; 0 when the tiltak could not be ranked (see {@code missing})
 * @param planId the plan
 * @param elementId the tiltak
 * @param title the title
 * @param benefitPoints the sum of the expected benefits' scale points (liten 1, middels 2, stor 3)
 * @param effort the effort
 * @param cost the cost amount (NOK)
 * @param costPoints 1, 2 or 3 from the cost bands, or 0 without a cost
 * @param score benefit points ÷ (effort points + cost points), to two decimals
 * @param economicNet expected economic benefits in NOK minus the cost, when both are in NOK
 * @param missing what is missing for a ranking, each in bokmål, nynorsk and English ("expected benefits",
 *     "scale of benefit b1", "effort", "cost"; keys {@code benefits.missing.*} of the plan bundle)
 * @param focusAreas the innsatsområder the tiltak serves
 * @param targets the SDG targets its expected benefits serve
 */
public record RankedMeasure(int rank, String planId, String elementId, String title, int benefitPoints,
    Optional<Magnitude> effort, Optional<BigDecimal> cost, int costPoints, Optional<BigDecimal> score,
    Optional<BigDecimal> economicNet, List<io.github.livskraft.sdg.LocalizedText> missing, List<String> focusAreas, List<TargetCode> targets) {

  /** Copies the lists. */
  public RankedMeasure {
    missing = List.copyOf(missing);
    focusAreas = List.copyOf(focusAreas);
    targets = List.copyOf(targets);
  }

  /** Whether the tiltak was ranked. */
  public boolean ranked() {
    return rank > 0;
  }
}
