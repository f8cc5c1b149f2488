package io.github.livskraft.jsonstat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads test resources next to this package. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonStatResponse read(String name) {
    return JsonStatReader.create().read(bytes(name));
  }

  static JsonStatDataset dataset(String name) {
    return JsonStatReader.create().readDataset(bytes(name));
  }
}
