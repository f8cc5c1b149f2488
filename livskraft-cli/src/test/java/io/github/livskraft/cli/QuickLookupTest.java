package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link QuickLookup} runs plain catalogue lookups without picocli's model: it must give exactly what the full
 * command line gives (exit code, standard output, standard error) for every argument list, and it must really take
 * the plain ones (else the start-up gain is gone without a failing test).
 */
class QuickLookupTest {
  private static final List<String> SUBCOMMANDS =
      List.of("goal", "target", "indicator", "search", "stats", "gaol", "GOAL", "");
  private static final List<String> CODES = List.of("1", "17", "11", "SDG 11", "Goal 3", "18", "0", "x", "3.8",
      "11.6", "11.a", "Target 11-6", "1.1", "99.1", "3.c", "13.1.1", "1.1.1", "11.6.2", "9.9.9", "17.19.2",
      "3.b.1", "@args.txt", "-1", "", " 11 ");
  private static final List<String> OPTIONS = List.of("--json", "--lang", "nb", "nn", "en", "no", "de", "--lang=nn",
      "--lang=en", "--lang=xx", "--lang=", "-h", "--help", "-V", "--", "--limit", "--JSON", "-j");

  /** Both paths on the same arguments: exit code, standard output and standard error. */
  private static String[] both(List<String> args, boolean quick) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), quick);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static void assertSame(List<String> args) {
    assertThat(both(args, true)).as("livskraft %s", args).containsExactly(both(args, false));
  }

  @PropertyTest(cases = 400)
  void anyArgumentListGivesWhatTheFullCommandLineGives(Gen g) {
    List<String> args = new ArrayList<>();
    if (g.chance(0.03)) {
      args.add(g.pick("--version", "-V"));
    }
    if (g.chance(0.95)) {
      args.add(g.chance(0.97) ? "catalogue" : "plan");
    }
    if (g.chance(0.95)) {
      args.add(g.chance(0.8) ? g.pick(List.of("goal", "target", "indicator")) : g.pick(SUBCOMMANDS));
    }
    int extra = g.intBetween(0, 4);
    for (int i = 0; i < extra; i++) {
      args.add(g.chance(0.5) ? g.pick(CODES) : g.pick(OPTIONS));
    }
    assertSame(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "catalogue goal 1", "catalogue goal", "catalogue goal 17 --json", "catalogue goal --lang nn 11",
    "catalogue target 11.6 --lang=nb", "catalogue target 3.8 --json --lang en", "catalogue indicator 13.1.1",
    "catalogue indicator 11.6.2 --lang nn --json", "catalogue goal --lang=en", "--version", "-V"})
  void plainLookupsAreTakenByTheQuickPathAndPrintTheSame(String line) {
    List<String> args = List.of(line.split(" "));
    StringWriter out = new StringWriter();
    Integer code = QuickLookup.run(args.toArray(String[]::new), new PrintWriter(out, true));
    assertThat(code).as("taken by the quick path").isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isNotBlank();
    assertSame(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "catalogue goal 18", "catalogue target 99.1", "catalogue indicator 9.9.9", "catalogue goal x",
    "catalogue goal 1 2", "catalogue target", "catalogue goal 1 --json --json", "catalogue goal 1 --lang de",
    "catalogue goal 1 --lang nb --lang nn", "catalogue goal --help", "catalogue --lang nn goal 1",
    "catalogue goal @args.txt", "catalogue goal -- 1", "catalogue search klima", "catalogue stats",
    "--version --help", "-V --lang nn", "--VERSION", "catalogue --version"})
  void everythingElseIsLeftToTheFullCommandLineWithoutOutput(String line) {
    StringWriter out = new StringWriter();
    assertThat(QuickLookup.run(line.split(" "), new PrintWriter(out, true))).isNull();
    assertThat(out.toString()).isEmpty();
    assertSame(List.of(line.split(" ")));
  }

  @Test
  void theFullCommandLineStillReportsAnUnknownCodeInTheChosenLanguage() {
    String[] run = both(List.of("catalogue", "goal", "18", "--lang", "nb"), true);
    assertThat(run[0]).isEqualTo(Integer.toString(ExitCodes.BAD_INPUT));
    assertThat(run[1]).isEmpty();
    assertThat(run[2]).contains("18");
  }
}
