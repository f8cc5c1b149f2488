package io.github.livskraft.kostra;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Statistics Norway: base URLs, one shared {@link RateLimiter}, retries, time-outs, the disk cache
 * and its {@link UpdatePolicy}. Every client built from the same connection (statbank v2 and v1, KLASS) shares its
 * rate limiter, so one process stays within SSB's 30 requests per minute.
 *
 * <p>Immutable apart from the limiter's own state; thread-safe.
 *
 * <pre>{@code
 * SsbConnection ssb = SsbConnection.builder()
 *     .cacheDirectory(Path.of(System.getProperty("user.home"), ".cache", "livskraft"))
 *     .updatePolicy(UpdatePolicy.USE_IF_FRESH)
 *     .build();
 * StatbankClient statbank = StatbankClient.create(ssb);
 * KlassClient klass = KlassClient.create(ssb);
 * }</pre>
 */
public final class SsbConnection {
  private final URI pxWebV2Base;
  private final URI pxWebV1Base;
  private final URI klassBase;
  private final String language;
  private final RateLimiter rateLimiter;
  private final RetryPolicy retryPolicy;
  private final Duration requestTimeout;
  private final Duration connectTimeout;
  private final Optional<HttpClient> httpClient;
  private final Optional<Path> cacheDirectory;
  private final UpdatePolicy updatePolicy;
  private final Duration maxAge;
  private final Clock clock;
  private final RandomGenerator random;
  private final long maxResponseBytes;
  private final long maxCells;
  private final boolean bundledSnapshots;

  private SsbConnection(Builder b) {
    this.pxWebV2Base = withSlash(b.pxWebV2Base);
    this.pxWebV1Base = withSlash(b.pxWebV1Base);
    this.klassBase = withSlash(b.klassBase);
    this.language = b.language;
    this.clock = b.clock;
    this.rateLimiter = b.rateLimiter != null ? b.rateLimiter
        : RateLimiter.of(Defaults.RATE_LIMIT_REQUESTS, Defaults.RATE_LIMIT_WINDOW, b.clock);
    this.retryPolicy = b.retryPolicy;
    this.requestTimeout = b.requestTimeout;
    this.connectTimeout = b.connectTimeout;
    this.httpClient = Optional.ofNullable(b.httpClient);
    this.cacheDirectory = Optional.ofNullable(b.cacheDirectory);
    this.updatePolicy = b.updatePolicy;
    this.maxAge = b.maxAge;
    this.random = b.random;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxCells = b.maxCells;
    this.bundledSnapshots = b.bundledSnapshots;
  }

  private static URI withSlash(URI u) {
    String s = u.toString();
    return s.endsWith("/") ? u : URI.create(s + "/");
  }

