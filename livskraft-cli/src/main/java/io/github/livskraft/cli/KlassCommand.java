package io.github.livskraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code livskraft klass}: Municipality and county codes from SSB's KLASS, across reforms. */
@Command(name = "klass", mixinStandardHelpOptions = true, description = "Municipality and county codes from SSB's KLASS, across reforms.")
final class KlassCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw CliException.failure("'livskraft klass' is not available in this build yet");
  }
}
