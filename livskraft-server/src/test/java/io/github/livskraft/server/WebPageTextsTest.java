package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.tagger.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web page shows each goal line's evidence level with the report's wording, all of it from the server's
 * {@code GET /tag/evidence-levels}: the confidence's name ({@code confidenceLabel}, the report's label
 * {@code confidence}), the level's sentence ({@code text}, the report's {@code text.suggestion.evidence} with the
 * tagger's description). This test fails when app.js carries any of that wording again, in any language.
 */
class WebPageTextsTest {
  static String resource(String name) throws IOException {
    try (InputStream in = WebPageTextsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = WebPageTextsTest.class.getClassLoader()
        .getResourceAsStream("livskraft-messages/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * The fixed words of a {@link java.text.MessageFormat} pattern: the pieces between its arguments, trimmed of spaces
   * and punctuation at their ends, that still have a word in them ("Sikkerhet", "andelen slike forslag …").
   */
  static List<String> words(String pattern) {
    List<String> out = new ArrayList<>();
    for (String piece : pattern.split("\\{\\d+}")) {
      String w = piece.replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}]+$", "");
      if (w.codePoints().filter(Character::isLetter).count() >= 3) {
        out.add(w);
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nn", "en"})
  void appJsCarriesNoneOfTheEvidenceWording(String lang) throws IOException {
    String js = resource("io/github/livskraft/server/app.js");
    for (Evidence e : Evidence.values()) {
      assertThat(js).as(e.id() + " " + lang + ": the page asks the server for the description")
          .doesNotContain(e.describe(Locale.forLanguageTag(lang)));
    }
    String label = bundle("report-labels_" + lang).getProperty("confidence"); // "Sikkerhet"
    assertThat(label).isNotBlank();
    assertThat(js).as("the confidence's name comes from the server").doesNotContain(label);
    List<String> words = words(bundle("report_" + lang).getProperty("text.suggestion.evidence"));
    assertThat(words).as("the pattern's words (head and the note in brackets)").hasSizeGreaterThanOrEqualTo(2);
    for (String w : words) {
      assertThat(js).as("the marker's title comes from the server").doesNotContain(w);
    }
    // what the page uses instead
    assertThat(js).contains("getJson('/tag/evidence-levels')").contains(".confidenceLabel").contains("level.text");
  }
}
