package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import org.junit.jupiter.api.Test;

/** Properties of {@link SdgCatalogue#search} on the fixture edition. */
class SearchPropertiesTest {
  private static final SdgCatalogue CAT = FixtureCatalogueTest.CAT;

  private static final List<CatalogueEntry> ENTRIES = entries();

  private static List<CatalogueEntry> entries() {
    List<CatalogueEntry> all = new ArrayList<>();
    all.addAll(CAT.goals());
    all.addAll(CAT.targets());
    all.addAll(CAT.indicators());
    return List.copyOf(all);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  @PropertyTest(cases = 300)
  void anyWordsOfAnEntrysTextFindThatEntry(Gen g) {
    CatalogueEntry entry = g.pick(ENTRIES);
    Language language = g.pick(Language.class);
    List<String> words = words(entry.title(language));
    java.util.random.RandomGenerator random = g.random();
    int n = 1 + random.nextInt(Math.min(4, words.size()));
    List<String> query = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      query.add(words.get(random.nextInt(words.size())));
    }
    String q = String.join(" ", query).toUpperCase(Locale.ROOT);
    assertThat(CAT.search(q, language)).extracting(SearchHit::entry).as("search %s for '%s'", language, q)
        .contains(entry);
  }

  @PropertyTest(cases = 100)
  void hitsAreSortedByScore(Gen g) {
    CatalogueEntry entry = g.pick(ENTRIES);
    Language language = g.pick(Language.class);
    String first = words(entry.title(language)).get(0);
    List<SearchHit> hits = CAT.search(first, language);
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i - 1).score()).isGreaterThanOrEqualTo(hits.get(i).score());
    }
  }

  @Test
  void concurrentFirstSearchesBuildOneConsistentIndex() throws Exception {
    SdgCatalogue fresh = FixtureCatalogueTest.fixture();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SearchHit>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> fresh.search("klima", Language.NN)));
      }
      List<SearchHit> expected = results.get(0).get();
      assertThat(expected).isNotEmpty();
      for (Future<List<SearchHit>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
