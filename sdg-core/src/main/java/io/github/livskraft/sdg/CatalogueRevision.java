package io.github.livskraft.sdg;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Which edition of the catalogue is loaded: the UN framework revision and the dates and sources of the data.
 * Store {@link #edition()} with any code you persist; codes are not stable across revisions.
 *
 * @param edition a short id, e.g. {@code UN-GIF-2025-review}
 * @param framework the UN framework revision, in words
 * @param frameworkAdopted when the UN Statistical Commission adopted that revision
 * @param assembled when this data set was assembled
 * @param tierAsOf the date of the tier classification used
 * @param sources the sources with their licences, one line each
 */
public record CatalogueRevision(String edition, String framework, YearMonth frameworkAdopted, LocalDate assembled,
    LocalDate tierAsOf, List<String> sources) {

  /** Checks the arguments and copies the list. */
  public CatalogueRevision {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(frameworkAdopted, "frameworkAdopted");
    Objects.requireNonNull(assembled, "assembled");
    Objects.requireNonNull(tierAsOf, "tierAsOf");
    sources = List.copyOf(sources);
  }

  /** The edition id. */
  @Override
  public String toString() {
    return edition;
  }
}
