package io.github.livskraft.examples;

import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.coverage.CoverageAnalyzer;
import io.github.livskraft.plan.coverage.CoverageReport;
import io.github.livskraft.plan.coverage.PriorityGap;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.sdg.Language;

/**
 * SDG coverage of the Kongsbergregionen strategy (2019) and the gaps against its chosen goals 2, 3, 4, 9, 11, 13.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.CoverageAndGaps}
 */
public final class CoverageAndGaps {
  private CoverageAndGaps() {}

  /**
   * Prints the coverage of the 17 goals and the priority gaps.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    LoadedPlanDocument doc = PlanReader.create().read("kongsbergregionen-strategi-2019.yaml",
        ExampleData.plan("kongsbergregionen-strategi-2019.yaml"), PlanFormat.YAML);

    // The priority set is the union of the plans' own priorityGoals (here 2, 3, 4, 9, 11, 13);
    // CoverageAnalyzer.builder().priority(...) sets another one.
    CoverageReport report = CoverageAnalyzer.create().analyse(PlanChain.of(doc.document().plans()));

    System.out.println("Priority goals: " + report.priorityGoals());
    System.out.println("Goals addressed: " + report.addressedGoals());
    // Each gap says how far the goal is followed up (linked → indicator → target value → data).
    for (PriorityGap gap : report.gaps()) {
      System.out.println("Gap: goal " + gap.goal() + " (" + gap.depth().label(io.github.livskraft.sdg.Language.EN) + "): "
          + gap.explanation().text(Language.EN));
    }
    System.out.println();
    System.out.println(report.toText(Language.NB));
  }
}
