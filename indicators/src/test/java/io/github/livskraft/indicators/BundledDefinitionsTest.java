package io.github.livskraft.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data tests over the bundled Norwegian municipal definitions (separate from logic tests on fixtures). */
class BundledDefinitionsTest {
  private final IndicatorLibrary lib = IndicatorLibrary.bundled();

  /** Every indicator named in the project's seed documents and the issue, by id. */
  static final List<String> SEED_INDICATORS = List.of(
      "waste.household-per-capita", "waste.household-material-recovery-share", "climate.ghg-per-capita",
      "land.built-up-area-per-capita", "land.lcrpgr", "environment.miljofyrtarn-certified-businesses",
      "green.schools-kindergartens-near-green-areas", "kindergarten.coverage-1-5",
      "education.upper-secondary-completion", "health.physician-man-years-per-10000",
      "poverty.children-persistent-low-income", "work.neet-youth-share", "governance.women-municipal-council-share",
      "water.drinking-water-quality-share", "sewage.population-connected-compliant-treatment",
      "digital.broadband-high-speed-households-share");

  @Test
  void at_least_forty_definitions_including_every_seed_indicator() {
    assertThat(lib.size()).isGreaterThanOrEqualTo(40);
    for (String id : SEED_INDICATORS) {
      assertThat(lib.find(id)).as(id).isPresent();
    }
  }

  @Test
  void seed_indicators_link_to_the_targets_the_issue_names() {
    assertLinked("waste.household-per-capita", "12.5", "11.6");
    assertLinked("waste.household-material-recovery-share", "12.5", "11.6");
    assertLinked("climate.ghg-per-capita", "13.2");
    assertLinked("land.lcrpgr", "11.3");
    assertLinked("environment.miljofyrtarn-certified-businesses", "12.6");
    assertLinked("green.schools-kindergartens-near-green-areas", "11.7");
    assertLinked("kindergarten.coverage-1-5", "4.2");
    assertLinked("education.upper-secondary-completion", "4.1");
    assertLinked("health.physician-man-years-per-10000", "3.c");
    assertLinked("poverty.children-persistent-low-income", "1.2", "10.2");
    assertLinked("work.neet-youth-share", "8.6");
    assertLinked("governance.women-municipal-council-share", "5.5");
    assertLinked("water.drinking-water-quality-share", "6.1");
    assertLinked("sewage.population-connected-compliant-treatment", "6.3");
    assertLinked("digital.broadband-high-speed-households-share", "9.c");
    assertThat(lib.get("land.lcrpgr").unIndicator()).hasValueSatisfying(c -> assertThat(c).hasToString("11.3.1"));
  }

  private void assertLinked(String id, String... targets) {
    List<TargetCode> linked = lib.get(id).targetLinks().stream().map(TargetLink::target).toList();
    for (String t : targets) {
      assertThat(linked).as(id).contains(TargetCode.parse(t));
    }
  }

  @Test
  void ghg_per_capita_is_derived_from_miljodirektoratet_and_ssb_population() {
    IndicatorDefinition d = lib.get("climate.ghg-per-capita");
    assertThat(d.derived()).isTrue();
    assertThat(d.formula().kind()).isEqualTo(FormulaKind.PER_CAPITA);
    assertThat(d.sources()).extracting(DataSource::kind)
        .containsExactly(SourceKind.MILJODIREKTORATET, SourceKind.SSB_TABLE);
    assertThat(d.caveats()).anySatisfy(c -> assertThat(c.text(Language.EN)).containsIgnoringCase("derived"));
  }

  /**
   * "Verified" must mean: table id and ContentsCode are listed as verified in the SSB reference
   * (ssb-kostra-api.md §7). These are the only pairs the reference marks so.
   */
  @Test
  void only_pairs_verified_in_the_reference_are_marked_verified() {
    List<String> verifiedPairs = List.of("07459/Personer1", "13502/KOSandel150000", "13502/KOSandel350000",
        "12134/KOSAGD230000", "13526/KOSbygsokrestrik0000", "12367/KOSbelop0000");
    for (IndicatorDefinition d : lib.all()) {
      for (DataSource s : d.sources()) {
        String pair = s.tableId().orElse("?") + "/" + s.contentsCode().orElse("?");
        if (s.verified()) {
          assertThat(verifiedPairs).as(d.id() + " " + s.key()).contains(pair);
        } else {
          assertThat(s.note()).as(d.id() + " " + s.key() + " needs a note saying what to check").isPresent();
        }
      }
    }
    assertThat(lib.all().stream().filter(IndicatorDefinition::verified).count()).isGreaterThanOrEqualTo(3);
  }

  /** A source key shared by several definitions must name the same quantity (series files use keys as names). */
  @Test
  void shared_source_keys_denote_the_same_source() {
    java.util.Map<String, DataSource> seen = new java.util.HashMap<>();
    for (IndicatorDefinition d : lib.all()) {
      for (DataSource s : d.sources()) {
        DataSource other = seen.putIfAbsent(s.key(), s);
        if (other != null) {
          assertThat(s.publisher()).as(d.id() + " key " + s.key()).isEqualTo(other.publisher());
          assertThat(s.tableId()).as(d.id() + " key " + s.key()).isEqualTo(other.tableId());
          assertThat(s.contentsCode()).as(d.id() + " key " + s.key()).isEqualTo(other.contentsCode());
        }
      }
      if (d.formula().kind() == FormulaKind.VALUE && !d.id().equals("climate.ghg-total")) {
        assertThat(d.formula().numerator()).as(d.id()).isEqualTo(d.id());
      }
    }
    assertThat(seen).containsKeys("population", "ghg");
  }

  /** Every linked target and UN indicator exists in the bundled UN framework (sdg-core's catalogue). */
  @Test
  void targets_and_un_indicators_exist_in_the_sdg_catalogue() {
    io.github.livskraft.sdg.SdgCatalogue cat = io.github.livskraft.sdg.SdgCatalogue.bundled();
    for (IndicatorDefinition d : lib.all()) {
      for (TargetLink l : d.targetLinks()) {
        assertThat(cat.findTarget(l.target())).as(d.id() + " → " + l.target()).isPresent();
      }
      d.unIndicator().ifPresent(u -> {
        assertThat(cat.findIndicator(u)).as(d.id() + " → UN " + u).isPresent();
        assertThat(d.targetLinks()).as(d.id() + " links the UN indicator's target")
            .anyMatch(l -> l.target().equals(u.target()));
      });
    }
  }

  @Test
  void every_definition_is_complete() {
    for (IndicatorDefinition d : lib.all()) {
      assertThat(d.name().text(Language.NB)).as(d.id()).isNotBlank();
      assertThat(d.name().text(Language.EN)).as(d.id()).isNotBlank();
      assertThat(d.unit().text(Language.EN)).as(d.id()).isNotBlank();
      assertThat(d.targetLinks()).as(d.id()).isNotEmpty();
      assertThat(d.targetLinks()).as(d.id()).anyMatch(l -> l.role() != LinkRole.SECONDARY);
      if (d.id().endsWith("-share") || d.id().contains("coverage")) {
        assertThat(d.limit()).as(d.id() + " shares carry the natural limit 100").contains(100.0);
      }
    }
  }
}
