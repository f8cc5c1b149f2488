package io.github.livskraft.indicators.progress;

import io.github.livskraft.sdg.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Labels for progress statuses, per language. The defaults follow Open SDG's published English labels ("On track",
 * "Progress made but acceleration needed", …) with bokmål translations; a municipality can supply its own wording
 * with {@link #with}.
 *
 * <pre>{@code
 * ProgressLabels mine = ProgressLabels.defaults()
 *     .with(ProgressStatus.SUBSTANTIAL_PROGRESS, Language.NB, "Godt i gang");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressLabels {
  private static final ProgressLabels DEFAULTS = createDefaults();
  private final Map<ProgressStatus, Map<Language, String>> labels;

  private ProgressLabels(Map<ProgressStatus, Map<Language, String>> labels) {
    this.labels = labels;
  }

  private static ProgressLabels createDefaults() {
    Map<ProgressStatus, Map<Language, String>> m = new EnumMap<>(ProgressStatus.class);
    m.put(ProgressStatus.TARGET_ACHIEVED, Map.of(Language.EN, "Target achieved", Language.NB, "Målet er nådd",
        Language.NN, "Målet er nådd"));
    m.put(ProgressStatus.SUBSTANTIAL_PROGRESS, Map.of(Language.EN, "On track", Language.NB, "I rute",
        Language.NN, "I rute"));
    m.put(ProgressStatus.MODERATE_PROGRESS, Map.of(Language.EN, "Progress made but acceleration needed",
        Language.NB, "Framgang, men farten må økes", Language.NN, "Framgang, men farta må aukast"));
    m.put(ProgressStatus.LIMITED_PROGRESS, Map.of(Language.EN, "Limited progress", Language.NB,
        "Begrenset framgang", Language.NN, "Avgrensa framgang"));
    m.put(ProgressStatus.DETERIORATION, Map.of(Language.EN, "Deterioration", Language.NB, "Forverring",
        Language.NN, "Forverring"));
    m.put(ProgressStatus.NOT_AVAILABLE, Map.of(Language.EN, "Unable to assess", Language.NB,
        "Kan ikke vurderes", Language.NN, "Kan ikkje vurderast"));
    return new ProgressLabels(m);
  }

  /** The default labels (English, bokmål, nynorsk). */
  public static ProgressLabels defaults() {
    return DEFAULTS;
  }

  /**
   * The label of a status.
   *
   * @param status the status
   * @param language the language (falls back nn → nb → en)
   * @return the label
   */
  public String label(ProgressStatus status, Language language) {
    Map<Language, String> byLang = labels.get(status);
    for (Language l : language.fallbackChain()) {
      String s = byLang.get(l);
      if (s != null) {
        return s;
      }
    }
    return status.code();
  }

  /**
   * A copy with one label replaced.
   *
   * @param status the status
   * @param language the language
   * @param label the new label
   * @return the new labels
   */
  public ProgressLabels with(ProgressStatus status, Language language, String label) {
    Objects.requireNonNull(label, "label");
    Map<ProgressStatus, Map<Language, String>> m = new EnumMap<>(labels);
    Map<Language, String> l = new EnumMap<>(Language.class);
    l.putAll(labels.get(status));
    l.put(language, label);
    m.put(status, Map.copyOf(l));
    return new ProgressLabels(m);
  }
}
