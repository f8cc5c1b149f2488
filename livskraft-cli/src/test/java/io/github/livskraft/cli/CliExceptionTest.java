package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.cli.TestCli.Run;
import io.github.livskraft.plan.PlanArgumentException;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message of a {@link CliException} is made from the bundles in the reader's language, one at a time. */
class CliExceptionTest {
  @TempDir Path dir;

  @Test
  void keysCodesAndLibraryDetailsAreInTheReadersLanguage() {
    CliException e = CliException.of(CliErrorCode.INVALID_VALUE, "--api", "v3", CliMessages.fragment("expected.api"));
    assertThat(e.message(Language.EN)).isEqualTo("CLI-0009: Invalid value 'v3' for --api; expected v2 or v1.");
    assertThat(e.message(Language.NB)).isEqualTo("CLI-0009: Ugyldig verdi 'v3' for --api; forventet v2 eller v1.");
    assertThat(e.message(Language.NN)).isEqualTo("CLI-0009: Ugyldig verdi 'v3' for --api; venta v2 eller v1.");
    assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(e.getMessage()).isEqualTo(e.message(Language.EN));

    PlanArgumentException library = new PlanArgumentException(PlanErrorCode.MISSING_PROPERTY, "title");
    CliException wrapped = CliException.input("err.at-line", "b.csv", "12", new CliException.Detail(library));
    assertThat(wrapped.message(Language.EN)).isEqualTo("b.csv line 12: " + library.getMessage(Language.EN));
    assertThat(wrapped.message(Language.NN)).isEqualTo("b.csv linje 12: " + library.getMessage(Language.NN));
    assertThat(CliException.badInput(library).message(Language.NB)).isEqualTo(library.getMessage(Language.NB));
    assertThat(CliException.failure(library).exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(CliException.badInput(library).getCause()).isSameAs(library);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nn", "en"})
  void optionErrorsOfTheCommandsAreInOneLanguage(String lang) throws IOException {
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(jsonl, "{\"id\": \"a\"}\n");
    List<Run> runs = List.of(
        TestCli.run("report", "--year", "1800", "--out", dir.resolve("out").toString(), "--lang", lang,
            "../examples/plans/kongsberg-kommuneplan.yaml"),
        TestCli.run("ssb", "meta", "12134", "--api", "v3", "--offline", "--no-cache", "--lang", lang),
        TestCli.run("tag", jsonl.toString(), "--lang", lang));
    String expected = switch (lang) {
      case "nb" -> "forventet";
      case "nn" -> "venta";
      default -> "expected";
    };
    for (Run r : runs) {
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains(expected).doesNotContain(" / ");
      if (!lang.equals("en")) {
        assertThat(r.err()).doesNotContain("expected").doesNotContain(" must ");
      }
      if (lang.equals("nn")) {
        assertThat(r.err()).doesNotContain("forventet").doesNotContain("ikke ");
      }
    }
    assertThat(runs.get(0).err()).contains("1800").contains("1900");
    assertThat(runs.get(2).err()).contains("in.jsonl:1: $.text");
  }

  /** No string literal of the command line's sources carries two languages ("English / Norsk"). */
  @Test
  void noSourceHasATwoLanguageLiteral() throws IOException {
    Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f)) {
          Matcher m = literal.matcher(line);
          while (m.find()) {
            String text = m.group(1);
            if (text.contains(" / ") && text.strip().length() > 3) {
              found.add(f.getFileName() + ": " + text);
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
