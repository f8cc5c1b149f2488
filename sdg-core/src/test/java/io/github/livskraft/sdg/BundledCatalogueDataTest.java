package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whole-catalogue data tests over the bundled edition (UN framework after the 2025 review): counts, code
 * grammar, parents, texts, repeat groups and exact spot checks against the CSV files. Logic is tested on the
 * fixture ({@link FixtureCatalogueTest}); these tests change only when the data changes.
 */
class BundledCatalogueDataTest {
  private static final Pattern TARGET = Pattern.compile("^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])$");
  private static final Pattern INDICATOR = Pattern.compile("^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])\\.([1-9][0-9]?)$");

  private final SdgCatalogue cat = SdgCatalogue.bundled();

  @Test
  void revision() {
    CatalogueRevision r = cat.revision();
    assertThat(r.edition()).isEqualTo("UN-GIF-2025-review");
    assertThat(r.framework()).contains("2025 comprehensive review");
    assertThat(r.frameworkAdopted()).hasToString("2025-03");
    assertThat(r.tierAsOf()).hasToString("2022-11-30");
    assertThat(r.sources()).hasSize(6).anyMatch(s -> s.contains("CC BY 4.0")).anyMatch(s -> s.contains("MIT"));
  }

  @Test
  void counts() {
    assertThat(cat.goals()).hasSize(17);
    assertThat(cat.targets()).hasSize(169);
    assertThat(cat.targets().stream().filter(t -> !t.code().isLetter())).hasSize(126);
    assertThat(cat.targets().stream().filter(t -> t.code().isLetter())).hasSize(43);
    assertThat(cat.targets().stream().filter(t -> t.kind() == TargetKind.OUTCOME)).hasSize(107);
    assertThat(cat.targets().stream().filter(t -> t.kind() == TargetKind.MEANS_OF_IMPLEMENTATION)).hasSize(62);
    assertThat(cat.indicatorListingCount()).isEqualTo(251).isEqualTo(cat.indicatorListings().size());
    assertThat(cat.uniqueIndicatorCount()).isEqualTo(234).isEqualTo(cat.indicators().size());
    assertThat(cat.changes()).hasSize(23);
  }

  @Test
  void targetKind_letterTargetsAndAllOfGoal17AreMeansOfImplementation() {
    for (Target t : cat.targets()) {
      boolean moi = t.code().isLetter() || t.goal().number() == 17;
      assertThat(t.kind()).as(t.codeText())
          .isEqualTo(moi ? TargetKind.MEANS_OF_IMPLEMENTATION : TargetKind.OUTCOME);
    }
    assertThat(cat.targetsOf(GoalCode.of(17))).hasSize(19);
  }

  @Test
  void repeatGroups_thirteenGroupsFourTriplesNinePairs() {
    List<Indicator> repeated = cat.indicators().stream().filter(Indicator::isRepeated).toList();
    assertThat(repeated).hasSize(13);
    Map<Integer, Long> bySize = repeated.stream()
        .collect(Collectors.groupingBy(i -> i.placements().size(), Collectors.counting()));
    assertThat(bySize).containsExactlyInAnyOrderEntriesOf(Map.of(3, 4L, 2, 9L));
    assertThat(repeated.stream().mapToInt(i -> i.placements().size()).sum() - repeated.size())
        .isEqualTo(251 - 234);
    assertThat(cat.getIndicator("1.5.1")).isSameAs(cat.getIndicator("11.5.1")).isSameAs(cat.getIndicator("13.1.1"));
    assertThat(cat.getIndicator("13.b.1").placements()).extracting(IndicatorCode::toString)
        .containsExactly("13.2.1", "13.b.1");
  }

