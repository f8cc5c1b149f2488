package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.tagger.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web page shows each goal line's evidence level with the tagger's own description (from the server's
 * {@code GET /tag/evidence-levels}, never a copy in app.js) and the report's confidence wording, which app.js
 * carries as a literal: this test keeps that equal to the report's text and app.js free of level descriptions.
 */
class WebPageTextsTest {
  static String resource(String name) throws IOException {
    try (InputStream in = WebPageTextsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nn", "en"})
  void confidenceWordingEqualsTheReportsAndNoLevelDescriptionIsCopied(String lang) throws IOException {
    String js = resource("io/github/livskraft/server/app.js");
    for (Evidence e : Evidence.values()) {
      assertThat(js).as(e.id() + " " + lang + ": the page asks the server for the description")
          .doesNotContain(e.describe(Locale.forLanguageTag(lang)));
    }
    assertThat(js).contains("'/tag/evidence-levels'");

    Properties report = new Properties();
    try (InputStream in = WebPageTextsTest.class.getClassLoader()
        .getResourceAsStream("livskraft-messages/report_" + lang + ".properties")) {
      assertThat(in).isNotNull();
      report.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String wording = report.getProperty("text.suggestion.evidence"); // "Sikkerhet {0}: {1} (andelen …)"
    String head = wording.substring(0, wording.indexOf("{0}"));
    String middle = wording.substring(wording.indexOf("{0}") + 3, wording.indexOf("{1}"));
    String tail = wording.substring(wording.indexOf("{1}") + 3);
    assertThat(js).contains("confidenceTitle: (c, d) => '" + head + "' + c + '" + middle + "' + d\n        + '"
        + tail + "'");
  }
}
