package io.github.livskraft.kostra.internal.http;

import io.github.livskraft.kostra.Defaults;
import io.github.livskraft.kostra.RetryPolicy;
import io.github.livskraft.kostra.SsbConnection;
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
 * when there was no usable answer. Thread-safe.
 */
public final class HttpTransport {
  private final SsbConnection connection;
  private volatile @Nullable HttpClient client;

  /**
   * Creates a transport.
   *
   * @param connection the settings
   */
  public HttpTransport(SsbConnection connection) {
    this.connection = connection;
    this.client = connection.httpClient().orElse(null);
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = HttpClient.newBuilder()
              .connectTimeout(connection.connectTimeout())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
          client = c;
        }
      }
    }
    return c;
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
    HttpRequest request = builder.timeout(connection.requestTimeout())
        .header("User-Agent", Defaults.USER_AGENT).build();
    URI uri = request.uri();
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        connection.rateLimiter().acquire();
        HttpResponse<byte[]> r = exchange(request);
        connection.rateLimiter().observe(r.headers().map());
        HttpResponseData data = new HttpResponseData(uri, r.statusCode(), r.headers().map(), r.body(), attempt);
        if (!retryable(r.statusCode()) || attempt >= policy.maxAttempts()) {
          return data;
        }
        Duration backoff = policy.backoff(attempt, connection.random().getAsDouble());
        Optional<Duration> retryAfter = retryAfter(data.header("Retry-After"));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
          return data; // the server asks for a longer pause than we accept: report it
        }
        Duration wait = retryAfter.filter(ra -> ra.compareTo(backoff) > 0).orElse(backoff);
        if (r.statusCode() == 429) {
          connection.rateLimiter().pause(wait); // every caller of this limiter waits
        }
        connection.sleeper().sleep(wait);
      } catch (HttpTimeoutException e) {
        failOrWait(TransportException.Reason.TIMEOUT, uri, attempt, policy,
            "no complete answer within " + connection.requestTimeout().toMillis() + " ms", e);
      } catch (ConnectException | UnknownHostException e) {
        throw new TransportException(TransportException.Reason.UNREACHABLE, uri, attempt,
            "cannot reach " + uri.getHost() + ": " + e, e);
      } catch (IOException e) {
        if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException) {
          throw new TransportException(TransportException.Reason.UNREACHABLE, uri, attempt,
              "cannot reach " + uri.getHost() + ": " + e, e);
        }
        failOrWait(TransportException.Reason.BROKEN, uri, attempt, policy,
            "connection broken (truncated or reset response): " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException(TransportException.Reason.INTERRUPTED, uri, attempt, "interrupted", e);
      }
    }
  }

  /**
   * One exchange with a deadline for the whole answer: the JDK client's request time-out covers only the response
   * headers, so a body that stalls half-way would otherwise block for ever.
   */
  private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> f = client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    try {
      return f.get(connection.requestTimeout().toMillis() + 50, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + connection.requestTimeout().toMillis()
          + " ms");
    } catch (ExecutionException e) {
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
      String message, Exception cause) {
    if (attempt >= policy.maxAttempts()) {
      throw new TransportException(reason, uri, attempt, message, cause);
    }
    try {
      connection.sleeper().sleep(policy.backoff(attempt, connection.random().getAsDouble()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(TransportException.Reason.INTERRUPTED, uri, attempt, "interrupted", e);
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
}
