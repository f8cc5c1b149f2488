package io.github.livskraft.kostra.internal.http;

import io.github.livskraft.kostra.Defaults;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.RetryPolicy;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.internal.time.Waits;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests through the connection's shared rate limiter, with time-outs and retries (429, 502, 503, 504,
 * time-outs, broken connections). Returns the last answer, successful or not; throws {@link TransportException}
 * when there was no usable answer.
 *
 * <p>Bodies are read with the connection's {@code maxResponseBytes} limit checked while they stream in (a body over
 * it is refused and never retried). Redirects are followed only to the same scheme, host and port (at most
 * {@value #MAX_REDIRECTS} hops); any other redirect is refused. Retries draw from a {@link RetryBudget}: one per
 * request by default, or one shared by every request of a call ({@link #withBudget}). Thread-safe.
 */
public final class HttpTransport {
  /** Most same-host redirects followed for one request. */
  static final int MAX_REDIRECTS = 5;

  private final SsbConnection connection;
  private final Shared shared;
  private final @Nullable RetryBudget budget;

  /** The lazily built client, shared by every budget-bound view of one transport. */
  private static final class Shared {
    private volatile @Nullable HttpClient client;

    Shared(SsbConnection connection) {
      this.client = connection.httpClient().orElse(null);
    }

    HttpClient client(SsbConnection connection) {
      HttpClient c = client;
      if (c == null) {
        synchronized (this) {
          c = client;
          if (c == null) {
            c = HttpClient.newBuilder()
                .connectTimeout(connection.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, same host only
                .build();
            client = c;
          }
        }
      }
      return c;
    }
  }

  /**
   * Creates a transport.
   *
   * @param connection the settings
   */
  public HttpTransport(SsbConnection connection) {
    this(connection, new Shared(connection), null);
  }

  private HttpTransport(SsbConnection connection, Shared shared, @Nullable RetryBudget budget) {
    this.connection = connection;
    this.shared = shared;
    this.budget = budget;
  }

  /**
   * The same transport (same client) drawing every retry from one budget, e.g. for all requests of one call
   * including its v2→v1 fallback.
   *
   * @param budget the shared budget
   * @return a view of this transport
   */
  public HttpTransport withBudget(RetryBudget budget) {
    return new HttpTransport(connection, shared, budget);
  }

  /**
   * A GET request.
   *
   * @param uri the URI
   * @param accept the Accept header
   * @return the last answer
   */
  public HttpResponseData get(URI uri, String accept) {
    return send(HttpRequest.newBuilder(uri).GET().header("Accept", accept));
  }

  /**
   * A POST request with a JSON body.
   *
   * @param uri the URI
   * @param json the body
   * @param accept the Accept header
   * @return the last answer
   */
  public HttpResponseData postJson(URI uri, byte[] json, String accept) {
    return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .header("Content-Type", "application/json; charset=UTF-8").header("Accept", accept));
  }

  private HttpResponseData send(HttpRequest.Builder builder) {
    RetryPolicy policy = connection.retryPolicy();
    RetryBudget retries = budget != null ? budget : RetryBudget.of(policy);
    HttpRequest request = builder.timeout(connection.requestTimeout())
        .header("User-Agent", Defaults.USER_AGENT).build();
    URI uri = request.uri();
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        HttpResponse<byte[]> r = exchange(request, attempt);
        HttpResponseData data = new HttpResponseData(uri, r.statusCode(), r.headers().map(), r.body(), attempt);
        if (!retryable(r.statusCode())) {
          return data;
        }
        Optional<Duration> retryAfter = retryAfter(data.header("Retry-After"));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
          return data; // the server asks for a longer pause than we accept: report it
        }
        if (!retries.take()) {
          return data;
        }
        Duration backoff = policy.backoff(attempt, connection.random().nextDouble());
        Duration wait = retryAfter.filter(ra -> ra.compareTo(backoff) > 0).orElse(backoff);
        if (r.statusCode() == 429) {
          connection.rateLimiter().pause(wait); // every caller of this limiter waits
        }
        Waits.sleep(connection.clock(), wait);
      } catch (HttpTimeoutException e) {
        failOrWait(TransportException.Reason.TIMEOUT, uri, attempt, policy, retries,
            why("HTTP.timeout", String.valueOf(connection.requestTimeout().toMillis())), e);
      } catch (LimitedBody.TooLarge e) {
        throw new TransportException(TransportException.Reason.TOO_LARGE, uri, attempt,
            why("HTTP.too-large", String.valueOf(e.limit())), e,
            e.limit(), null); // never retried: the same answer would be as large
      } catch (ConnectException | UnknownHostException e) {
        throw new TransportException(TransportException.Reason.UNREACHABLE, uri, attempt,
            why("HTTP.unreachable", String.valueOf(uri.getHost())), e);
      } catch (IOException e) {
        if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException) {
          throw new TransportException(TransportException.Reason.UNREACHABLE, uri, attempt,
              why("HTTP.unreachable", String.valueOf(uri.getHost())), e);
        }
        failOrWait(TransportException.Reason.BROKEN, uri, attempt, policy, retries,
            why("HTTP.broken"), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException(TransportException.Reason.INTERRUPTED, uri, attempt, why("HTTP.interrupted"), e);
      }
    }
  }

  /**
   * One attempt: the request and any same-origin redirects, each through the rate limiter. A redirect elsewhere
   * (also one that a caller-supplied client followed by itself) is refused.
   */
  private HttpResponse<byte[]> exchange(HttpRequest request, int attempt) throws IOException, InterruptedException {
    HttpRequest current = request;
    for (int hop = 0; ; hop++) {
      connection.rateLimiter().acquire();
      HttpResponse<byte[]> r = exchangeOnce(current);
      connection.rateLimiter().observe(r.headers().map());
      if (!sameOrigin(request.uri(), r.uri())) {
        throw refused(request.uri(), r.uri(), attempt);
      }
      int s = r.statusCode();
      Optional<String> location = r.headers().firstValue("Location");
      if (!isRedirect(s) || location.isEmpty() || hop >= MAX_REDIRECTS) {
        return r;
      }
      URI target;
      try {
        target = current.uri().resolve(location.get().strip());
      } catch (IllegalArgumentException badLocation) {
        return r; // an unreadable Location: report the 3xx answer itself
      }
      if (!sameOrigin(request.uri(), target)) {
        throw refused(request.uri(), target, attempt);
      }
      HttpRequest.Builder next = HttpRequest.newBuilder(current, (name, value) -> true).uri(target);
      if (s == 303 || ((s == 301 || s == 302) && "POST".equals(current.method()))) {
        next = HttpRequest.newBuilder(target).GET().timeout(connection.requestTimeout())
            .header("User-Agent", Defaults.USER_AGENT)
            .header("Accept", current.headers().firstValue("Accept").orElse("*/*"));
      }
      current = next.build();
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private TransportException refused(URI from, URI to, int attempt) {
    return new TransportException(TransportException.Reason.REDIRECT_REFUSED, from, attempt,
        why("HTTP.redirect", from, to), null, 0, to);
  }

  /** Same scheme, host and port (an absent port counts as the scheme's default). */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && b.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && b.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /**
   * One exchange with a deadline for the whole answer: the JDK client's request time-out covers only the response
   * headers, so a body that stalls half-way would otherwise block for ever.
   */
  private HttpResponse<byte[]> exchangeOnce(HttpRequest request) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> f = shared.client(connection)
        .sendAsync(request, new LimitedBody(connection.maxResponseBytes()));
    try {
      return f.get(connection.requestTimeout().toMillis() + 50, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + connection.requestTimeout().toMillis()
          + " ms");
    } catch (ExecutionException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof LimitedBody.TooLarge tooLarge) {
          throw tooLarge;
        }
      }
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(c);
    } catch (InterruptedException e) {
      f.cancel(true);
      throw e;
    }
  }

  private void failOrWait(TransportException.Reason reason, URI uri, int attempt, RetryPolicy policy,
      RetryBudget retries, String message, Exception cause) {
    if (!retries.take()) {
      throw new TransportException(reason, uri, attempt, message, cause);
    }
    try {
      Waits.sleep(connection.clock(), policy.backoff(attempt, connection.random().nextDouble()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(TransportException.Reason.INTERRUPTED, uri, attempt, why("HTTP.interrupted"), e);
    }
  }

  static boolean retryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * Reads a {@code Retry-After} value: seconds or an HTTP date.
   *
   * @param value the header value, possibly empty
   * @return the wait, if readable
   */
  Optional<Duration> retryAfter(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(connection.clock().instant(), at.toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /**
   * The internal reason of a transport failure, in English from the kostra bundle (the user's message is made from
   * the {@link TransportException.Reason}); never the JDK exception's text, which stays the cause.
   */
  private static String why(String key, Object... args) {
    return KostraErrorCode.text(key, args).text(Language.EN);
  }
}
