package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft tag}: Suggest SDGs for free text (bokmål, nynorsk, English). */
@Command(name = "tag", mixinStandardHelpOptions = true, description = "Suggest SDGs for free text (bokmål, nynorsk, English).")
final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft tag' is not available in this build yet");
  }
}
