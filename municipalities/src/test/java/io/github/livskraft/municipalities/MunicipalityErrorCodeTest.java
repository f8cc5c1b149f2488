package io.github.livskraft.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.internal.KlassJson;
import io.github.livskraft.sdg.Language;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The municipalities module's codes: unique, a text in English, bokmål and nynorsk each, used by the exceptions. */
class MunicipalityErrorCodeTest {
  @Test
  void codesAreUniqueAndTheBundleIsComplete() {
    assertThat(Arrays.stream(MunicipalityErrorCode.values()).map(MunicipalityErrorCode::code).distinct())
        .hasSize(MunicipalityErrorCode.values().length).allMatch(c -> c.matches("MUN-\\d{4}"));
    assertThat(MunicipalityErrorCode.NOT_AUTOMATIC.messages().missingKeys()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MunicipalityErrorCode.class)
  void everyCodeHasItsOwnTextInEveryLanguage(MunicipalityErrorCode code) {
    Object[] args = {"x1", "x2", "x3", "x4", "x5"};
    String en = code.format(Language.EN, args);
    String nb = code.format(Language.NB, args);
    String nn = code.format(Language.NN, args);
    assertThat(List.of(en, nb, nn)).allMatch(m -> m.startsWith(code.code() + ": "));
    assertThat(en).isNotEqualTo(nb);
    assertThat(nn).isNotEqualTo(nb).isNotEqualTo(en);
    for (Language l : Language.values()) {
      String pattern = code.messages().pattern(code.code(), l);
      int highest = new MessageFormat(pattern, l.locale()).getFormatsByArgumentIndex().length;
      assertThat(highest).as("%s %s uses no argument beyond what its Javadoc lists", code, l).isLessThanOrEqualTo(5);
      // every message says what was expected
      assertThat(pattern).containsAnyOf("expected", "forventet", "venta");
    }
    assertThat(code.format(Locale.GERMAN, args)).isEqualTo(en);
  }

  @ParameterizedTest
  @EnumSource(CodeResolution.Outcome.class)
  void outcomesHaveLabelsInThreeLanguages(CodeResolution.Outcome outcome) {
    assertThat(outcome.label(Language.EN)).isNotBlank().isNotEqualTo(outcome.label(Language.NB));
    assertThat(outcome.label(Language.NN)).isNotBlank();
  }

  @Test
  void argumentErrorsAreIllegalArgumentsWithACodeAndNameTheValue() {
    assertThatThrownBy(() -> Region.parse("!!")).isInstanceOfSatisfying(MunicipalityArgumentException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(MunicipalityErrorCode.INVALID_REGION);
      assertThat(e.getMessage()).startsWith("MUN-0033: Invalid region '!!'").contains("expected");
      assertThat(e.getMessage(Language.NB)).contains("Ugyldig region '!!'").contains("forventet");
      assertThat(e.getMessage(Language.NN)).contains("Ugyldig region '!!'").contains("venta kommunenummer")
          .contains("ein gruppe-id");
    });
    assertThatThrownBy(() -> MunicipalityCode.parse("33x3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'33x3'").hasMessageStartingWith("MUN-0030");
    assertThatThrownBy(() -> MunicipalityCode.parseLenient("K-33x3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'K-33x3'").hasMessageStartingWith("MUN-0031");
    assertThatThrownBy(() -> new CountyCode("99")).hasMessageStartingWith("MUN-0032").hasMessageContaining("'99'");
    assertThatThrownBy(() -> new Region.Group("g", "G", List.of(MunicipalityCode.parse("3303"),
        MunicipalityCode.parse("3303")))).isInstanceOfSatisfying(MunicipalityArgumentException.class,
            e -> assertThat(e.getMessage(Language.NN)).contains("'g'").contains("3303").contains("to gonger"));
    assertThatThrownBy(() -> new MunicipalityPeriod(MunicipalityCode.parse("3303"), "Kongsberg",
        LocalDate.of(2024, 1, 1), java.util.Optional.of(LocalDate.of(2020, 1, 1))))
        .isInstanceOfSatisfying(MunicipalityArgumentException.class, e -> assertThat(e.getMessage(Language.NN))
            .contains("3303").contains("2020-01-01").contains("2024-01-01").contains("byrjar"));
  }

  @Test
  void klassAnswersThatCannotBeReadNameTheRequestThePathAndTheValue() {
    assertThatThrownBy(() -> KlassJson.codes("{\"codes\":[{\"code\":\"3303\",\"validFrom\":\"1.1.2024\"}]}"
        .getBytes(StandardCharsets.UTF_8), "codesAt 131")).isInstanceOfSatisfying(MunicipalityException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(MunicipalityErrorCode.KLASS_BAD_DATE);
          assertThat(e.getMessage()).contains("codesAt 131").contains("'1.1.2024'").contains("$.codes[0].validFrom");
          assertThat(e.getMessage(Language.NN)).contains("er ikkje ein dato").contains("$.codes[0].validFrom");
        });
    assertThatThrownBy(() -> KlassJson.codes("{\"codes\":[\n{\"code\": }]}".getBytes(StandardCharsets.UTF_8),
        "codesAt 131")).isInstanceOfSatisfying(MunicipalityException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(MunicipalityErrorCode.KLASS_NOT_JSON);
          // where, in our words: line 2 of the answer, not the parser's own description
          assertThat(e.getMessage(Language.NB)).contains("linje 2").doesNotContain("Unexpected character");
        });
    assertThatThrownBy(() -> KlassJson.changes("{\"codeChanges\":[{\"oldCode\":\"0604\"}]}"
        .getBytes(StandardCharsets.UTF_8), "changes 131")).hasMessageStartingWith("MUN-0012")
        .hasMessageContaining("$.codeChanges[0].changeOccurred");
  }

  @Test
  void aResolutionThatIsNotAutomaticSaysWhatHappenedInTheReadersLanguage() {
    // 0220 Asker, 0627 Røyken and 0628 Hurum became 3025 Asker in 2020, renumbered 3203 in 2024
    CodeResolution asker = MunicipalityRegistry.bundled().resolve(MunicipalityCode.parse("0220"),
        LocalDate.of(2024, 1, 1));
    assertThatThrownBy(asker::targetCode).isInstanceOfSatisfying(MunicipalityException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(MunicipalityErrorCode.NOT_AUTOMATIC);
      assertThat(e.getMessage()).startsWith("MUN-0001: 0220 cannot be carried to 2024-01-01 automatically: merged")
          .contains("3203");
      assertThat(e.getMessage(Language.NN)).contains("0220 kan ikkje førast over til 2024-01-01 automatisk")
          .contains("slått saman med andre kommunar");
    });
  }
}
