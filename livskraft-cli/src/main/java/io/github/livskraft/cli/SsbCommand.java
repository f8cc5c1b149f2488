package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft ssb}: Statistics Norway statbank: table metadata and data (PxWebApi). */
@Command(name = "ssb", mixinStandardHelpOptions = true, description = "Statistics Norway statbank: table metadata and data (PxWebApi).")
final class SsbCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft ssb' is not available in this build yet");
  }
}
