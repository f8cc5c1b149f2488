package io.github.livskraft.plan.followup;

import io.github.livskraft.plan.FollowUpStatus;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Status counts for a group of elements (an innsatsområde or an SDG goal) in a period, with summed budget and
 * spend where entries give them. Immutable.
 *
 * @param key the group key: the focus area's {@code plan#element}, or the goal number
 * @param label the focus area title or "SDG 11"
 * @param counts elements per status
 * @param budget the sum of the budgets given
 * @param spent the sum of the amounts spent given
 */
public record StatusSummary(String key, String label, Map<FollowUpStatus, Integer> counts, BigDecimal budget,
    BigDecimal spent) {

  /** Copies the map. */
  public StatusSummary {
    counts = Map.copyOf(counts);
  }

  /** The number of elements in the group. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
