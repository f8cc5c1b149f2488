package io.github.livskraft.tagger;

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
}
