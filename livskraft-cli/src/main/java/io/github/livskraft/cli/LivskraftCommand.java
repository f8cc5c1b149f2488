package io.github.livskraft.cli;

import picocli.CommandLine.Command;

/** The root {@code livskraft} command. */
@Command(
    name = "livskraft",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Livskraft: the UN Sustainable Development Goals in Norwegian municipal planning.",
      "Exit codes: 0 ok, 1 error, 2 bad input."
    },
    subcommands = {
      CatalogueCommand.class,
      PlanCommand.class,
      TagCommand.class,
      IndicatorsCommand.class,
      JsonStatCommand.class,
      SsbCommand.class,
      KlassCommand.class,
      ReportCommand.class,
      CaseCommand.class,
      ServeCommand.class
    })
final class LivskraftCommand {}
