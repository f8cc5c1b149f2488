package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft jsonstat}: Inspect JSON-stat 2.0 files and export them as CSV. */
@Command(name = "jsonstat", mixinStandardHelpOptions = true, description = "Inspect JSON-stat 2.0 files and export them as CSV.")
final class JsonStatCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft jsonstat' is not available in this build yet");
  }
}
