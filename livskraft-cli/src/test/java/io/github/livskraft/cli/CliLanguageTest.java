package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.List;

/** One {@code --lang} for every command: its default, its reading before parsing, and "did you mean". */
class CliLanguageTest {

  @Test
  void theDefaultComesFromTheLocaleElseBokmal() {
    assertThat(CliLanguage.fromLocale(Locale.forLanguageTag("nn-NO"))).isEqualTo(Language.NN);
    assertThat(CliLanguage.fromLocale(Locale.forLanguageTag("no-NO"))).isEqualTo(Language.NB);
    assertThat(CliLanguage.fromLocale(Locale.forLanguageTag("en-GB"))).isEqualTo(Language.EN);
    assertThat(CliLanguage.fromLocale(Locale.forLanguageTag("de-DE"))).isEqualTo(Language.NB);
  }

  @Test
  void theLanguageIsReadBeforeParsingSoParseErrorsUseIt() {
    Locale en = Locale.forLanguageTag("en");
    assertThat(CliLanguage.fromArgs(new String[] {"catalogue", "goal", "--lang", "nn"}, en)).isEqualTo(Language.NN);
    assertThat(CliLanguage.fromArgs(new String[] {"catalogue", "--lang=nb"}, en)).isEqualTo(Language.NB);
    assertThat(CliLanguage.fromArgs(new String[] {"catalogue", "--lang", "sv"}, en)).isEqualTo(Language.EN);
    String[] r = TestCli.runToArray("catalogue", "goal", "1", "--jsno", "--lang", "nn");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("CLI-0007").contains("Ukjent val").contains("Meinte du: --json?")
        .contains("Prøv 'livskraft catalogue goal --help'");
  }

  @Test
  void aMisspeltSubCommandGetsTheClosestSuggestion() {
    String[] r = TestCli.runToArray("catalogu", "goal", "1", "--lang", "en");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("Unknown option or command 'catalogu'").contains("Did you mean: catalogue?")
        .doesNotContain("jsonstat");
  }

  @Test
  void ssbTakesTheSameLanguagesAsEveryCommand() {
    assertThat(SsbOptions.ssbLanguage(Language.NB)).isEqualTo("no");
    assertThat(SsbOptions.ssbLanguage(Language.NN)).isEqualTo("no");
    assertThat(SsbOptions.ssbLanguage(Language.EN)).isEqualTo("en");
    String[] r = TestCli.runToArray("ssb", "meta", "12134", "--lang", "sv", "--offline");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("CLI-0010").contains("'sv'");
  }

  @Test
  void everyCommandAcceptsLang() {
    java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(Main.newCommandLine()));
    int seen = 0;
    while (!todo.isEmpty()) {
      var cl = todo.pop();
      seen++;
      assertThat(cl.getCommandSpec().findOption("--lang")).as(cl.getCommandSpec().qualifiedName()).isNotNull();
      todo.addAll(cl.getSubcommands().values());
    }
    assertThat(seen).isGreaterThan(30);
  }

  /** Every group command, the root included: {@code livskraft GROUP --lang nn --help} is the nynorsk help. */
  @ParameterizedTest(name = "livskraft {0} --lang")
  @ValueSource(strings = {"", "plan", "catalogue", "indicators", "ssb", "jsonstat", "tag", "klass", "case"})
  void aGroupTakesLangItselfAndItsHelpIsInThatLanguage(String group) {
    List<String> head = group.isEmpty() ? List.of() : List.of(group);
    java.util.Map<String, String> helps = new java.util.HashMap<>();
    for (String lang : List.of("nb", "nn", "en")) {
      List<String> args = new java.util.ArrayList<>(head);
      args.addAll(List.of("--lang", lang, "--help"));
      TestCli.Run r = TestCli.run(args);
      assertThat(r.code()).as("%s%n%s", args, r.err()).isZero();
      assertThat(r.err()).isEmpty();
      List<String> after = new java.util.ArrayList<>(head);
      after.addAll(List.of("--help", "--lang", lang));
      assertThat(r.out()).as("the same help wherever --lang stands").isEqualTo(TestCli.run(after).out());
      helps.put(lang, r.out());
    }
    assertThat(helps.get("nn")).contains("Bruk:").doesNotContain("Usage:").isNotEqualTo(helps.get("nb"));
    assertThat(helps.get("nb")).contains("Bruk:");
    assertThat(helps.get("en")).contains("Usage:");
  }

  /** A group's {@code --lang} reaches the sub-command's output and messages. */
  @Test
  void aGroupsLangIsTheSubcommandsLanguage() {
    String plan = "../examples/plans/kongsberg-kommuneplan.yaml";
    for (String lang : List.of("nb", "nn", "en")) {
      TestCli.Run group = TestCli.run("plan", "--lang", lang, "validate", plan);
      TestCli.Run leaf = TestCli.run("plan", "validate", plan, "--lang", lang);
      assertThat(group.out()).isEqualTo(leaf.out());
      assertThat(group.code()).isEqualTo(leaf.code());
      TestCli.Run root = TestCli.run("--lang", lang, "catalogue", "goal", "13");
      assertThat(root.out()).isEqualTo(TestCli.run("catalogue", "goal", "13", "--lang", lang).out());
    }
    assertThat(TestCli.run("plan", "--lang", "nn", "validate", plan).out())
        .isNotEqualTo(TestCli.run("plan", "--lang", "en", "validate", plan).out());
    // the leaf's own --lang wins over the group's
    assertThat(TestCli.run("plan", "--lang", "nn", "validate", plan, "--lang", "en").out())
        .isEqualTo(TestCli.run("plan", "validate", plan, "--lang", "en").out());
  }

}
