package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Norwegian plan-sentence set (issue 13): its integrity, its fixed split, and floors a few points below the
 * measured figures of both halves (docs/tagging.md), so that a rule change that costs accuracy fails here.
 */
class NorwegianPlanSentencesTest {
  private static final List<Map<String, String>> ROWS = TestCsv.read("norwegian-plan-sentences.csv");

  /**
   * Evaluates one language on one part of the set: the tuning or check half of the rows written before the seventh
   * round, or ({@code half == null}) the tuning-hashed rows of the lead's released unseen batches 5 to 12
   * ({@code u5-…}: 81 rows, {@code u6-…}: 82, {@code u7-…}: 91, {@code u8-…}: 103, {@code u9-…}: 69, {@code u10-…}: 71,
   * {@code u11-…}: 77, {@code u12-…}: 81), which were measured as unseen text
   * and then used as tuning material (their check-hashed rows may be read, so they are not in the set).
   */
  static Evaluation evaluate(String lang, SplitHalf half) {
    Evaluation.Builder b = Evaluation.builder();
    for (Map<String, String> row : ROWS) {
      boolean released = isReleasedBatchRow(row);
      if (!row.get("lang").equals(lang)
          || (half == null ? !released : released || SplitHalf.of(row.get("text")) != half)) {
        continue;
      }
      TagResult r = SdgTagger.bundled().tag(row.get("id"), row.get("text"), Language.fromTag(lang).orElseThrow());
      Set<GoalCode> gold = codes(row.get("goals")).stream().map(GoalCode::parse).collect(Collectors.toSet());
      for (GoalCode g : GoalCode.all()) {
        b.add(g, gold.contains(g), r.addresses(g));
      }
      if (!row.get("targets").isBlank()) {
        b.addTargets(codes(row.get("targets")).stream().map(TargetCode::parse).collect(Collectors.toSet()),
            new HashSet<>(r.targetCodes()));
      }
    }
    return b.build();
  }

  private static boolean isReleasedBatchRow(Map<String, String> row) {
    return row.get("id").matches("u([5-9]|1[0-2])-.*");
  }

  private static List<String> codes(String s) {
    return Arrays.stream(s.trim().split(" ")).filter(x -> !x.isEmpty()).toList();
  }

  @Test
  void theSetIsLargeMixedAndWellFormed() {
    assertThat(ROWS).hasSizeGreaterThanOrEqualTo(400);
    assertThat(ROWS.stream().map(r -> r.get("id")).distinct()).hasSize(ROWS.size());
    assertThat(ROWS.stream().filter(r -> r.get("lang").equals("nn"))).hasSizeGreaterThanOrEqualTo(150);
    assertThat(ROWS.stream().filter(r -> r.get("goals").isBlank())).hasSizeGreaterThanOrEqualTo(100);
    assertThat(ROWS.stream().filter(r -> r.get("origin").startsWith("seed "))).hasSizeGreaterThanOrEqualTo(150);
    for (Map<String, String> r : ROWS) {
      assertThat(r.get("lang")).as(r.get("id")).isIn("nb", "nn");
      assertThat(r.get("origin")).as(r.get("id")).matches("seed 00[0-4]_[0-9a-f]{16}|written for Livskraft");
      Set<String> goals = new HashSet<>(codes(r.get("goals")));
      goals.forEach(GoalCode::parse);
      for (String t : codes(r.get("targets"))) {
        assertThat(goals).as(r.get("id") + " target " + t).contains(TargetCode.parse(t).goal().toString());
      }
    }
    for (int g = 1; g <= 17; g++) {
      String goal = Integer.toString(g);
      assertThat(ROWS.stream().filter(r -> codes(r.get("goals")).contains(goal))).as("goal " + g)
          .hasSizeGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void theHalfColumnIsTheFixedHashOfTheSentence() {
    for (Map<String, String> r : ROWS) {
      assertThat(SplitHalf.of(r.get("text")).label()).as(r.get("id")).isEqualTo(r.get("half"));
    }
    // rows of the later rounds (w-nb-3xx…6xx, w-nn-3xx…6xx) were kept only when the hash put them in the tuning
    // half; the balance of the hash is checked on the rows written before the split was used to select
    List<Map<String, String>> unselected = ROWS.stream()
        .filter(r -> !r.get("id").matches("w-n[bn]-[3456][0-9][0-9]") && !isReleasedBatchRow(r)).toList();
    long tune = unselected.stream().filter(r -> r.get("half").equals("tune")).count();
    assertThat((double) tune / unselected.size()).isBetween(0.4, 0.6);
    assertThat(ROWS.stream().filter(r -> r.get("id").matches("w-n[bn]-[3456][0-9][0-9]")))
        .allMatch(r -> r.get("half").equals("tune"));
    // batches 5 to 12 (the lead's unseen batches, read after their measurement): only their tuning-hashed rows are in
    // the set
    // (batches 10 to 12 released in the ninth session)
    Map<String, Integer> released = new java.util.LinkedHashMap<>();
    released.put("u5-", 81);
    released.put("u6-", 82);
    released.put("u7-", 91);
    released.put("u8-", 103);
    released.put("u9-", 69);
    released.put("u10-", 71);
    released.put("u11-", 77);
    released.put("u12-", 81);
    released.forEach((prefix, rows) -> assertThat(ROWS.stream().filter(r -> r.get("id").startsWith(prefix)))
        .as(prefix).hasSize(rows).allMatch(r -> r.get("half").equals("tune")));
  }

  @Test
  void theHashIgnoresCaseAndWhiteSpaceButNotWords() {
    SplitHalf h = SplitHalf.of("Kommunen skal halvere klimagassutslippene.");
    assertThat(SplitHalf.of("  kommunen   skal\thalvere KLIMAGASSUTSLIPPENE. ")).isEqualTo(h);
    assertThat(SplitHalf.of("Kommunen\u00a0skal halvere klimagassutslippene.")).isEqualTo(h);
    long checks = java.util.stream.IntStream.range(0, 200).mapToObj(i -> SplitHalf.of("Tiltak nr. " + i))
        .filter(x -> x == SplitHalf.CHECK).count();
    assertThat(checks).isBetween(70L, 130L); // the hash spreads sentences over both halves
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | TUNE  | 0.97 | 0.96 | 0.80
      nn | TUNE  | 0.96 | 0.96 | 0.79
      nb | CHECK | 0.86 | 0.86 | 0.75
      nn | CHECK | 0.86 | 0.86 | 0.67
      nb |       | 0.86 | 0.80 | 0.67
      nn |       | 0.81 | 0.80 | 0.62
      """)
  void accuracyStaysAboveTheMeasuredFloors(String lang, SplitHalf half, double precision, double f1,
      double targetPrecision) {
    Evaluation e = evaluate(lang, half);
    assertThat(e.overall().precision()).isGreaterThanOrEqualTo(precision);
    assertThat(e.overall().f1()).isGreaterThanOrEqualTo(f1);
    assertThat(e.targets().precision()).isGreaterThanOrEqualTo(targetPrecision);
    assertThat(e.targets().total()).isGreaterThan(half == null ? 30 : 50); // the released batches' part has 655 rows
  }
}
