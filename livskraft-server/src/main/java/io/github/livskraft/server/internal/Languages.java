package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses the response language: {@code ?lang=}, else {@code Accept-Language}, else English. */
final class Languages {
  private Languages() {}

  static Language choose(Optional<String> langParam, Optional<String> acceptLanguage) {
    if (langParam.isPresent() && !langParam.get().isBlank()) {
      return parse(langParam.get()).orElseThrow(() -> Problems.of(ServerErrorCode.BAD_PARAMETER, "lang",
          ServerErrorCode.BAD_PARAMETER.fragment("language", langParam.get())));
    }
    if (acceptLanguage.isPresent()) {
      try {
        for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage.get())) {
          if (r.getWeight() <= 0) {
            continue;
          }
          Optional<Language> l = parse(r.getRange());
          if (l.isPresent()) {
            return l.get();
          }
        }
      } catch (IllegalArgumentException e) {
        return Language.EN; // a malformed header is ignored, as RFC 9110 allows
      }
    }
    return Language.EN;
  }

  /** nb, nn, no (→ nb), en, with or without a region, case-insensitive. */
  static Optional<Language> parse(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    String primary = dash < 0 ? t : t.substring(0, dash);
    return switch (primary) {
      case "nb", "no" -> Optional.of(Language.NB);
      case "nn" -> Optional.of(Language.NN);
      case "en" -> Optional.of(Language.EN);
      default -> Optional.empty();
    };
  }

  static final List<String> TAGS = List.of("nb", "nn", "en");
}
