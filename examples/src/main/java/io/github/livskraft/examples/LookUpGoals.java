package io.github.livskraft.examples;

import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.SearchHit;
import io.github.livskraft.sdg.Target;
import io.github.livskraft.sdg.TargetCode;

/**
 * Look up SDG goals and targets in English and Norwegian.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true
 * -Dexec.mainClass=io.github.livskraft.examples.LookUpGoals}
 */
public final class LookUpGoals {
  private LookUpGoals() {}

  /**
   * Prints goal 11 and target 11.6 in both languages, and searches the catalogue in bokmål.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    // The bundled catalogue (UN framework after the 2025 review) is parsed once and shared.
    SdgCatalogue catalogue = SdgCatalogue.bundled();

    // A goal by its number: titles in English and bokmål, the official colour, its targets.
    Goal goal = catalogue.getGoal(GoalCode.of(11));
    System.out.println("Goal " + goal.code() + " (" + goal.colour() + ")");
    System.out.println("  en: " + goal.title(Language.EN));
    System.out.println("  nb: " + goal.title(Language.NB));
    System.out.println("  " + catalogue.targetsOf(goal.code()).size() + " targets");

    // A target: Norwegian text with fallback nb → nn → en when a translation is missing.
    Target target = catalogue.getTarget(TargetCode.parse("11.6"));
    System.out.println("Target " + target.code());
    System.out.println("  en: " + target.title(Language.EN));
    System.out.println("  nb: " + target.title(Language.NB));

    // Free-text search over titles, here in bokmål.
    System.out.println("Search 'avfall' (nb):");
    for (SearchHit hit : catalogue.search("avfall", Language.NB, 3)) {
      System.out.println("  " + hit.code() + "  " + hit.entry().title(Language.NB));
    }
  }
}
