package io.github.livskraft.sdg.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private static final List<String> KINDS = List.of("PLANNING_STRATEGY", "SOCIAL_ELEMENT", "LAND_USE_ELEMENT",
      "FINANCIAL_PLAN");

  @Test
  void suggestsTheCloseCandidateOnly() {
    assertThat(Spelling.closest("SOCIAL_ELEMEN", KINDS)).containsExactly("SOCIAL_ELEMENT");
    assertThat(Spelling.closest("social_element", KINDS)).containsExactly("SOCIAL_ELEMENT");
    assertThat(Spelling.closest("titel", List.of("id", "kind", "title", "elements"))).containsExactly("title");
    assertThat(Spelling.closest("catalogu", List.of("catalogue", "case", "plan"))).containsExactly("catalogue");
    assertThat(Spelling.closest("xyz", KINDS)).isEmpty();
    assertThat(Spelling.closest("ab", List.of("ac", "ad", "xy"))).containsExactly("ac", "ad");
  }

  @Test
  void distanceCountsInsertionsDeletionsAndReplacements() {
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    assertThat(Spelling.distance("titel", "title")).isEqualTo(2);
    assertThat(Spelling.distance("same", "same")).isZero();
  }

  @PropertyTest(cases = 300)
  void distanceIsAMetricBoundedByTheLongerLength(Gen g) {
    String a = g.string(0, 12, "abcde");
    String b = g.string(0, 12, "abcde");
    String c = g.string(0, 12, "abcde");
    int ab = Spelling.distance(a, b);
    assertThat(ab).isEqualTo(Spelling.distance(b, a));
    assertThat(ab).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    assertThat(ab == 0).isEqualTo(a.equals(b));
    assertThat(Spelling.distance(a, c)).isLessThanOrEqualTo(ab + Spelling.distance(b, c));
  }

  @PropertyTest(cases = 300)
  void oneEditOfALongCandidateIsAlwaysSuggested(Gen g) {
    String word = g.string(6, 16, Gen.LOWER);
    int at = g.intBetween(0, word.length() - 1);
    String typo = word.substring(0, at) + word.substring(at + 1); // one letter dropped
    List<String> suggested = Spelling.closest(typo, List.of(word, "zzzzzzzzzzzzzzzzzzzzzzz"));
    assertThat(suggested).contains(word);
  }
}
