package io.github.livskraft.cli;

import picocli.CommandLine;

/** Prints the version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"livskraft " + (v == null ? "development" : v)};
  }
}
