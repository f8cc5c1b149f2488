package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;

class TaggingPropertiesTest {
  /** Noise of a..z and the separators, hyphens and letters the tokenizer treats specially. */
  private static final String NOISE = Gen.LOWER + " -/%æøåÆK.,12\u00ad\u2011";

  @PropertyTest(cases = 300)
  void spansAlwaysPointIntoTheTextAndScoresMeetTheThreshold(Gen g) {
    String noise = g.string(0, 300, NOISE);
    Language language = g.pick(Language.class);
    String text = noise + " klimagassutslipp skoler fattigdom poverty climate change " + noise;
    TagResult r = SdgTagger.bundled().tag("p", text, language);
    for (GoalSuggestion goal : r.goals()) {
      assertThat(goal.score()).isGreaterThanOrEqualTo(SdgTagger.bundled().threshold());
      for (RuleMatch m : goal.matches()) {
        assertThat(m.language()).isEqualTo(language);
        for (MatchSpan s : m.spans()) {
          assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
      }
    }
    for (int i = 1; i < r.goals().size(); i++) {
      assertThat(r.goals().get(i).score()).isLessThanOrEqualTo(r.goals().get(i - 1).score());
    }
  }

  @PropertyTest(cases = 200)
  void anyTextCanBeTagged(Gen g) {
    String text = g.anyString(500);
    Language language = g.pick(Language.class);
    assertThat(SdgTagger.bundled().tag("x", text, language).id()).isEqualTo("x");
  }
}
