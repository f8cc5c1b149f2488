package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft plan}: Validate plans and analyse their SDG coverage. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Validate plans and analyse their SDG coverage.")
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft plan' is not available in this build yet");
  }
}
