package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole-catalogue data tests over the bundled edition. */
class BundledCatalogueDataTest {
  private final SdgCatalogue cat = SdgCatalogue.defaultCatalogue();

  @Test
  void counts() {
    assertThat(cat.goals()).hasSize(17);
    assertThat(cat.targets()).hasSize(169);
    assertThat(cat.indicatorListingCount()).isEqualTo(251);
    assertThat(cat.uniqueIndicatorCount()).isEqualTo(234);
  }
}