  @Test
  void everyListingBelongsToExactlyOneIndicator() {
    Map<IndicatorCode, Long> seen = cat.indicators().stream().flatMap(i -> i.placements().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(seen).hasSize(251).allSatisfy((code, n) -> assertThat(n).isEqualTo(1L));
    for (IndicatorListing l : cat.indicatorListings()) {
      assertThat(cat.getIndicator(l.code()).placements()).contains(l.code());
    }
  }

  @Test
  void codeGrammarAndParents() {
    assertThat(cat.goals()).extracting(Goal::code).isEqualTo(GoalCode.all());
    for (Target t : cat.targets()) {
      assertThat(t.codeText()).matches(TARGET);
      assertThat(cat.findGoal(t.goal())).isPresent();
      assertThat(cat.indicatorsOf(t.code())).as("indicators of %s", t.codeText()).isNotEmpty();
    }
    for (IndicatorListing l : cat.indicatorListings()) {
      assertThat(l.code().toString()).matches(INDICATOR);
      assertThat(cat.findTarget(l.target())).as("parent of %s", l.code()).isPresent();
      assertThat(l.unsdCode()).matches("C[0-9]{2}[0-9][0-9a-z][0-9]{2}");
    }
  }

  @Test
  void naturalOrderMatchesTheUnOrder() {
    assertThat(cat.targets()).extracting(Target::code).isSorted();
    assertThat(cat.indicatorListings()).extracting(IndicatorListing::code).isSorted();
    assertThat(cat.targetsOf(GoalCode.of(1))).extracting(Target::codeText)
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b");
  }

  @Test
  void everyGoalAndTargetHasOwnEnglishAndBokmaalText() {
    for (Goal g : cat.goals()) {
      assertOwnText(g.titleText(), g.codeText());
      assertOwnText(g.shortNameText(), g.codeText());
      assertThat(g.colour()).matches("#[0-9A-F]{6}");
    }
    for (Target t : cat.targets()) {
      assertOwnText(t.titleText(), t.codeText());
    }
    for (IndicatorListing l : cat.indicatorListings()) {
      assertThat(l.titleText().find(Language.EN)).as(l.code().toString()).isPresent();
    }
  }

  private static void assertOwnText(LocalizedText text, String code) {
    assertThat(text.find(Language.EN)).as("en text of %s", code).hasValueSatisfying(v -> {
      assertThat(v.text()).isNotBlank();
      assertThat(v.provenance()).isEqualTo(TextProvenance.OFFICIAL_UN);
    });
    assertThat(text.find(Language.NB)).as("nb text of %s", code)
        .hasValueSatisfying(v -> assertThat(v.text()).isNotBlank());
  }

  @Test
  void provenanceCounts() {
    assertThat(cat.goals()).allSatisfy(g ->
        assertThat(g.titleText().find(Language.NB).orElseThrow().provenance()).isEqualTo(TextProvenance.OFFICIAL_NO));
    Map<TextProvenance, Long> targetNb = cat.targets().stream()
        .map(t -> t.titleText().find(Language.NB).orElseThrow().provenance())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(targetNb).containsExactlyInAnyOrderEntriesOf(Map.of(TextProvenance.OFFICIAL_NO, 168L,
        TextProvenance.COMMUNITY, 1L));
    assertThat(cat.getTarget("9.1").titleText().find(Language.NB).orElseThrow().provenance())
        .isEqualTo(TextProvenance.COMMUNITY);
    assertThat(cat.targets().stream().filter(t -> t.titleText().find(Language.NN).isPresent())).hasSize(24);
    assertThat(cat.targets().stream().flatMap(t -> t.titleText().find(Language.NN).stream())
        .allMatch(v -> v.provenance() == TextProvenance.OFFICIAL_NO)).isTrue();
    List<IndicatorListing> withNb = cat.indicatorListings().stream()
        .filter(l -> l.titleText().find(Language.NB).isPresent()).toList();
    assertThat(withNb).hasSize(249).allSatisfy(l -> assertThat(l.titleText().find(Language.NB).orElseThrow()
        .provenance()).isEqualTo(TextProvenance.COMMUNITY));
    assertThat(cat.indicatorListings().stream().filter(IndicatorListing::norwegianFollowsOlderWording)).hasSize(70);
    assertThat(cat.indicatorListings().stream().filter(l -> l.titleText().find(Language.NB).isEmpty()))
        .extracting(l -> l.code().toString()).containsExactly("2.2.4", "11.5.3");
  }

  @Test
  void tiers_asOf30Nov2022() {
    Map<TierLevel, Long> tiers = cat.indicators().stream().flatMap(i -> i.tier().stream())
        .collect(Collectors.groupingBy(Tier::level, Collectors.counting()));
    assertThat(tiers).containsExactlyInAnyOrderEntriesOf(Map.of(TierLevel.TIER_I, 148L, TierLevel.TIER_II, 77L,
        TierLevel.MULTI, 6L));
    assertThat(cat.indicators().stream().filter(i -> i.tier().isEmpty()))
        .extracting(i -> i.code().toString()).containsExactly("2.2.4", "8.9.2", "11.c.1");
  }

  @Test
  void changes_addedAndReplaced() {
    Set<String> added = cat.changes().stream().filter(c -> c.type() == IndicatorChange.ChangeType.ADDED)
        .map(c -> c.code().toString()).collect(Collectors.toSet());
    assertThat(added).containsExactlyInAnyOrder("2.2.4", "8.9.2", "11.c.1");
    IndicatorChange c = cat.findChange(IndicatorCode.parse("3.b.3")).orElseThrow();
    assertThat(c.type()).isEqualTo(IndicatorChange.ChangeType.REPLACED_OR_REVISED);
    assertThat(c.unsdCodeBefore()).contains("C030b03");
    assertThat(c.unsdCodeAfter()).isEqualTo("C030b04");
  }

  // ------------------------------------------------ exact spot checks against the CSV files

  @Test
  void spotCheck_goal11() {
    Goal g = cat.getGoal(GoalCode.of(11));
    assertThat(g.title(Language.EN))
        .isEqualTo("Make cities and human settlements inclusive, safe, resilient and sustainable");
    assertThat(g.title(Language.NB)).isEqualTo("Gjøre byer og lokalsamfunn inkluderende, trygge, robuste og bærekraftige");
    assertThat(g.shortName(Language.EN)).isEqualTo("Sustainable cities and communities");
    assertThat(g.colour()).isEqualTo("#FD9D24");
    assertThat(cat.getGoal(GoalCode.of(1)).shortName(Language.NB)).isEqualTo("Utrydde fattigdom");
    assertThat(cat.getGoal(GoalCode.of(1)).shortNameText().find(Language.NB).orElseThrow().provenance())
        .isEqualTo(TextProvenance.OFFICIAL_NO);
    assertThat(cat.getGoal(GoalCode.of(13)).shortName(Language.NB)).isEqualTo("Stoppe klimaendringene");
    assertThat(cat.getGoal(GoalCode.of(13)).note().orElseThrow().text(Language.EN))
        .contains("United Nations Framework Convention on Climate Change");
    assertThat(cat.getGoal(GoalCode.of(1)).colour()).isEqualTo("#E5243B");
    assertThat(cat.getGoal(GoalCode.of(17)).colour()).isEqualTo("#19486A");
  }

  @Test
  void spotCheck_target116() {
    Target t = cat.getTarget("11.6");
    assertThat(t.title(Language.EN)).isEqualTo("By 2030, reduce the adverse per capita environmental impact of cities, "
        + "including by paying special attention to air quality and municipal and other waste management");
    assertThat(t.title(Language.NB)).isEqualTo("Innen 2030 redusere byenes og lokalsamfunnenes negative påvirkning på "
        + "miljøet (målt per innbygger), med særlig vekt på luftkvalitet og avfallshåndtering i offentlig eller privat regi");
    TextVariant nb = t.titleText().find(Language.NB).orElseThrow();
    assertThat(nb.provenance()).isEqualTo(TextProvenance.OFFICIAL_NO);
    assertThat(nb.source()).startsWith("ntnu-informatikk-2021/SDG-ontology-visualizer");
    // no nynorsk text for 11.6: nynorsk readers get the official bokmål
    assertThat(t.titleText().resolve(Language.NN)).isEqualTo(nb);
    assertThat(t.kind()).isEqualTo(TargetKind.OUTCOME);
  }

  @Test
  void spotCheck_nynorskAndCorrections() {
    assertThat(cat.getTarget("13.2").title(Language.NN))
        .isEqualTo("Innarbeide tiltak mot klimaendringar i politikk, strategiar og planlegging på nasjonalt nivå");
    assertThat(cat.getTarget("9.1").title(Language.NB)).startsWith("Utvikle påliteleg, berekraftig og solid infrastruktur");
    assertThat(cat.getTarget("9.1").titleText().resolve(Language.NB).language()).isEqualTo(Language.NN);
    assertThat(cat.getTarget("15.8").title(Language.NB)).startsWith("Innen 2020");
    assertThat(cat.getTarget("15.8").titleText().find(Language.NB).orElseThrow().note()).isPresent();
    assertThat(cat.getTarget("14.6").note()).isPresent();
  }

  @Test
  void spotCheck_indicators() {
    IndicatorListing l = cat.getListing(IndicatorCode.parse("11.6.1"));
    assertThat(l.title(Language.EN)).isEqualTo("Proportion of municipal solid waste collected and managed in "
        + "controlled facilities out of total municipal waste generated, by cities");
    assertThat(l.unsdCode()).isEqualTo("C110603");
    assertThat(l.custodianAgencies()).containsExactly("UN-Habitat", "UNSD");
    Indicator i = cat.getIndicator("13.1.1");
    assertThat(i.unsdCode()).isEqualTo("C200303");
    assertThat(i.custodianAgencies()).containsExactly("UNDRR");
    assertThat(cat.getListing(IndicatorCode.parse("17.6.1")).note().orElseThrow().text(Language.EN))
        .contains("previously listed as 17.6.2");
    assertThat(cat.getListing(IndicatorCode.parse("1.1.1")).tier().orElseThrow().level()).isEqualTo(TierLevel.TIER_I);
    assertThat(cat.getListing(IndicatorCode.parse("15.7.1")).custodianAgencies()).containsExactly("UNODC", "CITES");
  }

  @Test
  void search_everyTargetIsFoundFirstByItsOwnText() {
    for (Language l : Language.values()) {
      for (Target t : cat.targets()) {
        List<SearchHit> hits = cat.search(t.title(l), l, 3);
        assertThat(hits).as("search for the %s text of %s", l, t.codeText()).isNotEmpty();
        assertThat(hits.get(0).code()).as("best hit for the %s text of %s", l, t.codeText()).isEqualTo(t.codeText());
      }
    }
  }

  @Test
  void search_everyGoalIsFoundByItsShortName() {
    for (Goal g : cat.goals()) {
      for (Language l : List.of(Language.EN, Language.NB)) {
        assertThat(cat.search(g.shortName(l), l, 3)).extracting(SearchHit::code).as("%s %s", l, g.shortName(l))
            .contains(g.codeText());
      }
    }
  }

  @Test
  void loadFromUrl_givesTheSameCatalogue() {
    SdgCatalogue viaUrl = SdgCatalogue.load(SdgCatalogue.class.getResource(SdgCatalogue.BUNDLED));
    assertThat(viaUrl.goals()).isEqualTo(cat.goals());
    assertThat(viaUrl.targets()).isEqualTo(cat.targets());
    assertThat(viaUrl.indicators()).isEqualTo(cat.indicators());
    assertThat(viaUrl.revision()).isEqualTo(cat.revision());
  }

  @Test
  void search_klimaFindsKlimaendringene() {
    List<SearchHit> hits = cat.search("Klima", Language.NB, 20);
    assertThat(hits).extracting(SearchHit::code).contains("13", "13.2");
    assertThat(hits.get(0).code()).isEqualTo("13");
  }
}
