package io.github.livskraft.server;

import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.casework.io.SectionWriter;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.server.internal.AccessLog;
import io.github.livskraft.server.internal.CaseApi;
import io.github.livskraft.server.internal.ReportCache;
import io.github.livskraft.server.internal.Routes;
import io.github.livskraft.server.internal.Services;
import io.github.livskraft.tagger.SdgTagger;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Livskraft HTTP service (Javalin on Jetty). Start it, use {@link #baseUri()}, {@link #close()} it. Every
 * request is independent: no state is kept between requests except the report of the configured plans directory
 * (read at start; each language and format rendered once, on its first request), and nothing a client sends is
 * written to disk.
 *
 * <pre>{@code
 * try (LivskraftServer server = LivskraftServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0))) {
 *   URI api = server.baseUri();   // e.g. http://127.0.0.1:41234/
 * }
 * }</pre>
 */
public final class LivskraftServer implements AutoCloseable {
  private final Javalin app;
  private final Routes routes;
  private final ServerConfig config;

  private LivskraftServer(Javalin app, Routes routes, ServerConfig config) {
    this.app = app;
    this.routes = routes;
    this.config = config;
  }

  /**
   * Builds the services, reads the plans and builds the report if a plans directory is configured (it is rendered
   * per language on first request), and starts listening.
   *
   * @param config the configuration
   * @return the running server
   * @throws ServerException {@code SERVER-0100} if the plans cannot be read, {@code SERVER-0101} if the server
   *     cannot listen on the address
   */
  public static LivskraftServer start(ServerConfig config) {
    Objects.requireNonNull(config, "config");
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    new UptimeMetrics().bindTo(metrics);
    Optional<ReportCache> report = Optional.empty();
    SdgCatalogue catalogue = SdgCatalogue.bundled();
    SdgTagger tagger = SdgTagger.bundled();
    CaseAssessor.Builder assessor = CaseAssessor.builder().catalogue(catalogue).tagger(tagger);
    if (config.plansDirectory().isPresent()) {
      try {
        report = Optional.of(ReportCache.build(config.plansDirectory().get(), "livskraft-server", metrics));
        assessor.planFiles(ReportCache.planFiles(config.plansDirectory().get()));
      } catch (ServerException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        Object why = e instanceof io.github.livskraft.sdg.CodedException ? e : reason(e, "unreadable");
        throw new ServerException(ServerErrorCode.PLANS_UNREADABLE, e, config.plansDirectory().get(), why);
      }
    }
    CaseApi cases = new CaseApi(CaseReader.withLimits(config.maxUploadBytes(), CaseReader.DEFAULT_MAX_CHARS,
        CaseReader.DEFAULT_MAX_PAGES), assessor.build(), Arkivmelding.of(catalogue, "Livskraft server", "UN-SDG"),
        SectionWriter.of(catalogue, ZoneId.of("Europe/Oslo")), Clock.systemUTC());
    Services services = new Services(catalogue, tagger, PlanValidator.create(),
        IndicatorLibrary.bundled(), metrics, cases, report);
    Routes routes = new Routes(services, config.maxBodyBytes(), config.maxUploadBytes(),
        config.maxConcurrentRequests(), config.maxConcurrentUploads(), config.workers(), config.requestTimeout());
    AccessLog access = new AccessLog(metrics);
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.prefer405over404 = true;
      c.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxUploadBytes());
      c.jetty.defaultHost = config.bindAddress();
      c.jetty.defaultPort = config.port();
      QueuedThreadPool pool = new QueuedThreadPool(Math.max(16, config.maxConcurrentRequests() * 2), 4);
      pool.setName("livskraft-http");
      c.jetty.threadPool = pool;
      c.jetty.modifyServer(s -> s.setStopTimeout(5_000));
      c.requestLogger.http(access::log);
    });
    routes.register(app);
    try {
      app.start();
    } catch (Exception e) { // Jetty's stop after a failed bind throws a checked ExecutionException undeclared
      routes.close();
      throw new ServerException(ServerErrorCode.CANNOT_LISTEN, e, config.bindAddress(), config.port(),
          inUse(config.bindAddress(), config.port()) ? ServerErrorCode.CANNOT_LISTEN.fragment("in-use")
              : reason(e, "failed"));
    }
    routes.ready(true);
    return new LivskraftServer(app, routes, config);
  }

  /** The port listened on (the real one when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI baseUri() {
    String host = config.bindAddress().contains(":") ? "[" + config.bindAddress() + "]" : config.bindAddress();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** The configuration it runs with. */
  public ServerConfig config() {
    return config;
  }

  /** Stops accepting requests (readiness goes down first), lets running ones finish, then stops. */
  @Override
  public void close() {
    routes.ready(false);
    app.stop();
    routes.close();
  }

  /**
   * Why starting failed, in our own words by the kind of the failure (never the library's or the JDK's text): the
   * address is taken, an input/output failure (sdg-core's {@code IoReason}), or the {@code variant} of the code.
   */
  private static Object reason(Throwable e, String variant) {
    java.util.List<Throwable> all = new java.util.ArrayList<>();
    collect(e, all);
    for (Throwable t : all) {
      if (t instanceof io.github.livskraft.sdg.CodedException) {
        return t;
      }
    }
    for (Throwable t : all) {
      if (t instanceof java.net.BindException) { // under Javalin's and Jetty's wrappers
        return ServerErrorCode.CANNOT_LISTEN.fragment("in-use");
      }
    }
    for (Throwable t : all) {
      if (t instanceof IOException failure) {
        return io.github.livskraft.sdg.IoReason.of(failure);
      }
    }
    return variant.equals("failed") ? ServerErrorCode.CANNOT_LISTEN.fragment("failed")
        : ServerErrorCode.PLANS_UNREADABLE.fragment("unreadable");
  }

  /**
   * Whether another program holds the address: Javalin's stop after a failed bind can lose the
   * {@link java.net.BindException}, so the port is tried once more, and only the kind of the failure counts.
   */
  private static boolean inUse(String address, int port) {
    if (port == 0) {
      return false;
    }
    try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
      probe.bind(new java.net.InetSocketAddress(address, port));
      return false;
    } catch (java.net.BindException taken) {
      return true;
    } catch (IOException | RuntimeException other) {
      return false;
    }
  }

  /** A failure, its causes and what was suppressed along the way, each once. */
  private static void collect(Throwable t, java.util.List<Throwable> into) {
    if (t == null || into.size() > 64 || into.stream().anyMatch(x -> x == t)) {
      return;
    }
    into.add(t);
    collect(t.getCause(), into);
    for (Throwable s : t.getSuppressed()) {
      collect(s, into);
    }
  }

}
