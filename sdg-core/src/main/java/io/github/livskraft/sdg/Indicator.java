package io.github.livskraft.sdg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unique indicator with all its placements. The 2025 framework has 251 listings of 234 unique indicators;
 * a repeated indicator such as 1.5.1 = 11.5.1 = 13.1.1 is one {@code Indicator} whatever code it is looked up
 * by. Immutable and thread-safe.
 *
 * <pre>{@code
 * Indicator i = SdgCatalogue.bundled().getIndicator(IndicatorCode.parse("13.1.1"));
 * i.code();        // 1.5.1 (the primary listing)
 * i.placements();  // [1.5.1, 11.5.1, 13.1.1]
 * }</pre>
 *
 * @param listings the listings, primary first, then in code order
 */
public record Indicator(List<IndicatorListing> listings) implements CatalogueEntry {

  /** Checks and copies the listings. */
  public Indicator {
    listings = List.copyOf(listings);
    if (listings.isEmpty()) {
      throw new IllegalArgumentException("an indicator needs at least one listing");
    }
  }

  /** The primary listing (the first in the UN list). */
  public IndicatorListing primary() {
    return listings.get(0);
  }

  /** The code of the primary listing, e.g. 1.5.1 for the indicator also listed as 11.5.1 and 13.1.1. */
  public IndicatorCode code() {
    return primary().code();
  }

  /** Every code this indicator is listed under, primary first. */
  public List<IndicatorCode> placements() {
    return listings.stream().map(IndicatorListing::code).toList();
  }

  /** Every target this indicator is listed under. */
  public List<TargetCode> targets() {
    return listings.stream().map(IndicatorListing::target).toList();
  }

  /** Whether the indicator is listed under more than one target. */
  public boolean isRepeated() {
    return listings.size() > 1;
  }

  /**
   * The listing under a code.
   *
   * @param code a placement code
   * @return the listing, or empty if the indicator is not listed under that code
   */
  public Optional<IndicatorListing> findListing(IndicatorCode code) {
    Objects.requireNonNull(code, "code");
    return listings.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** The UNSD code of the primary listing. */
  public String unsdCode() {
    return primary().unsdCode();
  }

  /** The tier of the primary listing, if classified. */
  public Optional<Tier> tier() {
    return primary().tier();
  }

  /** The custodian agencies of the primary listing. */
  public List<String> custodianAgencies() {
    return primary().custodianAgencies();
  }

  @Override
  public EntryType entryType() {
    return EntryType.INDICATOR;
  }

  @Override
  public String codeText() {
    return code().toString();
  }

  /** The text of the primary listing. */
  @Override
  public LocalizedText titleText() {
    return primary().titleText();
  }
}
