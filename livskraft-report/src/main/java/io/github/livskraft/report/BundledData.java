package io.github.livskraft.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Opens the report's bundled resources (class-relative, gunzipping {@code .gz}). */
final class BundledData {
  private BundledData() {}

  /**
   * Opens a resource under {@code io/github/livskraft/report/}.
   *
   * @param name e.g. {@code data/klass-131_codesAt_2026-01-01_nb.json}
   * @return the (uncompressed) stream
   * @throws IllegalStateException if it is missing (a damaged jar)
   * @throws IOException if it cannot be read
   */
  static InputStream open(String name) throws IOException {
    InputStream in = BundledData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled resource missing from the jar: io/github/livskraft/report/" + name);
    }
    return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** Opens a UTF-8 text resource. */
  static Reader reader(String name) throws IOException {
    return new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8), 1 << 16);
  }
}
