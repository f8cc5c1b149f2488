package io.github.livskraft.cli;

import io.github.livskraft.sdg.internal.io.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.jsonstat.JsonStatCollection;
import io.github.livskraft.jsonstat.JsonStatCsv;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatErrorCode;
import io.github.livskraft.jsonstat.JsonStatException;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.jsonstat.JsonStatResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livskraft jsonstat}: inspect JSON-stat 2.0 files (dimensions, sizes, non-null cells, status counts,
 * units) and export them as tidy CSV. A file that is not valid JSON-stat exits with 2 and a message naming the
 * JSON path, in English and Norwegian.
 */
@Command(name = "jsonstat", mixinStandardHelpOptions = true,
    subcommands = {JsonStatCommand.InspectCommand.class, JsonStatCommand.CsvCommand.class})
final class JsonStatCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  /** {@code --lang} given to the group itself ({@code livskraft jsonstat --lang nn …}): its sub-commands use it. */
  @Mixin CliLanguage lang = new CliLanguage();

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /** Reader options shared by both sub-commands. */
  static final class ReadOptions {
    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--lenient")
    boolean lenient;

    @Option(names = "--upgrade-v1")
    boolean upgradeV1;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "2000000")
    int maxCells = JsonStatReader.DEFAULT_MAX_CELLS;

    @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "24000000")
    long maxTextChars = JsonStatReader.DEFAULT_MAX_TEXT_CHARS;

    JsonStatReader reader() {
      CliException.requireAtLeastOne("--max-cells", maxCells);
      CliException.requireAtLeastOne("--max-text-chars", maxTextChars);
      return JsonStatReader.builder().strict(!lenient).upgradeV1(upgradeV1).maxCells(maxCells)
          .maxTextChars(maxTextChars).build();
    }

    JsonStatResponse read(Path file) {
      try {
        return reader().read(file);
      } catch (JsonStatException e) {
        String message = e.getMessage(lang.get().locale());
        if (e.errorCode() == JsonStatErrorCode.MALFORMED_JSON) {
          // the parser's own English wording stays out: where it is, and what is wrong, in one language
          int cut = message.indexOf(": ");
          message = (cut < 0 ? message : message.substring(0, cut)) + ": "
              + CliMessages.text("malformed-json", lang.get());
        }
        throw CliException.input("err.in-file", file.toString(), message);
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof NoSuchFileException) {
          throw CliException.of(CliErrorCode.NO_SUCH_FILE, file.toString());
        }
        throw CliException.of(CliErrorCode.UNREADABLE, file.toString());
      }
    }
  }

  /** {@code livskraft jsonstat inspect FILE [--json]}. */
  @Command(name = "inspect", mixinStandardHelpOptions = true)
  static final class InspectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReadOptions options = new ReadOptions();

    @Parameters(paramLabel = "FILE", converter = InputFile.class)
    Path file;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws IOException {
      JsonStatResponse doc = options.read(file);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = JsonStatInspection.toJson(mapper, doc);
        root.put("file", file.toString());
        out.println(mapper.writeValueAsString(root));
      } else {
        out.println("File: " + file);
        JsonStatInspection.printText(out, doc, "");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft jsonstat csv FILE [--out F]}. */
  @Command(name = "csv", mixinStandardHelpOptions = true)
  static final class CsvCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReadOptions options = new ReadOptions();

    @Parameters(paramLabel = "FILE", converter = InputFile.class)
    Path file;

    @Option(names = "--out", paramLabel = "FILE")
    Path outFile;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",")
    String delimiter = ",";

    @Option(names = "--no-labels")
    boolean noLabels;

    @Option(names = "--skip-empty")
    boolean skipEmpty;

    @Option(names = "--no-formula-guard")
    boolean noFormulaGuard;

    @Override
    public Integer call() throws IOException {
      if (delimiter.length() != 1) {
        throw CliException.input("err.delimiter", delimiter);
      }
      JsonStatResponse doc = options.read(file);
      JsonStatDataset ds = datasetOf(doc);
      JsonStatCsv csv = JsonStatCsv.builder().delimiter(delimiter.charAt(0)).labels(!noLabels)
          .skipNullCells(skipEmpty).neutraliseFormulas(!noFormulaGuard).build();
      if (outFile == null) {
        PrintWriter out = spec.commandLine().getOut();
        csv.write(ds, out);
        out.flush();
        return ExitCodes.OK;
      }
      AtomicFiles.writeText(outFile.toAbsolutePath(), w -> csv.write(ds, w));
      spec.commandLine().getErr().println("Wrote " + ds.cellCount() + " cells to " + outFile);
      return ExitCodes.OK;
    }

    private JsonStatDataset datasetOf(JsonStatResponse doc) {
      if (doc instanceof JsonStatDataset d) {
        return d;
      }
      if (doc instanceof JsonStatCollection c && c.items().size() == 1 && c.datasets().size() == 1) {
        return c.datasets().get(0);
      }
      throw CliException.input("err.jsonstat-no-cells", file.toString(), doc.jsonStatClass());
    }
  }
}
