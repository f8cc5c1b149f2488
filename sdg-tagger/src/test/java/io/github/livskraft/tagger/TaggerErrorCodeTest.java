package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The tagger's error codes: unique, a text in English, bokmål and nynorsk each, and used by the exceptions. */
class TaggerErrorCodeTest {
  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Locale NN = Locale.forLanguageTag("nn");

  @Test
  void codesAreUniqueAndStable() {
    assertThat(new HashSet<>(Arrays.stream(TaggerErrorCode.values()).map(TaggerErrorCode::code).toList()))
        .hasSize(TaggerErrorCode.values().length);
    assertThat(TaggerErrorCode.values()).allMatch(c -> c.code().matches("TAG-\\d{4}"));
    assertThat(TaggerErrorCode.NO_RULES.messages().missingKeys()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TaggerErrorCode.class)
  void everyCodeHasATextInEveryLanguage(TaggerErrorCode code) {
    Object[] args = {"x", 1, 1};
    String en = code.format(Language.EN, args);
    String nb = code.format(Language.NB, args);
    String nn = code.format(Language.NN, args);
    assertThat(en).startsWith(code.code() + ": ").isNotEqualTo(nb);
    assertThat(nb).startsWith(code.code() + ": ");
    assertThat(nn).startsWith(code.code() + ": ").isNotEqualTo(en); // nb and nn may agree ("tomt ord")
    assertThat(code.format(Locale.GERMAN, args)).isEqualTo(en);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      @language nb\\n3 a 1.0 (helse                | TAG-0023 | slutten av regelen             | the end of the rule
      @language nb\\n3 a 1.0                       | TAG-0017 | manglar uttrykk                | has no expression
      @language nb\\n3 a 1.0 helse)                | TAG-0019 | uventa ')'                     | unexpected ')'
      @language nb\\n3 a 1.0 helse AND             | TAG-0024 | men fann slutten av regelen    | but found the end of the rule
      @language nb\\n3 a 1.0 he*                   | TAG-0027 | jokerstammen 'he*' er for kort | wildcard stem 'he*' is too short
      @language nb\\n3 a 1.0 helse NEAR3 kost      | TAG-0029 | nærleiksoperator 'NEAR3'       | proximity operator 'NEAR3'
      @language sv                                 | TAG-0010 | ukjent språk 'sv'              | unknown language 'sv'
      3 a 1.0 helse                                | TAG-0003 | før linja                      | before the
      """)
  void ruleSyntaxErrorsCarryTheirCodeInEveryLanguage(String rules, String code, String nynorsk, String english) {
    assertThatThrownBy(() -> SdgTagger.builder().addRules(new StringReader(rules.replace("\\n", "\n")), "r.sdgrules"))
        .isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
          assertThat(e.errorCode().code()).isEqualTo(code);
          assertThat(e.getMessage(NN)).startsWith("r.sdgrules:").contains(code + ": ").contains(nynorsk)
              .doesNotContain(english);
          assertThat(e.getMessage(Locale.ENGLISH)).contains(english).doesNotContain(nynorsk);
          assertThat(e.getMessage()).contains(code).contains(english).doesNotContain(" / ")
              .doesNotContain(nynorsk).isEqualTo(e.getMessage(Locale.ENGLISH));
          assertThat(e.getMessage(NB)).doesNotContain(english);
        });
  }

  @Test
  void fileAndBuilderErrorsNameTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("lokale.sdgrules");
    assertThatThrownBy(() -> SdgTagger.builder().addRules(missing)).isInstanceOfSatisfying(TaggingException.class,
        e -> {
          assertThat(e.errorCode()).isEqualTo(TaggerErrorCode.NO_SUCH_RULE_FILE);
          assertThat(e.getMessage(NN)).isEqualTo("TAG-0042: finn ikkje regelfila: " + missing);
          assertThat(e.getMessage(NB)).isEqualTo("TAG-0042: finner ikke regelfilen: " + missing);
          assertThat(e.getMessage()).contains("no such rule file: " + missing);
        });
    assertThatThrownBy(() -> SdgTagger.builder().build()).isInstanceOfSatisfying(TaggingException.class,
        e -> assertThat(e.errorCode()).isEqualTo(TaggerErrorCode.NO_RULES));
  }

  @Test
  void duplicateIdsNameWhereTheFirstWas() {
    String rules = "@language nb\n3 a 1.0 helse\n";
    assertThatThrownBy(() -> SdgTagger.builder().addRules(new StringReader(rules), "en.sdgrules")
        .addRules(new StringReader(rules), "to.sdgrules")).isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(TaggerErrorCode.DUPLICATE_RULE_ID);
          assertThat(e.getMessage(NN)).isEqualTo(
              "to.sdgrules:2:1: TAG-0031: regel-id 'a' finst frå før (først definert i en.sdgrules:2)");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      relative | 1.5  | TAG-0046 | from 0 to 1        | fra 0 til 1        | frå 0 til 1
      minconf  | -0.1 | TAG-0049 | from 0 to 1        | fra 0 til 1        | frå 0 til 1
      goal     | 0.0  | TAG-0047 | a positive number  | et positivt tall   | eit positivt tal
      target   | -2.0 | TAG-0047 | a positive number  | et positivt tall   | eit positivt tal
      """)
  void thresholdOptionsAreCodedArgumentErrorsInOneLanguage(String which, double value, String code, String english,
      String bokmal, String nynorsk) {
    SdgTagger.Builder b = SdgTagger.builder();
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> {
      switch (which) {
        case "relative" -> b.relativeThreshold(value);
        case "minconf" -> b.minConfidence(value);
        case "goal" -> b.threshold(value);
        default -> b.targetThreshold(value);
      }
    });
    assertThat(t).isInstanceOf(IllegalArgumentException.class).isInstanceOf(TaggerArgumentException.class);
    TaggerArgumentException e = (TaggerArgumentException) t;
    assertThat(e.errorCode().code()).isEqualTo(code);
    String v = String.valueOf(value);
    assertThat(e.getMessage()).startsWith(code + ": ").contains(english).contains(v).doesNotContain(bokmal)
        .doesNotContain(" / ");
    assertThat(e.getMessage(NB)).startsWith(code + ": ").contains(bokmal).contains(v).doesNotContain(english);
    assertThat(e.getMessage(NN)).startsWith(code + ": ").contains(nynorsk).contains(v).doesNotContain(english)
        .doesNotContain(bokmal);
  }
}
