package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import java.util.List;

/** The bundled tagger and the small parsing helpers the vocabulary and precision tests share. */
final class BundledTagging {
  private static final SdgTagger BUNDLED = SdgTagger.bundled();

  private BundledTagging() {}

  /** Tags {@code text} with the bundled rules of {@code lang} ({@code nb}, {@code nn} or {@code en}). */
  static TagResult tag(String lang, String text) {
    return BUNDLED.tag("t", text, Language.fromTag(lang).orElseThrow());
  }

  /** The goals the bundled rules suggest for {@code text}, best first. */
  static List<GoalCode> goals(String lang, String text) {
    return tag(lang, text).goalCodes();
  }

  /** Goal codes from a space-separated list such as {@code "11 13"}; empty or {@code null} = none. */
  static List<GoalCode> goals(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.stream(s.trim().split(" ")).map(GoalCode::parse).toList();
  }

  /** The same as {@link #goals(String)}. */
  static List<GoalCode> codes(String s) {
    return goals(s);
  }

  /**
   * Asserts that the bundled rules suggest none of the goals in {@code notExpected} and all of those in
   * {@code expected} (space-separated lists, empty = none) for {@code text}.
   */
  static void assertGoals(String lang, String text, String notExpected, String expected) {
    List<GoalCode> found = goals(lang, text);
    assertThat(found).as(text).doesNotContainAnyElementsOf(goals(notExpected));
    assertThat(found).as(text).containsAll(goals(expected));
  }
}
