package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validation in the catalogue records (Goal, Target, Indicator, IndicatorListing, …). */
class ValueTypesTest {
  private static final LocalizedText EN = LocalizedText.of(TextVariant.of(Language.EN, "x", TextProvenance.OFFICIAL_UN, "s"));

  private static IndicatorListing listing(String code) {
    return new IndicatorListing(IndicatorCode.parse(code), "C010101", EN, Optional.empty(), Optional.empty(),
        List.of("WHO"), List.of(), Optional.empty());
  }

  @Test
  void goal_colourMustBeUpperCaseHex() {
    assertThat(new Goal(GoalCode.of(1), EN, EN, "#E5243B", Optional.empty()).colour()).isEqualTo("#E5243B");
    assertThatThrownBy(() -> new Goal(GoalCode.of(1), EN, EN, "#e5243b", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#e5243b");
    assertThatThrownBy(() -> new Goal(GoalCode.of(1), EN, EN, "red", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Goal(null, EN, EN, "#E5243B", Optional.empty()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void target_derivedValues() {
    Target t = new Target(TargetCode.parse("17.10"), TargetKind.MEANS_OF_IMPLEMENTATION, EN, Optional.empty());
    assertThat(t.goal()).isEqualTo(GoalCode.of(17));
    assertThat(t.codeText()).isEqualTo("17.10");
    assertThat(t.entryType()).isEqualTo(EntryType.TARGET);
    assertThat(t.title(Language.NN)).isEqualTo("x");
  }

  @Test
  void indicator_needsAListingAndCopiesLists() {
    assertThatThrownBy(() -> new Indicator(List.of())).isInstanceOf(IllegalArgumentException.class);
    List<IndicatorListing> mutable = new ArrayList<>(List.of(listing("1.5.1"), listing("13.1.1")));
    Indicator i = new Indicator(mutable);
    mutable.clear();
    assertThat(i.placements()).extracting(IndicatorCode::toString).containsExactly("1.5.1", "13.1.1");
    assertThat(i.targets()).extracting(TargetCode::toString).containsExactly("1.5", "13.1");
    assertThat(i.isRepeated()).isTrue();
    assertThat(i.codeText()).isEqualTo("1.5.1");
    assertThat(i.entryType()).isEqualTo(EntryType.INDICATOR);
  }

  @Test
  void listing_olderWordingFlagComesFromTheBokmaalNote() {
    LocalizedText withNote = LocalizedText.of(TextVariant.of(Language.EN, "x", TextProvenance.OFFICIAL_UN, "s"),
        new TextVariant(Language.NB, "y", TextProvenance.COMMUNITY, "s",
            Optional.of(IndicatorListing.OLDER_WORDING_PREFIX + "old")));
    IndicatorListing l = new IndicatorListing(IndicatorCode.parse("1.1.1"), "C010101", withNote, Optional.empty(),
        Optional.empty(), List.of(), List.of(), Optional.empty());
    assertThat(l.norwegianFollowsOlderWording()).isTrue();
    assertThat(listing("1.1.1").norwegianFollowsOlderWording()).isFalse();
    assertThat(l.target()).isEqualTo(TargetCode.of(1, 1));
  }

  @Test
  void revision_toStringIsEdition() {
    CatalogueRevision r = new CatalogueRevision("E-1", "F", YearMonth.of(2025, 3), LocalDate.of(2026, 11, 24),
        LocalDate.of(2022, 11, 30), List.of("s"));
    assertThat(r).hasToString("E-1");
    assertThatThrownBy(() -> new CatalogueRevision(null, "F", YearMonth.of(2025, 3), LocalDate.of(2026, 11, 24),
        LocalDate.of(2022, 11, 30), List.of())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void tierAndChangeAndHitNulls() {
    assertThatThrownBy(() -> new Tier(null, "Tier I", LocalDate.of(2022, 11, 30)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new IndicatorChange(IndicatorCode.parse("1.1.1"), null, Optional.empty(), "C",
        Optional.empty(), "t")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SearchHit(null, EN.resolve(Language.EN), 1)).isInstanceOf(NullPointerException.class);
  }
}
