package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityRegistry;

/** Chooses the municipality-code harmonisation for the report: kostra-adapter's bundled KLASS registry. */
final class Harmonisation {
  private Harmonisation() {}

  static MunicipalityCodes codes() {
    return new RegistryMunicipalityCodes(MunicipalityRegistry.bundled());
  }
}
