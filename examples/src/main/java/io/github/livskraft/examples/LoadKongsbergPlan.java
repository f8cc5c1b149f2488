package io.github.livskraft.examples;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.coherence.CoherenceChecker;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * Load the Kongsberg plan chain from YAML, validate it and check its coherence.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.LoadKongsbergPlan}
 * (or pass a plan file: {@code -Dexec.args=path/to/plan.yaml})
 */
public final class LoadKongsbergPlan {
  private LoadKongsbergPlan() {}

  /**
   * Loads examples/plans/kongsberg-kommuneplan.yaml (or the file given) and prints plans, findings.
   *
   * @param args optionally a plan file
   */
  public static void main(String[] args) {
    // 1. Read: a parse error names the file, line, column and JSON path (PlanParseException).
    LoadedPlanDocument doc = args.length > 0
        ? PlanReader.create().read(Path.of(args[0]))
        : PlanReader.create().read("kongsberg-kommuneplan.yaml", ExampleData.plan("kongsberg-kommuneplan.yaml"),
            PlanFormat.YAML);
    for (Plan p : doc.document().plans()) {
      System.out.println(p.kind().label(io.github.livskraft.sdg.Language.NB) + ": " + p.title() + " (" + p.elements().size() + " elements)");
    }

    // 2. Validate: field rules (ids, codes, periods, dates) as findings with file locations.
    List<Finding> invalid = PlanValidator.create().validate(doc);
    System.out.println("Validation findings: " + invalid.size());

    // 3. Coherence: does the chain hang together (SDG links, indicators with targets, traceability, legal rules)?
    List<Finding> findings = CoherenceChecker.create().check(List.of(doc));
    System.out.println("Coherence findings: " + findings.size());
    findings.stream().limit(5).forEach(f -> System.out.println("  " + f.format(Language.NB)));
  }
}
