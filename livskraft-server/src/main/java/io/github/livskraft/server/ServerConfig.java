package io.github.livskraft.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs and what it allows. Immutable; start from {@link #defaults()} and change with the
 * {@code with…} methods.
 *
 * @param bindAddress the address to listen on, e.g. {@code 127.0.0.1} (default) or {@code 0.0.0.0} in a container
 * @param port the TCP port; 0 picks a free port
 * @param plansDirectory plan files (YAML/JSON) read once at start for {@code GET /report}; empty for none
 * @param maxBodyBytes the largest JSON, YAML or text request body (413 above)
 * @param maxUploadBytes the largest uploaded document for {@code POST /case/assess} (413 above)
 * @param requestTimeout the longest time one request may compute (503 after)
 * @param maxConcurrentRequests computing requests at once (429 above)
 * @param maxConcurrentUploads uploads read into memory at once (429 above); bounds memory with maxUploadBytes
 * @param workers threads that compute at once; admitted requests beyond them wait in arrival order (default: the
 *     number of cores the JVM sees, {@link Runtime#availableProcessors()})
 */
public record ServerConfig(String bindAddress, int port, Optional<Path> plansDirectory, long maxBodyBytes,
    long maxUploadBytes, Duration requestTimeout, int maxConcurrentRequests, int maxConcurrentUploads, int workers) {

  /** Default body limit: 2 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
  /** Default upload limit: 10 MiB. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

  /** Checks the values. */
  public ServerConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(plansDirectory, "plansDirectory");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (port < 0 || port > 65535) {
      throw new io.github.livskraft.sdg.CodedArgumentException(ServerErrorCode.BAD_CONFIG, ServerErrorCode.BAD_CONFIG.fragment("port",
          String.valueOf(port)));
    }
    if (maxBodyBytes < 1 || maxUploadBytes < 1) {
      throw new io.github.livskraft.sdg.CodedArgumentException(ServerErrorCode.BAD_CONFIG, ServerErrorCode.BAD_CONFIG.fragment("sizes",
          String.valueOf(maxBodyBytes), String.valueOf(maxUploadBytes)));
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new io.github.livskraft.sdg.CodedArgumentException(ServerErrorCode.BAD_CONFIG, ServerErrorCode.BAD_CONFIG.fragment("timeout",
          requestTimeout.toString()));
    }
    if (maxConcurrentRequests < 1 || maxConcurrentUploads < 1) {
      throw new io.github.livskraft.sdg.CodedArgumentException(ServerErrorCode.BAD_CONFIG, ServerErrorCode.BAD_CONFIG.fragment("concurrency",
          String.valueOf(maxConcurrentRequests), String.valueOf(maxConcurrentUploads)));
    }
    if (workers < 1) {
      throw new io.github.livskraft.sdg.CodedArgumentException(ServerErrorCode.BAD_CONFIG, ServerErrorCode.BAD_CONFIG.fragment("workers",
          String.valueOf(workers)));
    }
  }

  /**
   * 127.0.0.1:8080, no plans, 2 MiB bodies, 10 MiB uploads, 10 s per request, 64 requests and 4 uploads at once,
   * computed by as many threads as the JVM sees cores.
   */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, Optional.empty(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES,
        Duration.ofSeconds(10), 64, 4, Runtime.getRuntime().availableProcessors());
  }

  /** With another address and port. */
  public ServerConfig withAddress(String bind, int newPort) {
    return new ServerConfig(bind, newPort, plansDirectory, maxBodyBytes, maxUploadBytes, requestTimeout,
        maxConcurrentRequests, maxConcurrentUploads, workers);
  }

  /** With a plans directory for the report. */
  public ServerConfig withPlansDirectory(Path dir) {
    return new ServerConfig(bindAddress, port, Optional.of(dir), maxBodyBytes, maxUploadBytes, requestTimeout,
        maxConcurrentRequests, maxConcurrentUploads, workers);
  }

  /** With other size limits. */
  public ServerConfig withSizeLimits(long body, long upload) {
    return new ServerConfig(bindAddress, port, plansDirectory, body, upload, requestTimeout, maxConcurrentRequests,
        maxConcurrentUploads, workers);
  }

  /** With another time limit per request. */
  public ServerConfig withRequestTimeout(Duration timeout) {
    return new ServerConfig(bindAddress, port, plansDirectory, maxBodyBytes, maxUploadBytes, timeout,
        maxConcurrentRequests, maxConcurrentUploads, workers);
  }

  /** With other concurrency limits. */
  public ServerConfig withConcurrency(int requests, int uploads) {
    return new ServerConfig(bindAddress, port, plansDirectory, maxBodyBytes, maxUploadBytes, requestTimeout, requests,
        uploads, workers);
  }

  /** With another number of computing threads (requests admitted beyond them wait in arrival order). */
  public ServerConfig withWorkers(int threads) {
    return new ServerConfig(bindAddress, port, plansDirectory, maxBodyBytes, maxUploadBytes, requestTimeout,
        maxConcurrentRequests, maxConcurrentUploads, threads);
  }
}
