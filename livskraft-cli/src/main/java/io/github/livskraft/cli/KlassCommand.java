package io.github.livskraft.cli;

import io.github.livskraft.kostra.Defaults;
import io.github.livskraft.municipalities.ChangeKind;
import io.github.livskraft.municipalities.ClassificationCode;
import io.github.livskraft.municipalities.CodeChange;
import io.github.livskraft.kostra.klass.KlassClient;
import io.github.livskraft.kostra.klass.KlassWriter;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code livskraft klass}: Municipality and county codes from SSB's KLASS, across reforms. */
@Command(name = "klass", mixinStandardHelpOptions = true,
    subcommands = {KlassCommand.CodesCommand.class, KlassCommand.ChangesCommand.class})
final class KlassCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  /** {@code --lang} given to the group itself ({@code livskraft klass --lang nn …}): its sub-commands use it. */
  @Mixin CliLanguage lang = new CliLanguage();

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw CliException.input("err.date", option, text);
    }
  }

  /** {@code livskraft klass codes}. */
  @Command(name = "codes", mixinStandardHelpOptions = true)
  static final class CodesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SsbOptions options;
    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--date", paramLabel = "yyyy-MM-dd")
    String date;

    @Option(names = "--classification", defaultValue = "131")
    int classification;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
      if (classification != Defaults.KLASS_MUNICIPALITIES && classification != Defaults.KLASS_COUNTIES) {
        throw CliException.input("err.classification", String.valueOf(classification));
      }
      LocalDate d = date == null ? LocalDate.now(java.time.ZoneId.of("Europe/Oslo")) : date("--date", date);
      List<ClassificationCode> codes = KlassClient.create(options.connection("no")).codesAt(classification, d);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(new String(KlassWriter.codes(codes), StandardCharsets.UTF_8));
      } else {
        for (ClassificationCode c : codes) {
          out.println(c.code() + "\t" + c.name());
        }
        spec.commandLine().getErr().println(codes.size() + " codes valid on " + d + " (KLASS " + classification
            + "). Kilde: Statistisk sentralbyrå (CC BY 4.0)");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft klass changes}. */
  @Command(name = "changes", mixinStandardHelpOptions = true)
  static final class ChangesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SsbOptions options;
    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", defaultValue = "2017-01-01")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd")
    String to;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
      LocalDate f = date("--from", from);
      LocalDate t = to == null ? LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(1) : date("--to", to);
      if (!t.isAfter(f)) {
        throw CliException.input("err.to-before-from", t.toString(), f.toString());
      }
      List<CodeChange> changes = KlassClient.create(options.connection("no"))
          .changes(Defaults.KLASS_MUNICIPALITIES, f, t);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(new String(KlassWriter.changes(changes), StandardCharsets.UTF_8));
      } else {
        MunicipalityRegistry classifier = MunicipalityRegistry.of(List.of(), changes, "changes " + f + "–" + t);
        for (CodeChange c : changes) {
          ChangeKind kind = classifier.kindOf(c);
          out.println(c.changeOccurred() + "\t" + c.oldCode().orElse("-") + " " + c.oldName() + "\t→\t"
              + c.newCode().orElse("-") + " " + c.newName() + "\t" + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(changes.size() + " changes from " + f + " to " + t + ". Kilde: Statistisk sentralbyrå (CC BY 4.0)");
        if (options.offline) {
          err.println("(offline: the bundled national change history since 2018, from FHI's correspondence table, MIT)");
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
