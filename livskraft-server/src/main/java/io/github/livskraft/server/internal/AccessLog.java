package io.github.livskraft.server.internal;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured access-log event per request (logger {@code livskraft.access}; method, route, path, status,
 * duration and bytes in as key-value pairs, rendered as JSON by the application's logging configuration) and
 * the {@code http.server.requests} timer by method, route and status. Bodies and query strings are never logged.
 */
public final class AccessLog {
  private static final Logger ACCESS = LoggerFactory.getLogger("livskraft.access");

  private final MeterRegistry registry;
  /** The timer of each method, route and status seen, so a request does not build and look up a meter id. */
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  private record Key(String method, String route, int status) {}

  /** An access log recording into the registry. */
  public AccessLog(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Records a finished request. */
  public void log(Context ctx, Float millis) {
    String route;
    try {
      route = ctx.endpointHandlerPath();
    } catch (IllegalStateException e) {
      route = "unmatched"; // no endpoint matched (404/405)
    }
    if (route == null || route.isEmpty() || route.equals("*")) {
      route = "unmatched";
    }
    int status = ctx.status().getCode();
    timers.computeIfAbsent(new Key(ctx.method().name(), route, status), k -> Timer.builder("http.server.requests")
        .description("HTTP requests by route and status")
        .tag("method", k.method()).tag("route", k.route()).tag("status", Integer.toString(k.status()))
        .publishPercentileHistogram(false)
        .register(registry)).record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    if (ACCESS.isInfoEnabled()) {
      ACCESS.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("route", route)
          .addKeyValue("path", ctx.path()).addKeyValue("status", status)
          .addKeyValue("durationMs", Math.round(millis * 1000.0) / 1000.0)
          .addKeyValue("bytesIn", Math.max(0L, ctx.req().getContentLengthLong()))
          .log("access");
    }
  }
}
