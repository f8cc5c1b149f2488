package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Logic tests (lookups, parents and children, repeats, fallback, search, changes) on the small fixture edition
 * in {@code src/test/resources/io/github/livskraft/sdg/fixture}, so that data updates never break them.
 */
class FixtureCatalogueTest {
  static final SdgCatalogue CAT = fixture();

  static Path fixtureDir() {
    try {
      return Path.of(FixtureCatalogueTest.class.getResource("fixture/edition.properties").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static SdgCatalogue fixture() {
    return SdgCatalogue.load(fixtureDir());
  }

  @Test
  void revision() {
    assertThat(CAT.revision().edition()).isEqualTo("FIXTURE-1");
    assertThat(CAT.revision().frameworkAdopted()).hasToString("2025-03");
    assertThat(CAT.revision().tierAsOf()).hasToString("2022-11-30");
    assertThat(CAT.revision().sources()).hasSize(1);
    assertThat(CAT).hasToString("SdgCatalogue[FIXTURE-1: 3 goals, 7 targets, 7 indicator listings, 5 unique indicators]");
  }

  @Test
  void goals_findAndGet() {
    assertThat(CAT.goals()).extracting(Goal::codeText).containsExactly("1", "13", "17");
    Goal g = CAT.getGoal(GoalCode.of(13));
    assertThat(g.colour()).isEqualTo("#3F7E44");
    assertThat(g.shortName(Language.NB)).isEqualTo("Stoppe klimaendringene");
    assertThat(g.shortName(Language.EN)).isEqualTo("Climate action");
    assertThat(g.note()).isPresent();
    assertThat(g.entryType()).isEqualTo(EntryType.GOAL);
    assertThat(CAT.findGoal(GoalCode.of(2))).isEmpty();
    assertThat(CAT.getGoal("1")).isSameAs(CAT.getGoal(GoalCode.of(1)));
  }

  @Test
  void getGoal_notInEdition_throwsUnknownCode() {
    assertThatThrownBy(() -> CAT.getGoal(GoalCode.of(2)))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessage("SDG-0004: Unknown goal '2': not in the catalogue edition FIXTURE-1")
        .satisfies(e -> {
          UnknownCodeException u = (UnknownCodeException) e;
          assertThat(u.input()).isEqualTo("2");
          assertThat(u.entryType()).isEqualTo(EntryType.GOAL);
          assertThat(u.edition()).isEqualTo("FIXTURE-1");
          assertThat(u.getMessage(Locale.forLanguageTag("nb")))
              .isEqualTo("SDG-0004: Ukjent mål '2': finnes ikke i katalogutgaven FIXTURE-1");
        });
  }

  @Test
  void stringOverloads_badAndUnknownCodes() {
    assertThatThrownBy(() -> CAT.getGoal("18")).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> CAT.getTarget("1.z")).isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("Unknown target '1.z'");
    assertThatThrownBy(() -> CAT.getTarget("11.6.9")).isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("'11.6.9'");
    assertThatThrownBy(() -> CAT.getTarget(" 11.6")).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> CAT.getTarget("")).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> CAT.getIndicator("1.5.9")).isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("indicator");
    assertThatThrownBy(() -> CAT.getIndicator((String) null)).isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void targets_childrenAndParents() {
    assertThat(CAT.targets()).extracting(Target::codeText)
        .containsExactly("1.5", "1.a", "13.1", "13.2", "13.b", "17.9", "17.10");
    assertThat(CAT.targetsOf(GoalCode.of(17))).extracting(Target::codeText).containsExactly("17.9", "17.10");
    assertThat(CAT.targetsOf(GoalCode.of(5))).isEmpty();
    Target t = CAT.getTarget(TargetCode.parse("13.2"));
    assertThat(CAT.goalOf(t).code()).isEqualTo(GoalCode.of(13));
    assertThat(CAT.findTarget(TargetCode.parse("13.3"))).isEmpty();
  }

  @Test
  void targetKind_isDataNotCodeForm() {
    assertThat(CAT.getTarget("1.5").kind()).isEqualTo(TargetKind.OUTCOME);
    assertThat(CAT.getTarget("1.a").kind()).isEqualTo(TargetKind.MEANS_OF_IMPLEMENTATION);
    Target t179 = CAT.getTarget("17.9");
    assertThat(t179.code().isLetter()).isFalse();
    assertThat(t179.kind()).isEqualTo(TargetKind.MEANS_OF_IMPLEMENTATION);
  }

  @Test
  void targetText_fallbackAndProvenance() {
    // 1.5: own text in all three languages
    Target t15 = CAT.getTarget("1.5");
    assertThat(t15.titleText().resolve(Language.NN).language()).isEqualTo(Language.NN);
    // 1.a: community bokmål only, official nynorsk -> a bokmål reader gets the official nynorsk text
    TextVariant v = CAT.getTarget("1.a").titleText().resolve(Language.NB);
    assertThat(v.language()).isEqualTo(Language.NN);
    assertThat(v.provenance()).isEqualTo(TextProvenance.OFFICIAL_NO);
    assertThat(CAT.getTarget("1.a").titleText().find(Language.NB).orElseThrow().provenance())
        .isEqualTo(TextProvenance.COMMUNITY);
    // 13.2: no nynorsk -> official bokmål
    TextVariant v132 = CAT.getTarget("13.2").titleText().resolve(Language.NN);
    assertThat(v132.language()).isEqualTo(Language.NB);
    assertThat(v132.text()).startsWith("Innarbeide tiltak mot klimaendringer");
    // 13.b: English only
    assertThat(CAT.getTarget("13.b").titleText().resolve(Language.NB).language()).isEqualTo(Language.EN);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"en,en,en", "nb,nb,nn", "no,nb,nn", "nb-NO,nb,nn", "nn,nn,nn",
      "nn-NO,nn,nn", "de,en,en"})
  void locales_resolveTargetTexts(String tag, String lang15, String lang1a) {
    Language l = Language.of(Locale.forLanguageTag(tag));
    assertThat(CAT.getTarget("1.5").titleText().resolve(l).language().tag()).isEqualTo(lang15);
    assertThat(CAT.getTarget("1.a").titleText().resolve(l).language().tag()).isEqualTo(lang1a);
    assertThat(CAT.getTarget("13.b").titleText().resolve(l).language()).isEqualTo(Language.EN);
  }

