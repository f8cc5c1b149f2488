package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.jsonstat.JsonStatException;
import io.github.livskraft.kostra.pxweb.PxWebException;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.InvalidCodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The documented exit codes: 2 for the input's fault, 1 for everything else. */
class ExitCodesTest {
  @Test
  void badCodesAndFilesAreBadInput() {
    InvalidCodeException invalid = catchInvalid();
    assertThat(ExitCodes.classify(invalid)).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.classify(new NoSuchFileException("plan.yaml"))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.classify(new UncheckedIOException(new NoSuchFileException("x")))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.classify(new JsonStatException("$.size: negative", null))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.classify(new IndicatorException(io.github.livskraft.indicators.IndicatorErrorCode.DEFINITION_FORMAT, null, "defs.json", "$", "an object"))).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void ssbFailuresDependOnWhetherTheQueryWasWrong() {
    PxWebException wrongTable = new PxWebException(PxWebException.Kind.NON_EXISTENT_TABLE, 404, "No such table",
        "no such table 99999", null);
    PxWebException unavailable = new PxWebException(PxWebException.Kind.values()[0], 503, null, "unavailable", null);
    assertThat(ExitCodes.classify(wrongTable)).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.classify(unavailable))
        .isEqualTo(unavailable.isBadRequest() ? ExitCodes.BAD_INPUT : ExitCodes.ERROR);
  }

  /** Issue 17: resource exhaustion and unencodable text end in a message naming what to change. */
  @Test
  void exhaustionAndUnencodableTextGiveMessagesNotStackTraces() {
    assertThat(ExitCodes.messageOf(new OutOfMemoryError("Java heap space"))).contains("-Xmx");
    assertThat(ExitCodes.messageOf(new StackOverflowError())).contains("-Xss");
    UncheckedIOException enc = new UncheckedIOException(new java.nio.charset.MalformedInputException(1));
    assertThat(ExitCodes.classify(enc)).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.messageOf(enc)).contains("lone surrogate").doesNotContain("Input length");
  }

  @Test
  void otherFailuresAreErrors() {
    assertThat(ExitCodes.classify(new UncheckedIOException(new IOException("disk full")))).isEqualTo(ExitCodes.ERROR);
    assertThat(ExitCodes.classify(new IllegalStateException("bug"))).isEqualTo(ExitCodes.ERROR);
  }

  private static InvalidCodeException catchInvalid() {
    try {
      GoalCode.parse("18");
    } catch (InvalidCodeException e) {
      return e;
    }
    throw new AssertionError("18 was accepted as a goal code");
  }

  @Test
  void aDefectWithoutACodeIsShownUnderTheCommandLinesOwnWords() {
    IllegalStateException defect = new IllegalStateException("builder used twice");
    assertThat(ExitCodes.messageOf(defect, io.github.livskraft.sdg.Language.NB))
        .isEqualTo("CLI-0014: Kommandoen feilet: builder used twice");
    assertThat(ExitCodes.messageOf(defect, io.github.livskraft.sdg.Language.NN))
        .isEqualTo("CLI-0014: Kommandoen feila: builder used twice");
    assertThat(ExitCodes.messageOf(new IllegalStateException(), io.github.livskraft.sdg.Language.EN))
        .startsWith("CLI-0014: The command failed:").doesNotContain("IllegalStateException");
  }

  @Test
  void repeatedAndExclusiveOptionsAreSaidInTheReadersLanguageNotPicocliEnglish() {
    TestCli.Run repeated = TestCli.run("catalogue", "goal", "1", "--json", "--json", "--lang", "nb");
    assertThat(repeated.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(repeated.err()).contains("CLI-0016").contains("--json er oppgitt mer enn én gang")
        .doesNotContain("should be specified");
    TestCli.Run nn = TestCli.run("catalogue", "goal", "1", "--json", "--json", "--lang", "nn");
    assertThat(nn.err()).contains("--json er oppgitt meir enn éin gong");
    TestCli.Run exclusive = TestCli.run("indicators", "compute", "--json", "--csv", "--lang", "nb");
    assertThat(exclusive.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(exclusive.err()).contains("CLI-0015").contains("--json og --csv kan ikke brukes sammen")
        .doesNotContain("mutually exclusive");
  }

  /** Any other input/output failure that reaches the command line: our own reason by its kind, in each language. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "EN, the file system reported an input/output error, the disk is full",
      "NB, filsystemet meldte en inn-/utdatafeil, disken er full",
      "NN, filsystemet melde ein inn-/utdatafeil, disken er full"})
  void otherIoFailuresInOurOwnWords(io.github.livskraft.sdg.Language language, String failed, String full) {
    assertThat(ExitCodes.messageOf(new IOException("Stale file handle"), language)).startsWith("CLI-0014")
        .contains(failed).doesNotContain("Stale");
    assertThat(ExitCodes.messageOf(new UncheckedIOException(new java.nio.file.FileSystemException("/out/a.csv",
        null, "No space left on device")), language)).contains(full).doesNotContain("No space");
  }
}
