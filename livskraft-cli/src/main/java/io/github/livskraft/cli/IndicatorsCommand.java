package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft indicators}: Municipal indicator definitions, values, progress and ratings. */
@Command(name = "indicators", mixinStandardHelpOptions = true, description = "Municipal indicator definitions, values, progress and ratings.")
final class IndicatorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft indicators' is not available in this build yet");
  }
}
