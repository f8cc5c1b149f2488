package io.github.livskraft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Prints the version the build wrote into {@code version.properties} ("development" only if that is missing). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"livskraft " + version()};
  }

  /** @return the project version of this build */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "development";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "development");
      return v.startsWith("${") ? "development" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
