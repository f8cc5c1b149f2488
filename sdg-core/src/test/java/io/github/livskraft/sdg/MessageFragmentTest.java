package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.MissingResourceException;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageFragmentTest {
  /** A code type of the test bundle {@code fragment-test_en|nb|nn.properties}. */
  @ErrorCode.Bundle("fragment-test")
  enum TestCode implements ErrorCode {
    READ;

    @Override
    public String code() {
      return "TEST-0001";
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "EN|TEST-0001: cannot read table 12134 of 250000 cells: the file does not exist",
      "NB|TEST-0001: kan ikke lese tabell 12134 med 250000 celler: filen finnes ikke",
      "NN|TEST-0001: kan ikkje lese tabell 12134 med 250000 celler: fila finst ikkje"})
  void aFragmentIsWrittenInTheLanguageOfTheMessageItIsAnArgumentOf(Language language, String expected) {
    MessageFragment what = TestCode.READ.fragment("what.table", "12134", 250_000);
    MessageFragment why = TestCode.READ.fragment("why.missing");
    assertThat(TestCode.READ.format(language, what, why)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "EN|more than 1000 rows (table 7 of 3 cells)",
      "NB|flere enn 1000 rader (tabell 7 med 3 celler)",
      "NN|fleire enn 1000 rader (tabell 7 med 3 celler)"})
  void fragmentsNestAndNumbersArePlainDigits(Language language, String expected) {
    MessageFragment inner = TestCode.READ.fragment("what.table", 7, 3);
    MessageFragment outer = MessageFragment.of(TestCode.READ, "TEST-0001.why.limit", 1000, inner);
    assertThat(outer.text(language)).isEqualTo(expected);
    assertThat(outer.toString()).isEqualTo(outer.text(Language.EN));
  }

  @Test
  void aCodedExceptionOrALocalizedTextAsArgumentIsPutInTheLanguage() {
    CodedArgumentException quoted = new CodedArgumentException(SdgErrorCode.INVALID_ARGUMENT, "limit", 1, 0);
    LocalizedText label = LocalizedText.of(TextVariant.of(Language.EN, "goal", TextProvenance.OFFICIAL_UN, "t"),
        TextVariant.of(Language.NN, "mål", TextProvenance.OFFICIAL_NO, "t"));
    MessageFragment f = MessageFragment.of(TestCode.READ, "TEST-0001", label, quoted);
    assertThat(f.text(Language.NN)).startsWith("kan ikkje lese mål: " + quoted.getMessage(Language.NN));
    assertThat(f.text(Language.EN)).startsWith("cannot read goal: " + quoted.getMessage(Language.EN));
    assertThat(quoted.getMessage(Language.NN)).isNotEqualTo(quoted.getMessage(Language.EN));
  }

  @Test
  void anArgumentExceptionCarriesAFragmentAsArgumentOrAsItsWholeText() {
    CodedArgumentException asArgument = new CodedArgumentException(TestCode.READ,
        TestCode.READ.fragment("what.table", "12134", 3), TestCode.READ.fragment("why.limit", 2, "x"));
    assertThat(asArgument.getMessage(Language.NN))
        .isEqualTo("TEST-0001: kan ikkje lese tabell 12134 med 3 celler: fleire enn 2 rader (x)");
    assertThat(asArgument.getMessage()).isEqualTo(asArgument.getMessage(Language.EN))
        .isEqualTo("TEST-0001: cannot read table 12134 of 3 cells: more than 2 rows (x)");
    class Variant extends CodedArgumentException {
      private static final long serialVersionUID = 1L;

      Variant(MessageFragment text) {
        super(text, TestCode.READ);
      }
    }
    Variant whole = new Variant(TestCode.READ.fragment("why.missing"));
    assertThat(whole.getMessage(Language.NB)).isEqualTo("TEST-0001: filen finnes ikke");
    assertThat(whole.getMessage()).isEqualTo("TEST-0001: the file does not exist");
    assertThat(whole.errorCode()).isSameAs(TestCode.READ);
  }

  @Test
  void theThreeLanguagesAtOnceAsALocalizedText() {
    LocalizedText t = TestCode.READ.fragment("why.missing").toLocalizedText();
    assertThat(t.languages()).containsExactlyInAnyOrder(Language.values());
    assertThat(t.text(Language.NB)).isEqualTo("filen finnes ikke");
    assertThat(t.text(Language.NN)).isEqualTo("fila finst ikkje");
    assertThat(t.text(Language.EN)).isEqualTo("the file does not exist");
  }

  @Test
  void aMissingKeyOrTooFewArgumentsFailWhereTheFragmentIsMade() {
    assertThatThrownBy(() -> TestCode.READ.fragment("why.unknown")).isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("TEST-0001.why.unknown");
    assertThatThrownBy(() -> TestCode.READ.fragment("what.table", "12134"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TEST-0001.what.table")
        .hasMessageContaining("uses 2 arguments, given 1");
    // more arguments than the pattern uses are allowed (a value that only some languages show)
    assertThat(TestCode.READ.fragment("greeting", "unused").text(Language.NB)).isEqualTo("Hei");
  }

  @Test
  void theArgumentsAreCopiedAndUnmodifiable() {
    Object[] args = {"12134", 3};
    MessageFragment f = TestCode.READ.fragment("what.table", args);
    args[0] = "changed";
    assertThat(f.args()).containsExactly("12134", 3);
    assertThat(f.key()).isEqualTo("TEST-0001.what.table");
    assertThat(f.bundle()).isSameAs(TestCode.READ.messages());
    assertThatThrownBy(() -> f.args().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(MessageFragment.of(TestCode.READ, "TEST-0001", null, "x").text(Language.EN))
        .isEqualTo("cannot read null: x");
  }

  @Test
  void equalsAndHashCode() {
    assertThat(TestCode.READ.fragment("what.table", "1", 2)).isEqualTo(TestCode.READ.fragment("what.table", "1", 2))
        .hasSameHashCodeAs(TestCode.READ.fragment("what.table", "1", 2))
        .isNotEqualTo(TestCode.READ.fragment("what.table", "1", 3));
    MessageBundle red = MessageBundle.load(TestCode.class, "fragment-test");
    MessageBundle blue = MessageBundle.load(SdgErrorCode.class, "sdg");
    EqualsVerifier.forClass(MessageFragment.class).withPrefabValues(MessageBundle.class, red, blue)
        .withPrefabValues(List.class, List.of("a"), List.of(1)).suppress(Warning.NULL_FIELDS).verify();
  }
}
