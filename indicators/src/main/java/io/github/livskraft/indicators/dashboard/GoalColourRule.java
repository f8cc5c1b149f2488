package io.github.livskraft.indicators.dashboard;

import java.util.Arrays;
import java.util.Collection;

/**
 * SDSN's goal colour: the band of the mean of the <em>continuous</em> band positions of the goal's two worst
 * indicators, with two overrides: red only if both are red, green only if both are green. A goal with one rated
 * indicator takes that indicator's colour; a goal with none is grey.
 *
 * <p>Checked against the 2019 European Cities SDG Index (reference notes, §1.2): same-colour pairs and overrides
 * hold in every published cell; mixed pairs (red + green, orange + yellow) split, which only the continuous rule
 * reproduces.
 */
public final class GoalColourRule {
  private GoalColourRule() {}

  /**
   * The mean position of the two worst indicators (or the only one).
   *
   * @param positions band positions in [0, 4]; NaN entries (grey) are ignored
   * @return the mean of the two lowest, or NaN if there is none
   */
  public static double twoWorstPosition(Collection<Double> positions) {
    double[] p = positions.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (p.length == 0) {
      return Double.NaN;
    }
    return p.length == 1 ? p[0] : (p[0] + p[1]) / 2;
  }

  /**
   * The goal colour by the two-worst rule.
   *
   * @param positions band positions in [0, 4]; NaN entries (grey) are ignored
   * @return the colour
   */
  public static Rating twoWorst(Collection<Double> positions) {
    double[] p = positions.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
    return twoWorstSorted(p, p.length);
  }

  /**
   * The two-worst colour from positions already sorted ascending, without NaN (fast path for dashboards).
   *
   * @param sorted ascending positions
   * @param n how many of them to use
   * @return the colour
   */
  static Rating twoWorstSorted(double[] sorted, int n) {
    if (n == 0) {
      return Rating.GREY;
    }
    if (n == 1) {
      return Rating.ofBandPosition(sorted[0]);
    }
    Rating a = Rating.ofBandPosition(sorted[0]);
    Rating b = Rating.ofBandPosition(sorted[1]);
    Rating mean = Rating.ofBandPosition((sorted[0] + sorted[1]) / 2);
    if (mean == Rating.RED && !(a == Rating.RED && b == Rating.RED)) {
      return Rating.ORANGE;
    }
    if (mean == Rating.GREEN && !(a == Rating.GREEN && b == Rating.GREEN)) {
      return Rating.YELLOW;
    }
    return mean;
  }

  /**
   * Convenience overload.
   *
   * @param positions band positions
   * @return the colour
   */
  public static Rating twoWorst(double... positions) {
    return twoWorst(Arrays.stream(positions).boxed().toList());
  }
}
