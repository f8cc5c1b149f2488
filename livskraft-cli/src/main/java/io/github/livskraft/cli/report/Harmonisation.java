package io.github.livskraft.cli.report;

/** Chooses the municipality-code harmonisation for the report. */
final class Harmonisation {
  private Harmonisation() {}

  static MunicipalityCodes codes() {
    return BundledMunicipalityCodes.load();
  }
}
