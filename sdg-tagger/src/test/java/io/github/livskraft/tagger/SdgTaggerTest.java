package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdgTaggerTest {
  private static SdgTagger tagger(String rules) {
    return SdgTagger.builder().addRules(new StringReader(rules), "test.sdgrules").build();
  }

  private static List<GoalCode> goals(SdgTagger t, String text, Language lang) {
    return t.tag("d", text, lang).goalCodes();
  }

  @Test
  void wildcardsMatchNorwegianCompoundsAndInflections() {
    SdgTagger t = tagger("""
        @language nb
        13  a  1.0  klimagass*
        7   b  1.0  *energi
        6   c  1.0  *avløp*
        """);
    assertThat(goals(t, "Klimagassutslippene skal ned.", Language.NB)).containsExactly(GoalCode.of(13));
    assertThat(goals(t, "Vi satser på fornybar solenergi.", Language.NB)).containsExactly(GoalCode.of(7));
    assertThat(goals(t, "Nye avløpsledninger og spillvannsavløpet.", Language.NB)).containsExactly(GoalCode.of(6));
    assertThat(goals(t, "Klimaet endrer seg.", Language.NB)).isEmpty();
  }

  @Test
  void hyphenatedAndSuspendedCompoundsAndSlashesAreSplitSensibly() {
    SdgTagger t = tagger("""
        @language nb
        13  a  1.0  klimagassutslipp
        7   b  1.0  "klima- og energiplan"
        5   c  1.0  "kvinner og menn"
        """);
    TagResult r = t.tag("d", "Kutt i klimagass-utslipp. Ny klima- og energiplan. Kvinner og/eller menn.", Language.NB);
    assertThat(r.goalCodes()).containsExactlyInAnyOrder(GoalCode.of(13), GoalCode.of(7));
    assertThat(r.findGoal(GoalCode.of(13)).orElseThrow().matches().get(0).spans().get(0).text())
        .isEqualTo("klimagass-utslipp");
    assertThat(r.findGoal(GoalCode.of(7)).orElseThrow().matches().get(0).spans().get(0).text())
        .isEqualTo("klima- og energiplan");
  }

  @Test
  void numbersPercentagesAndNorwegianLettersAreKept() {
    SdgTagger t = tagger("""
        @language nb
        13  a  1.0  "40 %" NEAR/3 utslipp*
        15  b  1.0  "bær"
        """);
    assertThat(goals(t, "Utslippene skal ned 40 % innen 2030.", Language.NB)).containsExactly(GoalCode.of(13));
    assertThat(goals(t, "Utslippene skal ned 4,0 prosent.", Language.NB)).isEmpty();
    assertThat(goals(t, "Vi plukker BÆR i skogen.", Language.NB)).containsExactly(GoalCode.of(15));
    assertThat(goals(t, "Vi plukker bar i skogen.", Language.NB)).isEmpty();
  }

  @Test
  void booleanOperatorsPhrasesAndProximity() {
    SdgTagger t = tagger("""
        @language en
        6   and   1.0  water AND (sanitation OR sewage)
        14  not   1.0  fish* NOT (aquarium OR "pet shop")
        11  near  1.0  housing NEAR/2 affordab*
        7   phr   1.0  "renewable energy"
        """);
    assertThat(goals(t, "Water and sanitation for all.", Language.EN)).containsExactly(GoalCode.of(6));
    assertThat(goals(t, "Water is wet.", Language.EN)).isEmpty();
    assertThat(goals(t, "Fisheries collapse.", Language.EN)).containsExactly(GoalCode.of(14));
    assertThat(goals(t, "Fish in the aquarium.", Language.EN)).isEmpty();
    assertThat(goals(t, "Housing that is affordable.", Language.EN)).containsExactly(GoalCode.of(11));
    assertThat(goals(t, "Housing prices rose, which few found affordable.", Language.EN)).isEmpty();
    assertThat(goals(t, "Renewable energy grows.", Language.EN)).containsExactly(GoalCode.of(7));
    assertThat(goals(t, "Energy that is renewable.", Language.EN)).isEmpty();
  }

  @Test
  void scoresRankGoalsAndThresholdFilters() {
    String rules = """
        @language en
        13    a  1.0  climate
        13.2  b  0.5  "climate plan"
        7     c  0.5  energy
        """;
    TagResult r = tagger(rules).tag("doc", "The climate plan. Climate climate.", Language.EN);
    assertThat(r.id()).isEqualTo("doc");
    assertThat(r.goalCodes()).containsExactly(GoalCode.of(13));
    GoalSuggestion g = r.goals().get(0);
    assertThat(g.score()).isEqualTo(1.5 + 0.5); // three occurrences of "climate" (1.0 × 1.5) + the target rule
    assertThat(g.matches()).extracting(RuleMatch::ruleId).containsExactly("a", "b");
    assertThat(r.targets()).isEmpty(); // 0.5 is below the default target threshold
    SdgTagger low = SdgTagger.builder().addRules(new StringReader(rules), "t").threshold(0.5).build();
    TagResult r2 = low.tag("doc", "The climate plan and energy.", Language.EN);
    assertThat(r2.goalCodes()).containsExactly(GoalCode.of(13), GoalCode.of(7));
    assertThat(r2.targetCodes()).containsExactly(TargetCode.of(13, 2));
  }

  @Test
  void theSameWordsCountOncePerGoal() {
    SdgTagger t = tagger("""
        @language nb
        13    goal    1.0  klima*
        13.2  target  1.0  klimaplan*
        13    other   0.5  utslipp*
        """);
    TagResult r = t.tag("d", "Ny klimaplan.", Language.NB);
    assertThat(r.goals().get(0).matches()).hasSize(2); // both rules are listed as explanation …
    assertThat(r.goals().get(0).score()).isEqualTo(1.0); // … but "klimaplan" is evidence once
    assertThat(r.targets().get(0).score()).isEqualTo(1.0);
    assertThat(t.tag("d", "Ny klimaplan og lavere utslipp.", Language.NB).goals().get(0).score()).isEqualTo(1.5);
  }

  @Test
  void spansPointIntoTheOriginalText() {
    SdgTagger t = tagger("@language nb\n4 a 1.0 skole*\n");
    String text = "Ny ÆØÅ-SKOLE og skolene.";
    TagResult r = t.tag("d", text, Language.NB);
    for (MatchSpan s : r.goals().get(0).matches().get(0).spans()) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(r.goals().get(0).matches().get(0).spans()).extracting(MatchSpan::text)
        .containsExactly("SKOLE", "skolene");
  }

  @Test
  void rulesOnlyApplyToTheirLanguage() {
    SdgTagger t = tagger("@language nn\n4 a 1.0 skule*\n");
    assertThat(goals(t, "Skulen", Language.NN)).containsExactly(GoalCode.of(4));
    assertThat(goals(t, "Skulen", Language.NB)).isEmpty();
  }

  @Test
  void tagAllKeepsCallerIds() {
    SdgTagger t = tagger("@language en\n4 a 1.0 school*\n");
    List<TagResult> rs = t.tagAll(Stream.of(new Document("z-9", "schools", Language.EN),
        new Document("a-1", "nothing", Language.EN))).toList();
    assertThat(rs).extracting(TagResult::id).containsExactly("z-9", "a-1");
    assertThat(rs.get(0).goalCodes()).containsExactly(GoalCode.of(4));
    assertThat(rs.get(1).goals()).isEmpty();
  }

  @Test
  void syntaxErrorsNameFileLineAndColumn() {
    assertError("@language en\n4 a 1.0 school AND\n", 2, 19, "expected a term");
    assertError("@language en\n4 a 1.0 school   school\n", 2, 18, "expected AND, OR, NOT");
    assertError("@language en\n4 a 1.0 (school OR\n   pupil\n", 3, 9, "expected ')'");
    assertError("@language en\n18 a 1.0 school\n", 2, 1, "'18' is not a goal");
    assertError("@language en\n4 a 0 school\n", 2, 5, "bad weight");
    assertError("@language en\n4 a 1.0 sc*\n", 2, 9, "too short");
    assertError("@language en\n4 a 1.0 sch*ol\n", 2, 12, "bad character '*'");
    assertError("@language en\n4 a 1.0 \"school\n", 2, 9, "unclosed phrase");
    assertError("@language en\n4 a 1.0 (a AND b) NEAR/3 c\n", 2, 9, "NEAR/3 needs terms");
    assertError("@language en\n4 a 1.0 school NEAR/0 c\n", 2, 16, "bad proximity operator");
    assertError("@language en\n4 a 1.0 school or pupil\n", 2, 16, "ambiguous term");
    assertError("@language de\n", 1, 11, "unknown language 'de'");
    assertError("4 a 1.0 school\n", 1, 1, "before the '@language' line");
    assertError("@language en\n  school\n", 2, 1, "continues no rule");
    assertError("@language en\n4 a 1.0 school\n5 a 1.0 girl\n", 3, 1, "duplicate rule id 'a'");
  }

  /** Parentheses nest at most 64 deep: the limit, and one over it (a stack overflow before; found by Jazzer). */
  @Test
  void parenthesesNestAtMost64Deep() {
    String ok = "(".repeat(64) + "school" + ")".repeat(64);
    assertThat(tagger("@language en\n4 a 1.0 " + ok + "\n").tag("d", "A school.", Language.EN).goalCodes())
        .containsExactly(GoalCode.of(4));
    String deep = "(".repeat(65) + "school" + ")".repeat(65);
    assertError("@language en\n4 a 1.0 " + deep + "\n", 2, 9 + 64, "nested deeper than 64 levels");
    // within the line limit (100 000 characters), many more opening parentheses than the nesting limit
    assertError("@language en\n4 a 1.0 " + "(".repeat(99_000) + "\n", 2, 9 + 64, "nested deeper than 64 levels");
  }

  /** Each rule-file limit at a small value: exactly at it is read, one over is refused where it is broken. */
  @Test
  void ruleFileLimitsAreCheckedWhileReadingAtTheirEdges() {
    String rules = "@language en\n4 a 1.0 school\n  OR pupil\n"; // 13 + 15 + 11 = 39 characters
    java.util.function.Function<SdgTagger.Builder, SdgTagger> read =
        b -> b.addRules(new StringReader(rules), "test.sdgrules").build();
    assertThat(read.apply(SdgTagger.builder().maxRuleFileChars(39)).rules()).hasSize(1);
    assertLimit(() -> read.apply(SdgTagger.builder().maxRuleFileChars(38)), TaggerErrorCode.FILE_TOO_LONG, 3, 11,
        "more than 38 characters", "maxRuleFileChars(…)");
    assertThat(read.apply(SdgTagger.builder().maxRuleLineLength(14)).rules()).hasSize(1);
    assertLimit(() -> read.apply(SdgTagger.builder().maxRuleLineLength(13)), TaggerErrorCode.LINE_TOO_LONG, 2, 14,
        "longer than 13 characters", "maxRuleLineLength(…)");
    // the expression: " school" (7) + " " + "  OR pupil" (10) = 18 characters
    assertThat(read.apply(SdgTagger.builder().maxRuleExpressionLength(18)).rules().get(0).expression())
        .isEqualTo("school   OR pupil");
    assertLimit(() -> read.apply(SdgTagger.builder().maxRuleExpressionLength(17)),
        TaggerErrorCode.EXPRESSION_TOO_LONG, 3, 10, "rule 'a' is longer than 17 characters",
        "maxRuleExpressionLength(…)");
    assertThat(read.apply(SdgTagger.builder().maxTermsPerFile(2)).rules()).hasSize(1);
    assertLimit(() -> read.apply(SdgTagger.builder().maxTermsPerFile(1)), TaggerErrorCode.TOO_MANY_TERMS, 3, 6,
        "more than 1 terms", "maxTermsPerFile(…)");
    String two = rules + "5 b 1.0 \"girls and boys\"\n";
    assertThat(SdgTagger.builder().maxRulesPerFile(2).maxTermsPerFile(5)
        .addRules(new StringReader(two), "test.sdgrules").build().rules()).hasSize(2);
    assertLimit(() -> SdgTagger.builder().maxRulesPerFile(1).addRules(new StringReader(two), "test.sdgrules"),
        TaggerErrorCode.TOO_MANY_RULES, 4, 1, "more than 1 rules", "maxRulesPerFile(…)");
    assertLimit(() -> SdgTagger.builder().maxTermsPerFile(4).addRules(new StringReader(two), "test.sdgrules"),
        TaggerErrorCode.TOO_MANY_TERMS, 4, 9, "more than 4 terms", "maxTermsPerFile(…)");
    // a CR LF file counts its characters as written, and a byte order mark is not part of the first line
    String crlf = "\uFEFF@language en\r\n4 a 1.0 school\r\n";
    assertThat(SdgTagger.builder().maxRuleLineLength(14).maxRuleFileChars(crlf.length())
        .addRules(new StringReader(crlf), "test.sdgrules").build().rules().get(0).line()).isEqualTo(2);
    assertThatThrownBy(() -> SdgTagger.builder().maxRuleLineLength(0)).isInstanceOfSatisfying(
        TaggerArgumentException.class, e -> assertThat(e.errorCode()).isEqualTo(TaggerErrorCode.RULE_FILE_LIMIT));
  }

  private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, TaggerErrorCode code,
      int line, int column, String english, String raise) {
    assertThatThrownBy(call).isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(code);
      assertThat(e.getMessage()).startsWith("test.sdgrules:" + line + ":" + column + ": " + code.code() + ": ")
          .contains(english).contains(raise);
      assertThat(e.getMessage(java.util.Locale.forLanguageTag("nb"))).contains(raise).doesNotContain(english);
      assertThat(e.getMessage(java.util.Locale.forLanguageTag("nn"))).contains(raise).doesNotContain(english);
    });
  }

  private static void assertError(String rules, int line, int column, String text) {
    assertThatThrownBy(() -> tagger(rules))
        .isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
          assertThat(e.source()).isEqualTo("test.sdgrules");
          assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
          assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
          assertThat(e.getMessage()).startsWith("test.sdgrules:" + line + ":" + column + ": ").contains(text);
          assertThat(e.getMessage(java.util.Locale.forLanguageTag("nb"))).startsWith("test.sdgrules:" + line)
              .doesNotContain(text);
        });
  }

  @Test
  void fileErrorsAreTypedAndBuilderNeedsRules(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> SdgTagger.builder().addRules(dir.resolve("missing.sdgrules")))
        .isInstanceOf(TaggingException.class).hasMessageContaining("missing.sdgrules");
    assertThatThrownBy(() -> SdgTagger.builder().build()).isInstanceOf(TaggingException.class);
    assertThatThrownBy(() -> SdgTagger.builder().threshold(0)).isInstanceOf(IllegalArgumentException.class);
    Path f = Files.writeString(dir.resolve("r.sdgrules"), "@language en\n# comment\n\n4 x 1.0 school\n");
    SdgTagger t = SdgTagger.builder().addRules(f).build();
    assertThat(t.rules()).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(f.toString());
      assertThat(r.line()).isEqualTo(4);
      assertThat(r.goal()).isEqualTo(GoalCode.of(4));
      assertThat(r.findTarget()).isEmpty();
    });
  }

  @Test
  void bundledRulesLoadForAllThreeLanguages() {
    SdgTagger t = SdgTagger.bundled();
    assertThat(t).isSameAs(SdgTagger.bundled());
    for (Language lang : Language.values()) {
      assertThat(t.rules().stream().filter(r -> r.language() == lang).count()).as(lang.tag()).isPositive();
    }
  }
}
