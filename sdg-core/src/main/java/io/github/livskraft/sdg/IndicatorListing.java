package io.github.livskraft.sdg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the indicator list: an indicator as listed under one target. Most indicators have one listing; a
 * repeated indicator (1.5.1 = 11.5.1 = 13.1.1) has one per placement, grouped into one {@link Indicator}.
 * A listing keeps its own UNSD code and wording (13.b.1 counts as a repeat of 13.2.1 although both differ).
 * Immutable and thread-safe.
 *
 * @param code the listing code
 * @param unsdCode the UN Statistics Division's code, e.g. {@code C200303}; stable across renumbering, so a
 *     better key for stored data than the listing code
 * @param titleText the indicator text
 * @param tier the tier, if classified
 * @param tierNote a note on the tier (e.g. "indicator added in the 2025 comprehensive review")
 * @param custodianAgencies the custodian agencies, as listed in the tier sheet
 * @param partnerAgencies the partner agencies
 * @param note a footnote of the framework, not part of the text
 */
public record IndicatorListing(IndicatorCode code, String unsdCode, LocalizedText titleText, Optional<Tier> tier,
    Optional<String> tierNote, List<String> custodianAgencies, List<String> partnerAgencies,
    Optional<LocalizedText> note) {

  /** Checks the arguments and copies the lists. */
  public IndicatorListing {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(unsdCode, "unsdCode");
    Objects.requireNonNull(titleText, "titleText");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(tierNote, "tierNote");
    custodianAgencies = List.copyOf(custodianAgencies);
    partnerAgencies = List.copyOf(partnerAgencies);
    Objects.requireNonNull(note, "note");
  }

  /** The target this listing is under. */
  public TargetCode target() {
    return code.target();
  }

  /**
   * The title for a reader of {@code language}, with fallback.
   *
   * @param language the reader's language
   * @return the title
   */
  public String title(Language language) {
    return titleText.text(language);
  }

  /**
   * Whether the bokmål text was translated from an older English wording than the one in force (flagged in
   * the source data; the older wording is in the bokmål variant's {@link TextVariant#note()}).
   */
  public boolean norwegianFollowsOlderWording() {
    return titleText.find(Language.NB).flatMap(TextVariant::note)
        .filter(n -> n.startsWith(OLDER_WORDING_PREFIX)).isPresent();
  }

  /** Prefix of the bokmål note that marks a translation of an older English wording. */
  public static final String OLDER_WORDING_PREFIX = "translated from an older English wording: ";
}
