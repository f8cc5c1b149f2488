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
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin CliLanguage lang = new CliLanguage();

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS")
  String bind = "127.0.0.1";

  @Option(names = "--plans", paramLabel = "DIR")
  Path plans;

  @Option(names = "--max-body", paramLabel = "BYTES")
  long maxBody = ServerConfig.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--max-upload", paramLabel = "BYTES")
  long maxUpload = ServerConfig.DEFAULT_MAX_UPLOAD_BYTES;

  @Option(names = "--max-concurrent", paramLabel = "N")
  int maxConcurrent = 64;

  @Option(names = "--timeout", paramLabel = "DURATION")
  String timeout = "10s";

  @Override
  public Integer call() throws InterruptedException {
    if (plans != null && !Files.isDirectory(plans)) {
      throw CliException.input("err.plans-dir", String.valueOf(plans));
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
      throw CliException.badInput(e);
    } catch (ServerException e) {
      if (e.code().equals("SERVER-0100")) {
        throw CliException.badInput(e);
      }
      throw CliException.failure(e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "livskraft-shutdown"));
    spec.commandLine().getErr().println(
        CliMessages.text("serve.listening", lang.get(), server.baseUri().toString()));
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
      throw CliException.input("err.timeout", text);
    }
  }
}