  @Test
  void repeatedIndicator_resolvesToOneIndicatorWithAllPlacements() {
    Indicator a = CAT.getIndicator(IndicatorCode.parse("1.5.1"));
    Indicator b = CAT.getIndicator(IndicatorCode.parse("13.1.1"));
    assertThat(a).isSameAs(b);
    assertThat(a.code()).hasToString("1.5.1");
    assertThat(a.placements()).extracting(IndicatorCode::toString).containsExactly("1.5.1", "13.1.1");
    assertThat(a.targets()).extracting(TargetCode::toString).containsExactly("1.5", "13.1");
    assertThat(a.isRepeated()).isTrue();
    assertThat(CAT.indicatorsOf(TargetCode.parse("13.1"))).containsExactly(a);
    assertThat(CAT.listingsOf(TargetCode.parse("13.1"))).extracting(l -> l.code().toString()).containsExactly("13.1.1");
    assertThat(CAT.indicatorListingCount()).isEqualTo(7);
    assertThat(CAT.uniqueIndicatorCount()).isEqualTo(5);
  }

  @Test
  void repeatWithOwnWording_keepsListingText() {
    // 13.b.1 counts as a repeat of 13.2.1 but has its own wording and UNSD code
    Indicator i = CAT.getIndicator("13.b.1");
    assertThat(i.code()).hasToString("13.2.1");
    IndicatorListing l = CAT.getListing(IndicatorCode.parse("13.b.1"));
    assertThat(l.unsdCode()).isEqualTo("C130b02");
    assertThat(i.unsdCode()).isEqualTo("C130203");
    assertThat(l.title(Language.EN)).isNotEqualTo(i.title(Language.EN));
    assertThat(i.findListing(IndicatorCode.parse("13.b.1"))).contains(l);
    assertThat(i.findListing(IndicatorCode.parse("1.5.1"))).isEmpty();
    assertThat(CAT.targetOf(l).codeText()).isEqualTo("13.b");
  }

  @Test
  void indicatorAttributes() {
    IndicatorListing l = CAT.getListing(IndicatorCode.parse("1.5.1"));
    assertThat(l.tier()).hasValueSatisfying(t -> {
      assertThat(t.level()).isEqualTo(TierLevel.TIER_I);
      assertThat(t.asOf()).hasToString("2022-11-30");
    });
    assertThat(l.custodianAgencies()).containsExactly("UNDRR");
    assertThat(l.titleText().find(Language.NB).orElseThrow().provenance()).isEqualTo(TextProvenance.COMMUNITY);
    assertThat(l.titleText().find(Language.EN).orElseThrow().provenance()).isEqualTo(TextProvenance.OFFICIAL_UN);
    assertThat(l.norwegianFollowsOlderWording()).isFalse();
    IndicatorListing older = CAT.getListing(IndicatorCode.parse("1.a.1"));
    assertThat(older.norwegianFollowsOlderWording()).isTrue();
    assertThat(older.titleText().find(Language.NB).orElseThrow().note().orElseThrow())
        .startsWith(IndicatorListing.OLDER_WORDING_PREFIX + "Proportion of domestically generated resources");
  }

