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
 * The web page shows each goal line's evidence level with the tagger's own description and the report's confidence
 * wording; app.js carries them as literals, so this test keeps them equal to the Java texts.
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
  void levelDescriptionsAndConfidenceWordingEqualTheJavaTexts(String lang) throws IOException {
    String js = resource("io/github/livskraft/server/app.js");
    String levels = js.substring(js.indexOf("const LEVELS = {"), js.indexOf("};", js.indexOf("const LEVELS = {")));
    for (Evidence e : Evidence.values()) {
      int at = levels.indexOf("'" + e.id() + "': {");
      assertThat(at).as(e.id()).isNotNegative();
      String entry = levels.substring(at, levels.indexOf('}', at));
      assertThat(entry).as(e.id() + " " + lang)
          .contains(lang + ": '" + e.describe(Locale.forLanguageTag(lang)) + "'");
    }
    assertThat(levels.split("': \\{", -1)).hasSize(Evidence.values().length + 1); // no stale level

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
