package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help of every command and sub-command in bokmål, nynorsk and English: every text comes from the help bundle
 * (a marker bundle shows what does not), no key is missing, Norwegian help has no English sentence and nynorsk no
 * bokmål word, and the layout never breaks a token (an id, code, option or file name) across lines.
 */
class HelpTextTest {
  private static final String OPEN = "\u27e6";
  private static final String CLOSE = "\u27e7";

  /** Every command path, e.g. [] (the root), [plan], [plan, validate]. */
  static List<List<String>> commandPaths() {
    List<List<String>> paths = new ArrayList<>();
    collect(Main.newCommandLine(Language.EN), new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    cl.getSubcommands().forEach((name, sub) -> {
      List<String> p = new ArrayList<>(path);
      p.add(name);
      collect(sub, p, into);
    });
  }

  static Stream<Arguments> commandsInEveryLanguage() {
    return commandPaths().stream()
        .flatMap(p -> Stream.of(Language.values()).map(l -> Arguments.of(String.join(" ", p), l)));
  }

  private static CommandLine find(CommandLine root, String path) {
    CommandLine cl = root;
    for (String name : path.isEmpty() ? new String[0] : path.split(" ")) {
      cl = cl.getSubcommands().get(name);
    }
    return cl;
  }

  private static String help(String path, Language language) {
    List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
    args.addAll(List.of("--help", "--lang", language.tag()));
    String[] r = TestCli.run(args).asArray();
    assertThat(r[0]).as("exit code of '%s'", args).isEqualTo("0");
    assertThat(r[2]).as("stderr of '%s'", args).isEmpty();
    return r[1];
  }

  /** English placeholder words that a Norwegian help must not show. */
  private static final Set<String> ENGLISH_PLACEHOLDERS = Set.of("FILE", "DIR", "CODE", "CODES", "TABLE", "TEXT",
      "VALUE", "GROUP", "GOAL", "NAME", "YEAR", "YEARS", "YYYY", "yyyy", "KEY", "ADDRESS", "DURATION", "CHAR",
      "BYTES", "SPEC", "BASE", "OUT", "LOWER", "VAR");

  @ParameterizedTest(name = "livskraft {0} --lang {1}")
  @MethodSource("commandsInEveryLanguage")
  void parameterLabelsAreInTheReadersLanguage(String path, Language language) {
    CommandLine cl = find(Main.newCommandLine(language), path);
    CommandLine.Help help = cl.getHelp();
    for (ArgSpec arg : cl.getCommandSpec().args()) {
      String label = help.parameterLabelRenderer().renderParameterLabel(arg, CommandLine.Help.Ansi.OFF, List.of())
          .plainString();
      if (arg.paramLabel().isEmpty() || arg.paramLabel().startsWith("<")) {
        continue; // picocli's own <name> label of a boolean or unnamed argument
      }
      if (language == Language.EN) {
        assertThat(label).as("%s %s", path, arg.paramLabel()).contains(arg.paramLabel());
      } else {
        assertThat(words(label)).as("label '%s' of %s in %s", label, path, language)
            .doesNotContainAnyElementsOf(ENGLISH_PLACEHOLDERS);
      }
    }
  }

  @Test
  void theHelpShowsNorwegianPlaceholdersInSynopsisAndOptions() {
    String nn = help("plan validate", Language.NN);
    String nb = help("indicators compute", Language.NB);
    String en = help("indicators compute", Language.EN);
    assertThat(nn).contains("FIL").doesNotContain("FILE");
    assertThat(nb).contains("--direction=ID=RETNING").contains("--bounds-file=FIL").doesNotContain("FILE");
    assertThat(en).contains("--direction=ID=DIR").contains("--bounds-file=FILE");
    assertThat(help("klass changes", Language.NN)).contains("åååå-MM-dd").doesNotContain("yyyy");
  }

  @Test
  void theThreeHelpBundlesHaveTheSameKeys() {
    Set<String> english = HelpTexts.bundle(Language.EN).keySet();
    assertThat(english).hasSizeGreaterThan(300);
    assertThat(HelpTexts.bundle(Language.NB).keySet()).isEqualTo(english);
    assertThat(HelpTexts.bundle(Language.NN).keySet()).isEqualTo(english);
  }

  @ParameterizedTest(name = "livskraft {0} --help --lang {1}")
  @MethodSource("commandsInEveryLanguage")
  void everyTextOfTheHelpComesFromTheBundleAndNoneIsMissing(String path, Language language) {
    CommandSpec spec = find(Main.newCommandLine(language), path).getCommandSpec();
    assertThat(spec.usageMessage().description()).as("description of '%s'", path).isNotEmpty()
        .allSatisfy(d -> assertThat(d).isNotBlank());
    for (ArgSpec arg : spec.args()) {
      String name = arg instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) arg).paramLabel();
      assertThat(String.join(" ", arg.description())).as("description of %s in '%s' (%s)", name, path, language)
          .isNotBlank();
    }
    assertThat(help(path, language)).isNotBlank();
  }

  /**
   * With a bundle whose every text is wrapped in markers, whatever is left outside the markers must be the command's
   * syntax (command names, option names, parameter labels, brackets): so no text is hard-coded in an annotation or
   * comes from picocli in English.
   */
  @ParameterizedTest(name = "livskraft {0}")
  @MethodSource("commandPaths")
  void nothingOutsideTheBundleIsPrinted(List<String> path) {
    CommandLine root = Main.newCommandLine(Language.EN);
    root.setResourceBundle(marked(HelpTexts.bundle(Language.EN)));
    root.setUsageHelpWidth(10_000);
    CommandLine cl = find(root, String.join(" ", path));
    String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
    Set<String> syntax = new HashSet<>(List.of("livskraft"));
    for (CommandSpec s = cl.getCommandSpec(); s != null; s = s.parent()) {
      syntax.add(s.name());
    }
    syntax.addAll(cl.getSubcommands().keySet());
    for (ArgSpec arg : cl.getCommandSpec().args()) {
      syntax.addAll(words(arg.paramLabel()));
    }
    for (String line : usage.split("\\R")) {
      String rest = line.replaceAll(Pattern.quote(OPEN) + ".*?" + Pattern.quote(CLOSE), " ");
      for (String token : rest.trim().split("\\s+")) {
        String t = token.replaceAll("^[\\[(]+|[\\])]+$", "");
        if (t.isEmpty() || t.startsWith("-") || t.equals("|") || t.equals("...")) {
          continue; // an option's name, or the syntax's punctuation
        }
        assertThat(syntax).as("'%s' in line '%s' of '%s' is not from the bundle", t, line, path)
            .containsAll(words(t));
      }
    }
  }

  private static List<String> words(String label) {
    List<String> words = new ArrayList<>();
    for (String w : label.split("[\\s\\[\\](){}<>|,=:@.…]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static ResourceBundle marked(ResourceBundle bundle) {
    List<Object[]> entries = new ArrayList<>();
    for (String key : Collections.list(bundle.getKeys())) {
      StringBuilder b = new StringBuilder();
      for (String part : bundle.getString(key).split("%n", -1)) {
        b.append(b.length() > 0 || part.isEmpty() ? "%n" : "");
        b.append(part.isEmpty() ? "" : OPEN + part + CLOSE);
      }
      entries.add(new Object[] {key, b.toString().replace("%n%n", "%n")});
    }
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return entries.toArray(Object[][]::new);
      }
    };
  }

  /** Common English words that are not Norwegian words. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "with", "from", "which", "this", "that",
      "default", "output", "input", "file", "files", "print", "prints", "show", "shows", "write", "writes", "reads",
      "example", "examples", "usage", "options", "commands", "command", "error", "errors", "language", "only",
      "every", "each", "when", "without", "instead", "other", "is", "are", "be", "in", "or", "an", "its", "not",
      "also", "see", "source", "exit", "codes", "information", "bad", "years", "should", "must", "can");

  /** Bokmål forms that nynorsk writes otherwise. */
  private static final Set<String> BOKMAL = Set.of("ikke", "fra", "hvis", "hva", "hvordan", "hvilke", "hvilken",
      "hvor", "hver", "hvert", "uten", "bare", "også", "være", "noen", "mye", "dem", "deres", "siden", "eksempler",
      "kommuner", "tekster", "verdier", "regler", "koder", "avslutningskoder", "beregn", "beregnes", "filen",
      "planene", "målene", "meldinger", "forespørsel", "skrives", "leses", "brukes", "enheter", "advarsler");

  @ParameterizedTest(name = "livskraft {0} --help --lang {1}")
  @MethodSource("commandsInEveryLanguage")
  void norwegianHelpHasNoEnglishAndNynorskNoBokmal(String path, Language language) {
    if (language == Language.EN) {
      return;
    }
    String help = help(path, language);
    Set<String> commandNames = new HashSet<>();
    commandPaths().forEach(commandNames::addAll);
    for (String line : help.split("\\R")) {
      if (line.stripLeading().startsWith("livskraft ") || line.startsWith("      --") && line.endsWith("\\")) {
        continue; // an example command line (a continuation of one starts with its next option)
      }
      for (String token : line.trim().split("\\s+")) {
        String word = token.replaceAll("^[\\p{Punct}«»…]+|[\\p{Punct}«»…]+$", "");
        if (word.isEmpty() || token.matches(".*[._\\-=/@<>\\[\\]{}'\",0-9|].*") || commandNames.contains(word)
            || word.equals(word.toUpperCase(Locale.ROOT))) {
          continue; // ids, options, file names, column lists, numbers, command names, placeholders (FILE)
        }
        String w = word.toLowerCase(Locale.ROOT);
        assertThat(ENGLISH).as("English word '%s' in '%s' (%s): %s", word, path, language, line).doesNotContain(w);
        if (language == Language.NN) {
          assertThat(BOKMAL).as("bokmål word '%s' in '%s' (nn): %s", word, path, line).doesNotContain(w);
        }
      }
    }
  }

  /**
   * Every whitespace-separated token of the help laid out without a width limit is also whole in the help laid out
   * 120 columns wide: lines break only between tokens, never inside an indicator id (climate.ghg-per-capita), a
   * code (11.6.1, PLAN-C007), an option or a file name.
   */
  @ParameterizedTest(name = "livskraft {0} --help --lang {1}")
  @MethodSource("commandsInEveryLanguage")
  void noTokenIsBrokenAcrossLines(String path, Language language) {
    CommandLine wide = Main.newCommandLine(language);
    wide.setUsageHelpWidth(10_000);
    String unbroken = find(wide, path).getUsageMessage(CommandLine.Help.Ansi.OFF);
    String laidOut = help(path, language);
    Set<String> tokens = new HashSet<>(List.of(laidOut.split("\\s+")));
    for (String token : unbroken.split("\\s+")) {
      assertThat(tokens).as("'%s' is broken across lines in '%s' (%s):%n%s", token, path, language, laidOut)
          .contains(token);
    }
  }

  @Test
  void indicatorIdsInTheHelpAreWhole() {
    String help = help("indicators compute", Language.NB);
    Matcher ids = Pattern.compile("[a-z]+\\.[a-z0-9-]+-[a-z0-9-]+").matcher(help);
    int found = 0;
    while (ids.find()) {
      found++;
      assertThat(ids.group()).doesNotEndWith("-");
    }
    assertThat(found).isGreaterThan(3);
  }
}
