package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft catalogue}: Look up SDG goals, targets and indicators (en/nb/nn). */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = "Look up SDG goals, targets and indicators (en/nb/nn).")
final class CatalogueCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft catalogue' is not available in this build yet");
  }
}
