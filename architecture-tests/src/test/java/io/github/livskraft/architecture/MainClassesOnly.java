package io.github.livskraft.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports main classes only, whatever the build directory is called. ArchUnit's own
 * {@link ImportOption.Predefined#DO_NOT_INCLUDE_TESTS} recognises Maven's test classes by the path
 * {@code /target/test-classes/}, but CI's second pass builds into {@code target-java25/} ({@code -Dlk.target}), where
 * it would let this module's own rule fixtures (a deliberately wrong {@code LocalizedText}, an error code without
 * nynorsk) into the rules.
 */
final class MainClassesOnly implements ImportOption {
  static final MainClassesOnly INSTANCE = new MainClassesOnly();

  private MainClassesOnly() {}

  @Override
  public boolean includes(Location location) {
    return !location.contains("/test-classes/");
  }
}
