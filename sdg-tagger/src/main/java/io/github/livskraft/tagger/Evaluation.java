package io.github.livskraft.tagger;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-goal confusion counts for judging a tagger against labelled data (evaluering): add one observation per
 * (text, goal) pair, then read accuracy, precision, recall and F1 per goal and overall. Immutable; build with
 * {@link #builder()}.
 *
 * <pre>{@code
 * Evaluation.Builder b = Evaluation.builder();
 * for (Row row : rows) {
 *   b.add(row.goal(), row.label(), tagger.tag(row.id(), row.text(), Language.EN).addresses(row.goal()));
 * }
 * Evaluation e = b.build();
 * e.overall().accuracy();
 * }</pre>
 *
 * @param perGoal counts per goal, in goal order (goals without observations are absent)
 * @param overall the counts summed over all goals
 * @param targets target-level counts over the texts whose targets were labelled (micro-averaged: every labelled
 *     or suggested target of such a text is one observation; true negatives are not counted), see
 *     {@link Builder#addTargets(Set, Set)}
 */
public record Evaluation(Map<GoalCode, Counts> perGoal, Counts overall, Counts targets) {
  /** Copies the map. */
  public Evaluation {
    perGoal = java.util.Collections.unmodifiableMap(new TreeMap<>(perGoal));
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(targets, "targets");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The mean of the per-goal accuracies (each goal weighted equally), as the SDG Classification Benchmark reports. */
  public double macroAccuracy() {
    return perGoal.values().stream().mapToDouble(Counts::accuracy).average().orElse(Double.NaN);
  }

  /** The mean of the per-goal F1 scores. */
  public double macroF1() {
    return perGoal.values().stream().mapToDouble(Counts::f1).average().orElse(Double.NaN);
  }

  /**
   * Confusion counts.
   *
   * @param truePositives labelled yes, predicted yes
   * @param falsePositives labelled no, predicted yes
   * @param trueNegatives labelled no, predicted no
   * @param falseNegatives labelled yes, predicted no
   */
  public record Counts(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {
    /** Checks the counts. */
    public Counts {
      if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
        throw new IllegalArgumentException("negative count");
      }
    }

    /** The number of observations. */
    public int total() {
      return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    /** (TP + TN) / total; NaN when empty. */
    public double accuracy() {
      return ratio(truePositives + trueNegatives, total());
    }

    /** TP / (TP + FP); NaN when nothing was predicted. */
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN); NaN when there are no positives. */
    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall; 0 when both are 0, NaN when undefined. */
    public double f1() {
      int d = 2 * truePositives + falsePositives + falseNegatives;
      return ratio(2 * truePositives, d);
    }

    Counts plus(Counts o) {
      return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
          trueNegatives + o.trueNegatives, falseNegatives + o.falseNegatives);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : (double) a / b;
    }
  }

  /** Collects observations; not thread-safe. */
  public static final class Builder {
    private final Map<GoalCode, Counts> counts = new TreeMap<>();
    private Counts targets = new Counts(0, 0, 0, 0);

    private Builder() {}

    /**
     * Adds the target-level observations of one text whose targets were labelled: every expected target found is
     * a true positive, every other suggested target a false positive, every expected target missed a false
     * negative.
     *
     * @param expected the labelled targets (delmål) of the text
     * @param predicted the suggested targets
     * @return this builder
     */
    public Builder addTargets(Set<TargetCode> expected, Set<TargetCode> predicted) {
      int tp = 0;
      for (TargetCode t : predicted) {
        if (expected.contains(t)) {
          tp++;
        }
      }
      targets = targets.plus(new Counts(tp, predicted.size() - tp, 0, expected.size() - tp));
      return this;
    }

    /**
     * Adds one observation.
     *
     * @param goal the goal asked about
     * @param expected whether the text addresses the goal (the label)
     * @param predicted whether the tagger suggested the goal
     * @return this builder
     */
    public Builder add(GoalCode goal, boolean expected, boolean predicted) {
      Counts c = new Counts(expected && predicted ? 1 : 0, !expected && predicted ? 1 : 0,
          !expected && !predicted ? 1 : 0, expected && !predicted ? 1 : 0);
      counts.merge(Objects.requireNonNull(goal, "goal"), c, Counts::plus);
      return this;
    }

    /** The evaluation so far. */
    public Evaluation build() {
      Counts all = new Counts(0, 0, 0, 0);
      for (Counts c : counts.values()) {
        all = all.plus(c);
      }
      return new Evaluation(counts, all, targets);
    }
  }
}
