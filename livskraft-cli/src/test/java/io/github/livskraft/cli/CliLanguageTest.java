package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
    for (String name : Main.SUBCOMMANDS) {
      var cl = Main.newCommandLine().getSubcommands().get(name);
      var leaves = cl.getSubcommands().isEmpty() ? java.util.List.of(cl) : cl.getSubcommands().values();
      for (var leaf : leaves) {
        assertThat(leaf.getCommandSpec().findOption("--lang")).as(leaf.getCommandSpec().qualifiedName()).isNotNull();
      }
    }
  }
}
