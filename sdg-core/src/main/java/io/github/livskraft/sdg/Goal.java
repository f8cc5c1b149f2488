package io.github.livskraft.sdg;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the 17 Sustainable Development Goals (bærekraftsmål). Immutable and thread-safe.
 *
 * <pre>{@code
 * Goal g = SdgCatalogue.bundled().getGoal(GoalCode.of(11));
 * g.title(Language.NB);      // "Gjøre byer og lokalsamfunn inkluderende, trygge, robuste og bærekraftige"
 * g.shortName(Language.EN);  // "Sustainable cities and communities"
 * g.colour();                // "#FD9D24"
 * }</pre>
 *
 * @param code the goal code
 * @param titleText the full title
 * @param shortNameText the short name (a communication label such as "No poverty", not framework text)
 * @param colour the official colour as {@code #RRGGBB} (upper-case hex)
 * @param note a footnote of the framework (goal 13), not part of the title
 */
public record Goal(GoalCode code, LocalizedText titleText, LocalizedText shortNameText, String colour,
    Optional<LocalizedText> note) implements CatalogueEntry {


  /** Checks the arguments. */
  public Goal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(titleText, "titleText");
    Objects.requireNonNull(shortNameText, "shortNameText");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(note, "note");
    if (!isColour(colour)) {
      throw new IllegalArgumentException("colour must be #RRGGBB in upper-case hex, was '" + colour + "'");
    }
  }

  /** {@code #RRGGBB} in upper-case hex, checked without a regular expression (first-load cost). */
  static boolean isColour(String s) {
    if (s.length() != 7 || s.charAt(0) != '#') {
      return false;
    }
    for (int i = 1; i < 7; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The short name for a reader of {@code language}, with fallback.
   *
   * @param language the reader's language
   * @return the short name, e.g. "Utrydde fattigdom"
   */
  public String shortName(Language language) {
    return shortNameText.text(language);
  }

  @Override
  public EntryType entryType() {
    return EntryType.GOAL;
  }

  @Override
  public String codeText() {
    return code.toString();
  }
}
