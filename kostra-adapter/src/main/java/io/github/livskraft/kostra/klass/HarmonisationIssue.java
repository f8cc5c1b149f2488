package io.github.livskraft.kostra.klass;

import io.github.livskraft.municipalities.CodeResolution;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import java.util.Objects;

/**
 * A series that could not be carried onto the target codes automatically (a merger, a split, an unknown code) or a
 * conflict between two published codes for one period, and what was done about it.
 *
 * @param regionKey the series' region key as given
 * @param variable the series' variable
 * @param resolution how the code resolved
 * @param action what the harmoniser did
 * @param explanation why, from the kostra bundle ({@code harmonise.*}), in any language with
 *     {@link #message(Language)}
 */
public record HarmonisationIssue(String regionKey, String variable, CodeResolution resolution, Action action,
    MessageFragment explanation) {

  /** What was done. */
  public enum Action {
    /** Kept under its original code, not harmonised (policy {@link SeriesHarmoniser.Policy#REPORT}). */
    KEPT_UNHARMONISED,
    /** Left out of the result (policy {@link SeriesHarmoniser.Policy#DROP}). */
    DROPPED,
    /** Two codes published a value for the same period; the code valid that year was kept. */
    CONFLICT_RESOLVED
  }

  /** Validates. */
  public HarmonisationIssue {
    Objects.requireNonNull(regionKey, "regionKey");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * The explanation in English.
   *
   * @return e.g. "3303 was part of a merger (3347) before 2024; …"
   */
  public String message() {
    return message(Language.EN);
  }

  /**
   * The explanation in a language.
   *
   * @param language English, bokmål or nynorsk
   * @return the text
   */
  public String message(Language language) {
    return explanation.text(language);
  }
}
