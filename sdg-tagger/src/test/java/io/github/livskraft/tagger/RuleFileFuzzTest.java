package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the {@code .sdgrules} parser with Jazzer. Any rule file ends in a tagger or a
 * {@link TaggingException} (a {@link RuleSyntaxException} for syntax) that names the source; a tagger that was built
 * tags a text in every language without error, with spans inside the text. The default build replays
 * {@code src/test/resources/io/github/livskraft/tagger/RuleFileFuzzTestInputs/}; {@code scripts/fuzz.sh} fuzzes.
 */
class RuleFileFuzzTest {
  private static final String TEXT = "Klimagassutslipp, fattigdom og skoler; poverty, climate change and schools. "
      + "Folkehelse i kommuneplanen 2024–2030, 11.6 og mål 13.";

  @FuzzTest
  void parse(byte[] input) {
    String rules = new String(input, StandardCharsets.UTF_8);
    SdgTagger tagger;
    try {
      tagger = SdgTagger.builder().addRules(new StringReader(rules), "fuzz.sdgrules").build();
    } catch (RuleSyntaxException e) {
      assertThat(e.getMessage()).contains("fuzz.sdgrules");
      return;
    } catch (TaggingException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    for (Language language : Language.values()) {
      TagResult r = tagger.tag("t", TEXT, language);
      for (GoalSuggestion g : r.goals()) {
        for (RuleMatch m : g.matches()) {
          for (MatchSpan s : m.spans()) {
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
          }
        }
      }
    }
  }
}
