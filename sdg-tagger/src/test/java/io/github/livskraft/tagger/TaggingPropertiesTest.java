package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class TaggingPropertiesTest {
  @Property(tries = 300)
  void spansAlwaysPointIntoTheTextAndScoresMeetTheThreshold(
      @ForAll @StringLength(max = 300) @CharRange(from = 'a', to = 'z') @Chars({' ', '-', '/', '%', 'æ', 'ø', 'å',
          'Æ', 'K', '.', ',', '1', '2', '\u00ad', '\u2011'}) String noise,
      @ForAll Language language) {
    String text = noise + " klimagassutslipp skoler fattigdom poverty climate change " + noise;
    TagResult r = SdgTagger.bundled().tag("p", text, language);
    for (GoalSuggestion g : r.goals()) {
      assertThat(g.score()).isGreaterThanOrEqualTo(SdgTagger.bundled().threshold());
      for (RuleMatch m : g.matches()) {
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

  @Property(tries = 200)
  void anyTextCanBeTagged(@ForAll @StringLength(max = 500) String text, @ForAll Language language) {
    assertThat(SdgTagger.bundled().tag("x", text, language).id()).isEqualTo("x");
  }
}
