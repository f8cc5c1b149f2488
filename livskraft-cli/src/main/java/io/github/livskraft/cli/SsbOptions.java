package io.github.livskraft.cli;

import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.UpdatePolicy;
import java.net.URI;
import java.nio.file.Path;
import io.github.livskraft.sdg.Language;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Connection options shared by {@code livskraft ssb} and {@code livskraft klass}. */
final class SsbOptions {
  @Option(names = "--offline")
  boolean offline;

  @Option(names = "--refresh")
  boolean refresh;

  @Option(names = "--cache-dir", paramLabel = "DIR")
  Path cacheDir;

  @Option(names = "--no-cache")
  boolean noCache;

  @Option(names = "--base-url", hidden = true, paramLabel = "URL")
  URI baseUrl;

  /** Cells per request (set by {@code ssb fetch --max-cells}). */
  long maxCells = io.github.livskraft.kostra.Defaults.MAX_CELLS;

  /** The connection; one per command run, so every client shares one rate limiter. */
  SsbConnection connection(String language) {
    if (offline && refresh) {
      throw CliException.of(CliErrorCode.EXCLUSIVE_OPTIONS, "--offline", "--refresh");
    }
    SsbConnection.Builder b = SsbConnection.builder().language(language).maxCells(maxCells)
        .updatePolicy(offline ? UpdatePolicy.OFFLINE_ONLY
            : refresh ? UpdatePolicy.ALWAYS_REFRESH : UpdatePolicy.USE_IF_FRESH);
    if (baseUrl != null) {
      b.baseUri(baseUrl);
    }
    cacheDirectory().ifPresent(b::cacheDirectory);
    return b.build();
  }

  Optional<Path> cacheDirectory() {
    if (noCache) {
      return Optional.empty();
    }
    if (cacheDir != null) {
      return Optional.of(cacheDir);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return Optional.of(base.resolve("livskraft").resolve("ssb"));
  }

  /**
   * SSB's own language code for labels: {@code no} (SSB has Norwegian labels only in bokmål) for nb and nn,
   * {@code en} for English.
   */
  static String ssbLanguage(Language lang) {
    return lang == Language.EN ? "en" : "no";
  }
}
