package io.github.livskraft.sdg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

  @Test
  void lowerCasesAndKeepsNorwegianLetters() {
    assertThat(TextFolding.fold("ÆØÅ æøå Klima")).isEqualTo("æøå æøå klima");
  }

  @Test
  void removesOtherAccents() {
    assertThat(TextFolding.fold("Café naïve Müller señor")).isEqualTo("cafe naive muller senor");
  }

  @Test
  void decomposedInputIsRecomposedForÅ() {
    assertThat(TextFolding.fold("a\u030Apen")).isEqualTo("åpen");
    assertThat(TextFolding.fold("o\u0338l")).isEqualTo("øl");
  }

  @Test
  void punctuationSeparatesWords() {
    assertThat(TextFolding.words("forbruks- og produksjons-mønstre (2030), «sikre»"))
        .containsExactly("forbruks", "og", "produksjons", "mønstre", "2030", "sikre");
  }

  @Test
  void localeIndependent() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(TextFolding.fold("TITLE I")).isEqualTo("title i");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
