package io.github.livskraft.examples;

import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import io.github.livskraft.sdg.Language;

/**
 * Suggest SDG goals and targets for a paragraph of a saksframlegg (case presentation), with the words that
 * triggered each suggestion. Suggestions are for a case officer to confirm, not links.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.TagParagraph}
 * (or your own text: {@code -Dexec.args="Kommunen skal ..."})
 */
public final class TagParagraph {
  private TagParagraph() {}

  /** An example paragraph in the style of a saksframlegg, written from the Kongsberg plan text (seed 000). */
  static final String PARAGRAPH = "Miljøplanen har indikatorer for avfallsmengder og klimagassutslipp per innbygger."
      + " Rådmannen foreslår å stimulere private virksomheter til å bli Miljøfyrtårn-sertifisert, og å redusere"
      + " arealforbruket per innbygger til utbyggingsformål.";

  /**
   * Tags the paragraph (or the text given) in bokmål and prints the suggestions.
   *
   * @param args optionally the text
   */
  public static void main(String[] args) {
    String text = args.length > 0 ? String.join(" ", args) : PARAGRAPH;
    SdgTagger tagger = SdgTagger.bundled();       // share one instance: immutable and thread-safe
    TagResult result = tagger.tag("sak-2024-001", text, Language.NB);

    System.out.println("Text: " + text);
    for (GoalSuggestion g : result.goals()) {
      System.out.printf(java.util.Locale.ROOT, "Goal %s  score %.2f%n", g.goal(), g.score());
      for (RuleMatch m : g.matches()) {
        System.out.println("    rule " + m.ruleId() + " matched " + m.spans().stream().map(s -> "'" + s.text() + "'")
            .toList());
      }
    }
    for (TargetSuggestion t : result.targets()) {
      System.out.printf(java.util.Locale.ROOT, "Target %s  score %.2f%n", t.target(), t.score());
    }
  }
}
