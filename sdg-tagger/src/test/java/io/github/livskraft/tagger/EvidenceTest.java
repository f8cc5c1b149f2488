package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Evidence}: the level each suggestion gets, the measured shares behind {@link Evidence#confidence()}, and
 * {@link SdgTagger.Builder#minConfidence(double)}.
 */
class EvidenceTest {
  private static final String RULES = """
      @language nb
      13  klima      1.0  klimagass*
      13  utslipp    1.0  utslipp*
      7   energi     1.0  energi*
      11  trafikk    1.0  trafikk*
      """;

  private static SdgTagger tagger(double minConfidence) {
    return SdgTagger.builder().addRules(new StringReader(RULES), "t").minConfidence(minConfidence).build();
  }

  private static Map<GoalCode, Evidence> levels(String text) {
    Map<GoalCode, Evidence> out = new java.util.LinkedHashMap<>();
    tagger(0).tag("d", text, Language.NB).goals().forEach(g -> out.put(g.goal(), g.evidence()));
    return out;
  }

  @Test
  void levelsFollowTheAmountOfEvidenceAndThePlaceAmongTheGoals() {
    assertThat(levels("Klimagassene og utslippene skal ned.")).containsExactly(Map.entry(GoalCode.of(13),
        Evidence.SEVERAL_SOLE));
    assertThat(levels("Energien skal brukes bedre.")).containsExactly(Map.entry(GoalCode.of(7),
        Evidence.SINGLE_SOLE));
    assertThat(levels("Klimagassene og utslippene fra trafikken skal ned.")).containsExactly(
        Map.entry(GoalCode.of(13), Evidence.SEVERAL_TOP), Map.entry(GoalCode.of(11), Evidence.SINGLE_BELOW));
    assertThat(levels("Energien og trafikken.")).containsExactly(
        Map.entry(GoalCode.of(7), Evidence.SINGLE_TOP), Map.entry(GoalCode.of(11), Evidence.SINGLE_TOP));
    // an explicit reference is its own level and does not make the rule-based goal 'sole'
    assertThat(levels("Energien skal brukes bedre, jf. bærekraftsmål 12.")).containsExactly(
        Map.entry(GoalCode.of(12), Evidence.EXPLICIT), Map.entry(GoalCode.of(7), Evidence.SINGLE_TOP));
  }

  @Test
  void minConfidenceKeepsWellFoundedAndExplicitGoalsAndTheirTargetsOnly() {
    String text = "Klimagassene og utslippene fra trafikken skal ned, jf. delmål 5.5.";
    TagResult all = tagger(0).tag("d", text, Language.NB);
    TagResult sure = tagger(0.8).tag("d", text, Language.NB);
    assertThat(all.goalCodes()).containsExactly(GoalCode.of(5), GoalCode.of(13), GoalCode.of(11));
    assertThat(sure.goalCodes()).containsExactly(GoalCode.of(5), GoalCode.of(13));
    assertThat(sure.goals()).allSatisfy(g -> assertThat(g.confidence()).isGreaterThanOrEqualTo(0.8));
    assertThat(sure.targets()).extracting(t -> t.target().toString()).containsExactly("5.5");
    // 0 keeps everything; 1 keeps only explicitly named goals
    assertThat(tagger(1).tag("d", text, Language.NB).goalCodes()).containsExactly(GoalCode.of(5));
  }

  @Test
  void confidenceIsTheSmoothedShareOfAcceptedSuggestionsOnTheSealedBatches() {
    List<Map<String, String>> rows = TestCsv.read("unseen-suggestions.csv");
    Map<Evidence, int[]> counts = new EnumMap<>(Evidence.class);
    for (Map<String, String> r : rows) {
      int[] c = counts.computeIfAbsent(Evidence.valueOf(r.get("evidence")), e -> new int[2]);
      c[0] += "yes".equals(r.get("accepted")) ? 1 : 0;
      c[1]++;
    }
    assertThat(rows).hasSize(2228);
    List<Evidence> ruleLevels = Arrays.stream(Evidence.values()).filter(e -> e != Evidence.MODEL).toList();
    assertThat(counts).containsOnlyKeys(ruleLevels);
    for (Evidence e : ruleLevels) {
      int[] c = counts.get(e);
      double share = Math.round(100.0 * (c[0] + 1) / (c[1] + 2)) / 100.0;
      assertThat(e.confidence()).as(e + " " + c[0] + "/" + c[1]).isEqualTo(share);
    }
    // declared strongest first
    double[] shares = ruleLevels.stream().mapToDouble(Evidence::confidence).toArray();
    for (int i = 1; i < shares.length; i++) {
      assertThat(shares[i]).isLessThan(shares[i - 1]);
    }
  }

  @Test
  void describedInThreeLanguages() {
    assertThat(Evidence.SEVERAL_SOLE.describe(Locale.ENGLISH)).isEqualTo("several pieces of evidence, the only goal");
    assertThat(Evidence.SEVERAL_SOLE.describe(Locale.forLanguageTag("nb"))).isEqualTo("flere belegg, eneste mål");
    assertThat(Evidence.SEVERAL_SOLE.describe(Locale.forLanguageTag("nn"))).isEqualTo("fleire belegg, einaste mål");
    assertThat(Arrays.stream(Evidence.values()).map(e -> e.describe(Locale.forLanguageTag("nn"))).distinct())
        .hasSize(Evidence.values().length);
  }
}
