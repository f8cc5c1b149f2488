package io.github.livskraft.examples;

import io.github.livskraft.plan.analysis.PlanAnalyzer;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import java.nio.file.Path;

/**
 * The README's quick start: the catalogue, a plan file validated and analysed, and a sentence tagged.
 *
 * <p>Run from the repository root:
 * {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.QuickStart}
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args optional: a plan file (default {@code examples/plans/kongsbergregionen-strategi-2019.yaml})
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/plans/kongsbergregionen-strategi-2019.yaml");
    // README:BEGIN
    var sdg = SdgCatalogue.bundled();
    System.out.println(sdg.getGoal(GoalCode.of(11)).title(Language.NB));   // Gjøre byer og lokalsamfunn …

    LoadedPlanDocument plans = PlanReader.create().read(file);               // YAML or JSON, located errors
    var analysis = PlanAnalyzer.create().analyse(java.util.List.of(plans)); // validation, coherence, coverage
    analysis.findings().forEach(f -> System.out.println(f.format(Language.NB))); // as `livskraft plan validate`
    System.out.println(analysis.coverage().toText(Language.NB));              // goals, depth, gaps vs 2,3,4,9,11,13

    var tags = SdgTagger.bundled().tag("sak-1", "Kommunen skal halvere klimagassutslippene innen 2030.", Language.NB);
    tags.goals().forEach(g -> System.out.println("SDG " + g.goal() + " score " + g.score()));   // SDG 13 …
    // README:END
  }
}
