package io.github.livskraft.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.livskraft.indicators.calc.LandConsumption;
import io.github.livskraft.indicators.calc.PerCapitaScale;
import io.github.livskraft.indicators.io.SeriesCsvReader;
import io.github.livskraft.indicators.progress.ProgressInput;
import io.github.livskraft.indicators.progress.ProgressThresholds;
import io.github.livskraft.indicators.progress.TrendAssessment;
import io.github.livskraft.indicators.progress.TrendCalculator;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The values of the indicators model that a caller (or a definition file) gets wrong fail with a coded
 * {@link IndicatorArgumentException} whose text is the bundle's in the reader's language: each case names the value
 * and where it was, and carries words of its own language only (the old inline "English / bokmål" halves are gone).
 */
class IndicatorArgumentExceptionTest {

  private static DataSource manual(String key) {
    return new DataSource(key, SourceKind.MANUAL, "K", Optional.empty(), Optional.empty(), java.util.Map.of(),
        Optional.empty(), false, Optional.empty());
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        // what, the call, the code, the value it must name, a word only the en / nb / nn text has
        Arguments.of("indicator id", (ThrowingCallable) () -> IndicatorDefinition.builder("Bad Id")
            .target("1.2", LinkRole.PRIMARY).source(manual("v")).build(),
            "IND-0011", "'Bad Id'", "expected", "forventet", "venta"),
        Arguments.of("direction", (ThrowingCallable) () -> Direction.parse("sideways"), "IND-0011", "'sideways'",
            "expected", "forventet", "venta"),
        Arguments.of("table id", (ThrowingCallable) () -> DataSource.ssb("x", "1234", "K", false), "IND-0011",
            "'1234'", "five digits", "fem sifre", "fem siffer"),
        Arguments.of("blank source key", (ThrowingCallable) () -> manual(" "), "IND-0011",
            "'waste'", "source key", "kildenøkkelen", "kjeldenøkkelen"),
        Arguments.of("formula without denominator", (ThrowingCallable) () -> new Formula(FormulaKind.SHARE, "x",
            Optional.empty(), 1, "x"), "IND-0011", "share", "needs a denominator", "trenger en nevner",
            "treng ein nemnar"),
        Arguments.of("formula factor", (ThrowingCallable) () -> new Formula(FormulaKind.VALUE, "x", Optional.empty(),
            -2, "x"), "IND-0011", "-2.0", "positive", "positivt", "endeleg"),
        Arguments.of("formula source", (ThrowingCallable) () -> IndicatorDefinition.builder("a.b")
            .target("1.2", LinkRole.PRIMARY)
            .formula(new Formula(FormulaKind.PER_CAPITA, "x", Optional.of("population"), 1, "x/pop"))
            .source(DataSource.ssb("x", "12241", "K", false)).build(),
            "IND-0011", "'population'", "refers to source", "viser til kilden", "viser til kjelda"),
        Arguments.of("no target link", (ThrowingCallable) () -> IndicatorDefinition.builder("a.b")
            .source(manual("v")).build(), "IND-0011", "'a.b'", "needs at least one SDG target",
            "trenger minst én kobling", "treng minst éi kopling"),
        Arguments.of("blank text", (ThrowingCallable) () -> IndicatorDefinition.builder("a.b").name(" ", "x"), "IND-0011", "'x'",
            "needs both", "trenger både", "treng både"),
        Arguments.of("per-capita factor", (ThrowingCallable) () -> PerCapitaScale.of(7), "IND-0007", "7.0",
            "per-capita factor", "faktoren per innbygger", "faktoren per innbyggjar"),
        Arguments.of("progress thresholds", (ThrowingCallable) () -> new ProgressThresholds(0.1, 0.5, 0), "IND-0008",
            "0.1, 0.5, 0.0", "must be finite", "må være endelige", "må vere endelege"),
        Arguments.of("progress input", (ThrowingCallable) () -> ProgressInput.of(Direction.HIGHER_IS_BETTER,
            Period.year(2015), Double.NaN, Period.year(2020), 3), "IND-0007", "NaN", "progress values",
            "verdiene for måloppnåelse", "verdiane for måloppnåing"),
        Arguments.of("reader limit", (ThrowingCallable) () -> SeriesCsvReader.builder().maxSeries(0), "IND-0010",
            "--max-series", "must be at least 1, was 0", "må være minst 1, var 0", "må vere minst 1, var 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void aBadValueIsCodedAndSaysWhatItIsInOneLanguage(String what, ThrowingCallable call, String code, String value,
      String en, String nb, String nn) {
    IndicatorArgumentException e = catchThrowableOfType(call, IndicatorArgumentException.class);
    assertThat(e).as(what).isNotNull();
    assertThat(e.errorCode().code()).isEqualTo(code);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    String inEn = e.getMessage(Language.EN);
    String inNb = e.getMessage(Language.NB);
    String inNn = e.getMessage(Language.NN);
    assertThat(e.getMessage()).isEqualTo(inEn);
    assertThat(inEn).startsWith(code + ": ").contains(value).contains(en).doesNotContain(nb).doesNotContain(" / ");
    assertThat(inNb).startsWith(code + ": ").contains(value).contains(nb).doesNotContain(en).doesNotContain(" / ");
    assertThat(inNn).startsWith(code + ": ").contains(value).contains(nn).doesNotContain(en).doesNotContain(" / ");
    assertThat(inNn).isNotEqualTo(inNb);
  }

  @Test
  void aBadDirectionInADefinitionFileIsNorwegianThroughoutWithItsPath() {
    String json = "{\"format\":\"livskraft-indicators/1\",\"edition\":\"t\",\"definitions\":[{\"id\":\"a.b\","
        + "\"name\":{\"nb\":\"A\",\"en\":\"A\"},\"theme\":\"x\",\"unit\":{\"nb\":\"u\",\"en\":\"u\"},\"decimals\":0,"
        + "\"direction\":\"sideways\",\"targets\":[{\"target\":\"11.6\",\"role\":\"primary\"}],"
        + "\"formula\":{\"kind\":\"value\",\"numerator\":\"v\"},\"sources\":[{\"key\":\"v\",\"kind\":\"manual\","
        + "\"publisher\":\"K\",\"verified\":false}],\"aggregation\":\"sum\"}]}";
    IndicatorException e = catchThrowableOfType(() -> IndicatorLibrary.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "defs.json"), IndicatorException.class);
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.DEFINITION_FORMAT);
    for (Language l : Language.values()) {
      assertThat(e.getMessage(l)).contains("defs.json").contains("$.definitions[0](a.b).direction")
          .contains("'sideways'").doesNotContain(" / ");
    }
    assertThat(e.getMessage(Language.NB)).contains("Ugyldig retning 'sideways': forventet").doesNotContain("expected");
    assertThat(e.getMessage(Language.NN)).contains("Ugyldig retning 'sideways': venta").doesNotContain("expected");
    assertThat(e.getMessage(Language.EN)).contains("Invalid direction 'sideways': expected")
        .doesNotContain("forventet");
  }

  @Test
  void theCalculatorsExplainAnUndefinedResultInEachLanguage() {
    LandConsumption.Result flat = LandConsumption.lcrpgr(100, 120, 500, 500, 5);
    LocalizedText why = flat.undefinedReason().orElseThrow();
    assertThat(why.text(Language.EN)).contains("PGR = 0").contains("population did not change");
    assertThat(why.text(Language.NB)).contains("PGR = 0").contains("folketallet endret seg ikke");
    assertThat(why.find(Language.NN).orElseThrow().text()).contains("folketalet endra seg ikkje");
    TrendAssessment t = TrendCalculator.sdsn().assess(Direction.HIGHER_IS_BETTER, Period.year(2015), 50,
        Period.year(2020), 56, 80, Period.year(2030));
    assertThat(t.reason().text(Language.EN)).isEqualTo("observed growth divided by the required growth = 0.6");
    assertThat(t.reason().text(Language.NB)).isEqualTo("observert vekst delt på nødvendig vekst = 0.6");
    assertThat(t.reason().find(Language.NN).orElseThrow().text()).contains("naudsynt vekst = 0.6");
    TrendAssessment none = TrendCalculator.sdsn().assess(Direction.TARGET_BAND, Period.year(2015), 50,
        Period.year(2020), 56, 80, Period.year(2030));
    for (Language l : List.of(Language.NB, Language.NN)) {
      assertThat(none.reason().text(l)).contains("trendpiler").doesNotContain("arrows");
    }
  }
}
