package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.util.Locale;

/** {@link CatalogueText}'s padding (used instead of java.util.Formatter at start-up) equals {@code %-Ns} and {@code %Ns}. */
class CatalogueTextPaddingTest {
  @PropertyTest(cases = 2000)
  void paddingEqualsTheFormatter(Gen g) {
    String value = g.string(0, 12, "0123456789.abcæøå ");
    int width = g.intBetween(1, 12);
    assertThat(CatalogueText.padEnd(value, width))
        .isEqualTo(String.format(Locale.ROOT, "%-" + width + "s", value));
    assertThat(CatalogueText.padStart(value, width))
        .isEqualTo(String.format(Locale.ROOT, "%" + width + "s", value));
  }
}
