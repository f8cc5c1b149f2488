package io.github.livskraft.spark;

import io.github.livskraft.tagger.SdgTagger;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * How the executors build their tagger: the bundled rule sets and/or rule texts of your own, and the thresholds. It
 * is a small serializable recipe; each executor JVM builds the tagger once per distinct recipe and shares it
 * across tasks and threads ({@link SdgTagger} is immutable and thread-safe).
 *
 * <pre>{@code
 * TaggerSpec spec = TaggerSpec.bundled().withRules("lokale.sdgrules", Files.readString(path)).withThresholds(1.5, 1.5);
 * LivskraftFunctions.register(spark, spec);
 * }</pre>
 *
 * @param includeBundled whether the bundled rule sets (en, nb, nn; goals and targets) are included
 * @param rules extra rule texts by source name (the name appears in syntax errors), in the
 *     {@code docs/tagging.md} rule language
 * @param threshold the minimum goal score
 * @param targetThreshold the minimum target score
 */
public record TaggerSpec(boolean includeBundled, Map<String, String> rules, double threshold, double targetThreshold)
    implements Serializable {

  /** Copies the rules and checks that there is at least one rule source. */
  public TaggerSpec {
    rules = Map.copyOf(Objects.requireNonNull(rules, "rules"));
    if (!includeBundled && rules.isEmpty()) {
      throw new LivskraftSparkException(SparkErrorCode.NO_RULES, null);
    }
  }

  /** The bundled rule sets with the default thresholds (the same tagger as {@link SdgTagger#bundled()}). */
  public static TaggerSpec bundled() {
    return new TaggerSpec(true, Map.of(), SdgTagger.DEFAULT_THRESHOLD, SdgTagger.DEFAULT_THRESHOLD);
  }

  /**
   * With one more rule text.
   *
   * @param sourceName a name for error messages, e.g. the file name
   * @param ruleText the rules
   * @return a new spec
   */
  public TaggerSpec withRules(String sourceName, String ruleText) {
    var m = new java.util.TreeMap<>(rules);
    m.put(sourceName, ruleText);
    return new TaggerSpec(includeBundled, m, threshold, targetThreshold);
  }

  /**
   * With other thresholds.
   *
   * @param goal the minimum goal score
   * @param target the minimum target score
   * @return a new spec
   */
  public TaggerSpec withThresholds(double goal, double target) {
    return new TaggerSpec(includeBundled, rules, goal, target);
  }

  /**
   * Builds the tagger this spec describes (on an executor the functions use a shared instance instead).
   *
   * @return a new tagger
   */
  public SdgTagger build() {
    if (includeBundled && rules.isEmpty() && threshold == SdgTagger.DEFAULT_THRESHOLD
        && targetThreshold == SdgTagger.DEFAULT_THRESHOLD) {
      return SdgTagger.bundled();
    }
    SdgTagger.Builder b = SdgTagger.builder();
    if (includeBundled) {
      b.addBundled();
    }
    new java.util.TreeMap<>(rules).forEach((name, text) -> b.addRules(new java.io.StringReader(text), name));
    return b.threshold(threshold).targetThreshold(targetThreshold).build();
  }
}
