package io.github.livskraft.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The root {@code livskraft} command. Its sub-commands are not listed here: {@link Main} registers only the one a
 * command line names (all of them for help and suggestions), so that start-up does not build every sub-command's
 * model by reflection.
 */
@Command(
    name = "livskraft",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
final class LivskraftCommand {
  /** {@code livskraft --lang nn …}: every sub-command uses it unless it is given again later. */
  @Mixin CliLanguage lang = new CliLanguage();
}
