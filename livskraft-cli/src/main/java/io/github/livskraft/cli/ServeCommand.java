package io.github.livskraft.cli;

import io.github.livskraft.server.LivskraftServer;
import io.github.livskraft.server.ServerConfig;
import io.github.livskraft.server.ServerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code livskraft serve}: the HTTP API and web page (livskraft-server) until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Serve the Livskraft API (JSON, OpenAPI at /openapi.yaml) and the web page until stopped (Ctrl-C).",
    footer = {"", "Tilbyr Livskraft over HTTP: API og nettside.", "", "Examples:",
      "  livskraft serve",
      "  livskraft serve --port 8080 --plans examples/plans",
      "  livskraft serve --bind 0.0.0.0 --max-concurrent 32 --timeout 5s",
      "", "Access logs are JSON lines on stdout. Exit codes: 0 stopped, 2 bad option or plans, 1 cannot listen."})
final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin CliLanguage lang = new CliLanguage();

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on; 0.0.0.0 in a container. Default: ${DEFAULT-VALUE}.")
  String bind = "127.0.0.1";

  @Option(names = "--plans", paramLabel = "DIR",
      description = "Plan files (YAML/JSON) read once at start for GET /report.")
  Path plans;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body. Default: ${DEFAULT-VALUE}.")
  long maxBody = ServerConfig.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--max-upload", paramLabel = "BYTES", description = "Largest upload. Default: ${DEFAULT-VALUE}.")
  long maxUpload = ServerConfig.DEFAULT_MAX_UPLOAD_BYTES;

  @Option(names = "--max-concurrent", paramLabel = "N", description = "Requests computed at once. Default: ${DEFAULT-VALUE}.")
  int maxConcurrent = 64;

  @Option(names = "--timeout", paramLabel = "DURATION",
      description = "Time limit per request, e.g. 10s or 500ms. Default: ${DEFAULT-VALUE}.")
  String timeout = "10s";

  @Override
  public Integer call() throws InterruptedException {
    if (plans != null && !Files.isDirectory(plans)) {
      throw CliException.badInput("--plans " + plans + ": not a directory / ikke en katalog");
    }
    ServerConfig config = ServerConfig.defaults().withAddress(bind, port).withSizeLimits(maxBody, maxUpload)
        .withConcurrency(maxConcurrent, ServerConfig.defaults().maxConcurrentUploads())
        .withRequestTimeout(duration(timeout));
    if (plans != null) {
      config = config.withPlansDirectory(plans);
    }
    LivskraftServer server;
    try {
      server = LivskraftServer.start(config);
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(e.getMessage());
    } catch (ServerException e) {
      if (e.code().equals("SERVER-0100")) {
        throw CliException.badInput(e.getMessage());
      }
      throw CliException.failure(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "livskraft-shutdown"));
    spec.commandLine().getErr().println("Livskraft serving on / tjenesten svarer på " + server.baseUri()
        + " (Ctrl-C stops)");
    spec.commandLine().getErr().flush();
    stopped.await();
    return ExitCodes.OK;
  }

  static Duration duration(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      return Duration.ofSeconds(Long.parseLong(t));
    } catch (NumberFormatException e) {
      throw CliException.badInput("--timeout '" + text + "': expected e.g. 10s or 500ms / forventet f.eks. 10s");
    }
  }
}
