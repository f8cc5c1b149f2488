package io.github.livskraft.sdg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private final SearchIndex index = SearchIndex.builder()
      .add(1, "Handle umiddelbart for å bekjempe klimaendringene")
      .add(2, "Klima")
      .add(3, "Innarbeide tiltak mot klimaendringer i politikk")
      .add(4, "Sikre god helse")
      .add(5, List.of("Long title about something else entirely", "klima og miljø"), 0.5)
      .build();

  @Test
  void exactBeatsPrefixBeatsInfix() {
    List<SearchIndex.Hit> hits = index.search("klima");
    assertThat(hits).extracting(SearchIndex.Hit::id).startsWith(2, 5).containsExactlyInAnyOrder(2, 5, 3, 1);
    assertThat(index.search("endring")).extracting(SearchIndex.Hit::id).containsExactlyInAnyOrder(1, 3);
  }

  @Test
  void shortQueryWordsDoNotMatchInsideWords() {
    assertThat(index.search("ma")).isEmpty();
  }

  @Test
  void allWordsMustMatch_andPhraseScoresExtra() {
    assertThat(index.search("god helse")).extracting(SearchIndex.Hit::id).containsExactly(4);
    assertThat(index.search("helse god")).extracting(SearchIndex.Hit::id).containsExactly(4);
    assertThat(index.search("god helse").get(0).score()).isGreaterThan(index.search("helse god").get(0).score());
    assertThat(index.search("klima helse")).isEmpty();
  }

  @Test
  void aeOeAaDistinct() {
    assertThat(index.search("miljo")).isEmpty();
    assertThat(index.search("MILJØ")).extracting(SearchIndex.Hit::id).containsExactly(5);
    assertThat(index.search("a")).extracting(SearchIndex.Hit::id).doesNotContain(1);
    assertThat(index.search("å")).extracting(SearchIndex.Hit::id).containsExactly(1);
  }

  @Test
  void emptyQuery() {
    assertThat(index.search(" , ")).isEmpty();
  }
}
