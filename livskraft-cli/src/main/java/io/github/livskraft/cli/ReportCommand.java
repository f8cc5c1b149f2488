package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft report}: Write the SDG report (HTML, JSON, CSV) for a region's plans. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write the SDG report (HTML, JSON, CSV) for a region's plans.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft report' is not available in this build yet");
  }
}