  @Test
  void unsdCodeLookup() {
    assertThat(CAT.findIndicatorByUnsdCode("C200303")).contains(CAT.getIndicator("13.1.1"));
    assertThat(CAT.findIndicatorByUnsdCode("C130b02")).contains(CAT.getIndicator("13.2.1"));
    assertThat(CAT.findIndicatorByUnsdCode("C999999")).isEmpty();
  }

  @Test
  void changes() {
    assertThat(CAT.changes()).hasSize(2);
    IndicatorChange c = CAT.findChange(IndicatorCode.parse("1.a.1")).orElseThrow();
    assertThat(c.type()).isEqualTo(IndicatorChange.ChangeType.WORDING_REFINED);
    assertThat(c.unsdCodeBefore()).contains("C010a04");
    assertThat(CAT.findChange(IndicatorCode.parse("1.5.1"))).isEmpty();
  }

  @Test
  void search_prefixMatchesNorwegianCompound() {
    List<SearchHit> hits = CAT.search("Klima", Language.NB);
    assertThat(hits).isNotEmpty();
    assertThat(hits).extracting(SearchHit::code).contains("13", "13.1", "13.2");
    assertThat(hits.get(0).matched().language()).isEqualTo(Language.NB);
    assertThat(hits).allSatisfy(h -> assertThat(h.matched().text().toLowerCase(Locale.ROOT)).contains("klima"));
  }

  @Test
  void search_ranksExactWordsAndShortTextsHigher() {
    List<SearchHit> hits = CAT.search("climate action", Language.EN);
    assertThat(hits.get(0).code()).isEqualTo("13");
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i - 1).score()).isGreaterThanOrEqualTo(hits.get(i).score());
    }
  }

  @Test
  void search_allWordsMustMatch() {
    assertThat(CAT.search("klima fattigdom xyzzy", Language.NB)).isEmpty();
    assertThat(CAT.search("   ", Language.NB)).isEmpty();
  }

  @Test
  void search_aeOeAaAreDistinctLetters() {
    // "sårbar" is in 1.5 (bokmål); "sarbar" must not match it, but case does not matter
    assertThat(CAT.search("SÅRBAR", Language.NB)).extracting(SearchHit::code).contains("1.5");
    assertThat(CAT.search("sarbar", Language.NB)).extracting(SearchHit::code).doesNotContain("1.5");
  }

  @Test
  void search_codeQueryPutsEntryFirst() {
    assertThat(CAT.search("13.2", Language.EN).get(0).code()).isEqualTo("13.2");
    assertThat(CAT.search("SDG 13", Language.NB).get(0).code()).isEqualTo("13");
    assertThat(CAT.search("13.1.1", Language.EN).get(0).code()).isEqualTo("1.5.1");
  }

  @Test
  void search_nynorskCoversBokmaalFallback() {
    // 13.2 has no nynorsk text; a nynorsk search still finds it through the bokmål text
    assertThat(CAT.search("klimaendringer", Language.NN)).extracting(SearchHit::code).contains("13.2");
  }

  @Test
  void search_limit() {
    assertThat(CAT.search("the", Language.EN, 2)).hasSize(2);
    assertThatThrownBy(() -> CAT.search("the", Language.EN, 0)).isInstanceOf(IllegalArgumentException.class)
        .isInstanceOfSatisfying(CodedArgumentException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(SdgErrorCode.INVALID_ARGUMENT);
          assertThat(e.getMessage()).isEqualTo("SDG-0006: The limit must be at least 1, was 0");
          assertThat(e.getMessage(Language.NB)).isEqualTo("SDG-0006: Verdien for limit må være minst 1, var 0");
          assertThat(e.getMessage(Language.NN)).isEqualTo("SDG-0006: Verdien for limit må vere minst 1, var 0");
        });
  }

  @Test
  void load_fromUrl_equalsLoadFromPath() throws Exception {
    SdgCatalogue viaUrl = SdgCatalogue.load(fixtureDir().toUri().toURL());
    assertThat(viaUrl.targets()).isEqualTo(CAT.targets());
    assertThat(viaUrl.indicators()).isEqualTo(CAT.indicators());
  }

  @Test
  void collections_areImmutable() {
    assertThatThrownBy(() -> CAT.goals().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CAT.targetsOf(GoalCode.of(1)).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CAT.indicators().get(0).listings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void bundled_isSharedAndThreadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SdgCatalogue>> results = pool.invokeAll(List.of(SdgCatalogue::bundled,
          SdgCatalogue::bundled, SdgCatalogue::bundled, SdgCatalogue::bundled));
      SdgCatalogue first = results.get(0).get();
      for (Future<SdgCatalogue> f : results) {
        assertThat(f.get()).isSameAs(first);
      }
      assertThat(SdgCatalogue.loadBundled()).isNotSameAs(first);
    } finally {
      pool.shutdownNow();
    }
  }
}