  /**
   * A connection with every default (SSB's URLs, 30 requests per 60 s, no disk cache, {@link
   * UpdatePolicy#USE_IF_FRESH}).
   *
   * @return a new connection with its own rate limiter
   */
  public static SsbConnection create() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this connection's settings and shares its rate limiter.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pxWebV2Base = pxWebV2Base;
    b.pxWebV1Base = pxWebV1Base;
    b.klassBase = klassBase;
    b.language = language;
    b.rateLimiter = rateLimiter;
    b.retryPolicy = retryPolicy;
    b.requestTimeout = requestTimeout;
    b.connectTimeout = connectTimeout;
    b.httpClient = httpClient.orElse(null);
    b.cacheDirectory = cacheDirectory.orElse(null);
    b.updatePolicy = updatePolicy;
    b.maxAge = maxAge;
    b.clock = clock;
    b.random = random;
    b.maxResponseBytes = maxResponseBytes;
    b.maxCells = maxCells;
    b.bundledSnapshots = bundledSnapshots;
    return b;
  }

  /** @return the PxWebApi v2 base URL, ending in {@code /} */
  public URI pxWebV2Base() {
    return pxWebV2Base;
  }

  /** @return the PxWebApi v1 base URL ({@code …/api/v0/}), ending in {@code /} */
  public URI pxWebV1Base() {
    return pxWebV1Base;
  }

  /** @return the KLASS base URL, ending in {@code /} */
  public URI klassBase() {
    return klassBase;
  }

  /** @return the statbank language, {@code no} or {@code en} */
  public String language() {
    return language;
  }

  /** @return the shared rate limiter */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** @return the retry policy */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** @return the time-out for one request */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** @return the connect time-out */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** @return the HTTP client to use, if one was given (otherwise each client creates its own) */
  public Optional<HttpClient> httpClient() {
    return httpClient;
  }

  /** @return the disk cache directory, if caching is on */
  public Optional<Path> cacheDirectory() {
    return cacheDirectory;
  }

  /** @return the update policy */
  public UpdatePolicy updatePolicy() {
    return updatePolicy;
  }

  /** @return how long a cached response counts as fresh without asking SSB */
  public Duration maxAge() {
    return maxAge;
  }

  /** @return the clock that dates cache entries, measures the rate-limit window and times backoff pauses */
  public Clock clock() {
    return clock;
  }

  /** @return the source of backoff jitter */
  public RandomGenerator random() {
    return random;
  }

  /**
   * The largest response body accepted, in bytes. A larger answer (declared in {@code Content-Length} or counted
   * while it streams in) fails with {@code KOSTRA-0002} and is not retried.
   *
   * @return the limit in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** @return the largest number of cells requested at once */
  public long maxCells() {
    return maxCells;
  }

  /** @return whether offline mode may fall back to the snapshots bundled with this library */
  public boolean bundledSnapshots() {
    return bundledSnapshots;
  }

  @Override
  public String toString() {
    return "SsbConnection[" + pxWebV2Base + ", " + rateLimiter + ", " + updatePolicy
        + cacheDirectory.map(p -> ", cache " + p).orElse("") + "]";
  }

  /** Builder of {@link SsbConnection}. Not thread-safe. */
  public static final class Builder {
    private URI pxWebV2Base = URI.create(Defaults.PXWEB_V2_BASE);
    private URI pxWebV1Base = URI.create(Defaults.PXWEB_V1_BASE);
    private URI klassBase = URI.create(Defaults.KLASS_BASE);
    private String language = "no";
    private @Nullable RateLimiter rateLimiter;
    private RetryPolicy retryPolicy = RetryPolicy.recommended();
    private Duration requestTimeout = Defaults.REQUEST_TIMEOUT;
    private Duration connectTimeout = Defaults.CONNECT_TIMEOUT;
    private @Nullable HttpClient httpClient;
    private @Nullable Path cacheDirectory;
    private UpdatePolicy updatePolicy = UpdatePolicy.USE_IF_FRESH;
    private Duration maxAge = Duration.ofHours(1);
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = ThreadLocalJitter.INSTANCE;
    private long maxResponseBytes = Defaults.MAX_RESPONSE_BYTES;
    private long maxCells = Defaults.MAX_CELLS;
    private boolean bundledSnapshots = true;

    private Builder() {}

    /**
     * Sets all three base URLs below one root, e.g. a local stub server: {@code root/pxwebapi/v2/},
     * {@code root/v0/}, {@code root/klass/v1/}.
     *
     * @param root the root, e.g. {@code http://127.0.0.1:8080/api/}
     * @return this
     */
    public Builder baseUri(URI root) {
      URI r = withSlash(root);
      this.pxWebV2Base = r.resolve("pxwebapi/v2/");
      this.pxWebV1Base = r.resolve("v0/");
      this.klassBase = r.resolve("klass/v1/");
      return this;
    }

    /**
     * @param uri the PxWebApi v2 base URL
     * @return this
     */
    public Builder pxWebV2Base(URI uri) {
      this.pxWebV2Base = Objects.requireNonNull(uri);
      return this;
    }

    /**
     * @param uri the PxWebApi v1 base URL ({@code …/api/v0/})
     * @return this
     */
    public Builder pxWebV1Base(URI uri) {
      this.pxWebV1Base = Objects.requireNonNull(uri);
      return this;
    }

    /**
     * @param uri the KLASS base URL
     * @return this
     */
    public Builder klassBase(URI uri) {
      this.klassBase = Objects.requireNonNull(uri);
      return this;
    }

    /**
     * Sets the statbank language.
     *
     * @param language {@code no} or {@code en} (codes are the same, labels differ)
     * @return this
     */
    public Builder language(String language) {
      if (!"no".equals(language) && !"en".equals(language)) {
        throw new KostraArgumentException("language", language);
      }
      this.language = language;
      return this;
    }

    /**
     * @param limiter the rate limiter to share (default: a new 30-per-60-s limiter)
     * @return this
     */
    public Builder rateLimiter(RateLimiter limiter) {
      this.rateLimiter = Objects.requireNonNull(limiter);
      return this;
    }

    /**
     * @param policy the retry policy
     * @return this
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy);
      return this;
    }

    /**
     * @param timeout time-out for one request
     * @return this
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * @param timeout connect time-out
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * @param client the HTTP client to use
     * @return this
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client);
      return this;
    }

    /**
     * @param directory where cached responses are stored; created when needed
     * @return this
     */
    public Builder cacheDirectory(Path directory) {
      this.cacheDirectory = Objects.requireNonNull(directory);
      return this;
    }

    /**
     * @param policy when cached responses are used
     * @return this
     */
    public Builder updatePolicy(UpdatePolicy policy) {
      this.updatePolicy = Objects.requireNonNull(policy);
      return this;
    }

    /**
     * @param maxAge how long a cached response is fresh without asking SSB (default 1 hour)
     * @return this
     */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = Objects.requireNonNull(maxAge);
      return this;
    }

    /**
     * Sets the clock (default {@link Clock#systemUTC()}): it dates cache entries, decides their freshness and
     * measures the rate-limit window and backoff pauses.
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * Sets the source of backoff jitter (default: {@link ThreadLocalRandom}); a seeded generator makes the pauses
     * reproducible. It is called from every thread that uses the connection, so it must be thread-safe.
     *
     * @param random the generator
     * @return this
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random);
      return this;
    }

    /**
     * Sets the largest response body accepted (default {@value Defaults#MAX_RESPONSE_BYTES} bytes). The limit is
     * checked against {@code Content-Length} before reading and counted while the body streams in, so a huge
     * answer never fills the heap; exceeding it fails with {@code KOSTRA-0002} naming the URL and the limit, and
     * the request is not retried.
     *
     * @param bytes 1 to {@code Integer.MAX_VALUE - 8}
     * @return this
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
        throw new KostraArgumentException("max-response-bytes", Integer.MAX_VALUE - 8, bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets the cell limit per request (default {@value Defaults#MAX_CELLS}; lower it for other PxWeb sites).
     *
     * @param maxCells at least 1
     * @return this
     */
    public Builder maxCells(long maxCells) {
      if (maxCells < 1) {
        throw new KostraArgumentException("at-least-one", "maxCells", maxCells);
      }
      this.maxCells = maxCells;
      return this;
    }

    /**
     * @param enabled whether offline mode may serve the snapshots bundled with the library
     * @return this
     */
    public Builder bundledSnapshots(boolean enabled) {
      this.bundledSnapshots = enabled;
      return this;
    }

    /**
     * Builds the connection. If no rate limiter was given, a new one is created with this builder's clock; every
     * client built from the result shares it.
     *
     * @return the connection
     */
    public SsbConnection build() {
      return new SsbConnection(this);
    }
  }

  /** Jitter from {@link ThreadLocalRandom} of the calling thread. */
  private enum ThreadLocalJitter implements RandomGenerator {
    INSTANCE;

    @Override
    public long nextLong() {
      return ThreadLocalRandom.current().nextLong();
    }

    @Override
    public double nextDouble() {
      return ThreadLocalRandom.current().nextDouble();
    }
  }
}
