package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * Runs a plain catalogue lookup without building picocli's command-line model, which costs more at start-up than
 * the lookup itself (picocli reads every command's annotations by reflection, and each annotation type becomes a
 * dynamic proxy class that no class-data-sharing archive of JDK 17 can hold).
 *
 * <p>Only the plainest forms are taken: {@code --version} (or {@code -V}) alone, and
 * {@code catalogue goal|target|indicator CODE} with, after the sub-command,
 * at most one {@code --json} and at most one {@code --lang X} or {@code --lang=X} naming a language, and a code
 * that is not an option or an {@code @file}. It runs the same command class, with the fields picocli would set,
 * through the same {@code run(out)} method. Anything else, and any failure of the lookup (which comes before any
 * output), returns {@code null}, and {@link Main} runs the command line through picocli as before, which reports
 * errors, help and every other form. {@code QuickLookupTest} checks that both give the same exit code and output.
 */
final class QuickLookup {
  private QuickLookup() {}

  /**
   * Runs the arguments when they are a plain lookup.
   *
   * @param args the arguments
   * @param out standard output
   * @return the exit code, or {@code null} when the arguments need the full command line (nothing was printed)
   */
  static @Nullable Integer run(String[] args, PrintWriter out) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCodes.OK;
    }
    if (args.length < 2 || args.length > 6 || !args[0].equals("catalogue")) {
      return null;
    }
    String sub = args[1];
    boolean codeRequired;
    switch (sub) {
      case "goal": codeRequired = false; break;
      case "target":
      case "indicator": codeRequired = true; break;
      default: return null;
    }
    String code = null;
    boolean json = false;
    Language language = null;
    for (int i = 2; i < args.length; i++) {
      String a = args[i];
      String langValue = null;
      if (a.equals("--json")) {
        if (json) {
          return null;
        }
        json = true;
        continue;
      } else if (a.equals("--lang")) {
        if (i + 1 >= args.length) {
          return null;
        }
        langValue = args[++i];
      } else if (a.startsWith("--lang=")) {
        langValue = a.substring("--lang=".length());
      } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@") || code != null) {
        return null;
      } else {
        code = a;
        continue;
      }
      if (language != null) {
        return null;
      }
      language = Language.fromTag(langValue).orElse(null);
      if (language == null) {
        return null;
      }
    }
    if (code == null && codeRequired) {
      return null;
    }
    CatalogueCommand.Output output = new CatalogueCommand.Output();
    output.json = json;
    output.lang.language = language;
    try {
      switch (sub) {
        case "goal": {
          var command = new CatalogueCommand.GoalCommand();
          command.output = output;
          command.code = code;
          return command.run(out);
        }
        case "target": {
          var command = new CatalogueCommand.TargetCommand();
          command.output = output;
          command.code = code;
          return command.run(out);
        }
        default: {
          var command = new CatalogueCommand.IndicatorCommand();
          command.output = output;
          command.code = code;
          return command.run(out);
        }
      }
    } catch (RuntimeException e) {
      // a malformed or unknown code: picocli's path reports it (the lookups run before anything is printed)
      return null;
    }
  }
}
