package io.github.livskraft.cli;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.batch.BatchError;
import io.github.livskraft.casework.batch.BatchResult;
import io.github.livskraft.casework.batch.CaseBatch;
import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.casework.io.AssessmentJson;
import io.github.livskraft.casework.io.SectionFormat;
import io.github.livskraft.casework.io.SectionWriter;
import io.github.livskraft.sdg.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livskraft case}: the bærekraftsvurdering of saksframlegg (library: casework). Parsing and printing only. */
@Command(name = "case", mixinStandardHelpOptions = true, sortOptions = false,
    subcommands = {CaseCommand.Assess.class, CaseCommand.Batch.class})
final class CaseCommand {
  /** {@code --lang} given to the group itself ({@code livskraft case --lang nn …}): its sub-commands use it. */
  @Mixin CliLanguage lang = new CliLanguage();

  /** Output formats of {@code case assess}. */
  enum Format { text, html, md, json, arkivmelding }

  /** {@code livskraft case assess FILE}. */
  @Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Assess implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", converter = InputFile.class)
    Path file;

    @Option(names = "--plans", arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> plans = new ArrayList<>();

    @Mixin CliLanguage lang = new CliLanguage();

    @Option(names = "--format", paramLabel = "text|html|md|json|arkivmelding", defaultValue = "text")
    Format format = Format.text;

    @Override
    public Integer call() {
      PlanCommand.readAll(plans); // a bad plan file reported like in every plan command (file:line:column)
      CaseAssessor assessor = CaseAssessor.builder().planFiles(plans).build();
      Assessment a = assessor.assess(CaseReader.create().read(file));
      // without --lang: the case's own language (a nynorsk saksframlegg gets a nynorsk assessment)
      Language language = lang.language == null ? a.language() : lang.get();
      PrintWriter out = spec.commandLine().getOut();
      out.print(switch (format) {
        case text -> SectionWriter.create().write(a, language, SectionFormat.TEXT);
        case html -> SectionWriter.create().write(a, language, SectionFormat.HTML);
        case md -> SectionWriter.create().write(a, language, SectionFormat.MARKDOWN);
        case json -> AssessmentJson.write(a);
        case arkivmelding -> Arkivmelding.create().write(a, language);
      });
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft case batch DIR|FILE.jsonl --out DIR}. */
  @Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Batch implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|FILE.jsonl")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--plans", arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> plans = new ArrayList<>();

    @Mixin CliLanguage lang = new CliLanguage();

    @Override
    public Integer call() {
      Language language = lang.get();
      PrintWriter err = spec.commandLine().getErr();
      PlanCommand.readAll(plans);
      BatchResult r = CaseBatch.of(CaseReader.create(), CaseAssessor.builder().planFiles(plans).build())
          .run(input, (done, total) -> {
            if (total > 20 || total < 0 && done % 50 == 0) {
              int width = 30;
              int filled = total > 0 ? (int) (width * done / total) : 0;
              err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done
                  + (total > 0 ? "/" + total : ""));
              err.flush();
            }
          });
      err.print("\r");
      r.writeTo(out);
      PrintWriter o = spec.commandLine().getOut();
      o.print(r.summary(language));
      for (BatchError e : r.errors()) {
        err.println("livskraft: " + e.message());
      }
      o.flush();
      err.flush();
      return r.errors().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
  }

  CaseCommand() {}

}
