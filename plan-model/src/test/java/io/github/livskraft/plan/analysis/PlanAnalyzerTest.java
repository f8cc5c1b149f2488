package io.github.livskraft.plan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.coherence.CoherenceChecker;
import io.github.livskraft.plan.coverage.CoverageAnalyzer;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.suggest.LinkSuggester;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.GoalCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanAnalyzerTest {
  private static List<LoadedPlanDocument> examples() {
    PlanReader reader = PlanReader.create();
    return List.of(reader.read(Path.of("../examples/plans/kongsberg-kommuneplan.yaml")),
        reader.read(Path.of("../examples/plans/kongsbergregionen-strategi-2019.yaml")));
  }

  @Test
  void oneCallGivesWhatTheStepsGiveSeparately() {
    List<LoadedPlanDocument> docs = examples();
    PlanAnalysis a = PlanAnalyzer.create().analyse(docs);

    List<Finding> expected = new ArrayList<>();
    docs.forEach(d -> expected.addAll(PlanValidator.create().validate(d)));
    expected.addAll(CoherenceChecker.create().check(docs));
    assertThat(a.findings()).containsExactlyElementsOf(expected);
    assertThat(a.coherence()).isNotEmpty().allMatch(f -> f.code().startsWith("PLAN-C"));
    assertThat(a.isValid()).isEqualTo(expected.stream().noneMatch(f -> f.severity() == Severity.ERROR));
    assertThat(a.count(Severity.WARNING) + a.count(Severity.INFO) + a.count(Severity.ERROR))
        .isEqualTo(expected.size());
    assertThat(a.chain().plans()).hasSize(docs.stream().mapToInt(d -> d.document().plans().size()).sum());
    assertThat(a.coverage().goals()).isNotEmpty();
    assertThat(a.suggestions()).isEmpty();
  }

  @Test
  void optionsSwitchStepsOnAndOff() {
    List<LoadedPlanDocument> docs = examples();
    PlanAnalysis validationOnly = PlanAnalyzer.builder().withoutCoherence().build().analyse(docs);
    assertThat(validationOnly.coherence()).isEmpty();
    assertThat(validationOnly.findings()).noneMatch(f -> f.code().startsWith("PLAN-C"));

    PlanAnalysis full = PlanAnalyzer.builder()
        .coverage(CoverageAnalyzer.builder().priority(List.of(GoalCode.of(2), GoalCode.of(13))).build())
        .suggestions(LinkSuggester.create()).build().analyse(docs);
    assertThat(full.suggestions()).isNotEmpty();
    assertThat(full.coverage().priorityGoals()).containsExactly(GoalCode.of(2), GoalCode.of(13));
  }

  @Test
  void noDocumentsGiveAnEmptyAnalysis() {
    PlanAnalysis a = PlanAnalyzer.create().analyse(List.of());
    assertThat(a.findings()).isEmpty();
    assertThat(a.chain().plans()).isEmpty();
  }
}
