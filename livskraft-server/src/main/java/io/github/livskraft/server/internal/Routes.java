package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgException;
import io.github.livskraft.sdg.UnknownCodeException;
import io.github.livskraft.tagger.TaggingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the API onto Javalin: reads each request (within the size limit) on the server thread, computes it under
 * the {@link Gate} (concurrency and time limits) and writes the {@link Reply} or an RFC 9457 problem.
 */
public final class Routes {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

  /** A computation of a reply from a request. */
  @FunctionalInterface
  interface Endpoint {
    Reply handle(Req req) throws Exception;
  }

  private final Services services;
  private final Gate gate;
  private final Gate uploads;
  private final long maxBody;
  private final long maxUpload;
  private final AtomicBoolean ready = new AtomicBoolean();
  private final Assets assets = new Assets();

  /**
   * Routes over the services.
   *
   * @param services the shared, thread-safe services
   * @param maxBody body limit in bytes
   * @param maxUpload upload limit in bytes
   * @param maxConcurrent computing requests at once
   * @param maxUploads uploads at once
   * @param workers threads computing at once (per gate; admitted requests beyond them wait in arrival order)
   * @param timeout time per request
   */
  public Routes(Services services, long maxBody, long maxUpload, int maxConcurrent, int maxUploads, int workers,
      java.time.Duration timeout) {
    this.services = services;
    this.maxBody = maxBody;
    this.maxUpload = maxUpload;
    this.gate = new Gate(maxConcurrent, workers, timeout, "livskraft-worker");
    this.uploads = new Gate(maxUploads, workers, timeout, "livskraft-upload");
  }

  /** Marks the service ready (or not) for {@code /ready}. */
  public void ready(boolean value) {
    ready.set(value);
  }

  /** Registers every route and the error handlers. */
  public void register(Javalin app) {
    CatalogueApi cat = new CatalogueApi(services.catalogue());
    TagApi tag = new TagApi(services.tagger(), services.catalogue());
    PlanApi plans = new PlanApi(services.validator());
    IndicatorApi ind = new IndicatorApi(services.indicators());
    get(app, "/catalogue/goals", cat::goals);
    get(app, "/catalogue/goals/{code}", cat::goal);
    get(app, "/catalogue/targets/{code}", cat::target);
    get(app, "/catalogue/indicators/{code}", cat::indicator);
    get(app, "/catalogue/search", cat::search);
    post(app, "/tag", tag::tag, false);
    get(app, "/tag/evidence-levels", tag::levels);
    post(app, "/plans/validate", plans::validate, false);
    post(app, "/plans/coverage", plans::coverage, false);
    post(app, "/indicators/compute", ind::compute, false);
    post(app, "/case/assess", services.cases()::assess, true);
    post(app, "/case/extract", services.cases()::extract, true);
    post(app, "/case/decide", services.cases()::decide, false);
    post(app, "/case/section", services.cases()::section, false);
    post(app, "/case/arkivmelding", services.cases()::arkivmelding, false);
    get(app, "/report", this::report);
    for (String p : List.of("/", "/assets/app.css", "/assets/app.js", "/openapi.yaml")) {
      app.get(p, ctx -> write(ctx, assets.get(p)));
    }
    app.get("/health", ctx -> write(ctx, health("UP")));
    app.get("/ready", ctx -> {
      if (ready.get()) {
        write(ctx, health("READY"));
      } else {
        problem(ctx, Problems.of(ServerErrorCode.NOT_READY), language(ctx));
      }
    });
    app.get("/metrics", ctx -> write(ctx, Reply.text("text/plain; version=0.0.4; charset=utf-8",
        services.metrics().scrape())));
    app.exception(Exception.class, (e, ctx) -> problem(ctx, translate(e, ctx), language(ctx)));
    app.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (type == null || !type.startsWith("application/problem+json")) {
        problem(ctx, Problems.of(ServerErrorCode.NOT_FOUND, ctx.path()), language(ctx));
      }
    });
    app.error(405, ctx -> problem(ctx, Problems.of(ServerErrorCode.METHOD_NOT_ALLOWED, ctx.method().name(), ctx.path()),
        language(ctx)));
  }

  private static Reply health(String status) {
    ObjectNode o = Json.object();
    o.put("status", status);
    return Reply.json(Json.bytes(o));
  }

  private void get(Javalin app, String path, Endpoint e) {
    app.get(path, ctx -> compute(ctx, e, false));
  }

  private void post(Javalin app, String path, Endpoint e, boolean upload) {
    app.post(path, ctx -> compute(ctx, e, upload));
  }

  private void compute(Context ctx, Endpoint e, boolean upload) throws Exception {
    Language lang = language(ctx);
    String langParam = ctx.queryParam("lang");
    if (langParam != null && !langParam.isBlank() && Languages.parse(langParam).isEmpty()) {
      throw Problems.of(ServerErrorCode.BAD_PARAMETER, "lang",
          ServerErrorCode.BAD_PARAMETER.fragment("language", langParam));
    }
    Gate g = upload ? uploads : gate;
    long limit = upload ? maxUpload : maxBody;
    g.acquire();
    Req req;
    try {
      byte[] body = ctx.method() == HandlerType.POST ? readBody(ctx, limit) : new byte[0];
      req = new Req(ctx.path(), ctx.queryParamMap(), ctx.pathParamMap(), mediaType(ctx.contentType()),
          Optional.ofNullable(ctx.header("Accept")).orElse(""), body, lang);
    } catch (RuntimeException | IOException ex) {
      g.release();
      throw ex;
    }
    write(ctx, g.run(() -> e.handle(req)));
  }

  /** Reads at most {@code limit} bytes; a declared or actual larger body is 413 before anything big is held. */
  private static byte[] readBody(Context ctx, long limit) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw Problems.of(ServerErrorCode.BODY_TOO_LARGE, limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared >= 0) {
        // Jetty ends the stream at the declared length (and fails a shorter body), so one exact array suffices.
        byte[] b = new byte[(int) declared];
        int n = 0;
        while (n < b.length) {
          int r = in.read(b, n, b.length - n);
          if (r < 0) {
            throw new java.io.EOFException();
          }
          n += r;
        }
        return b;
      }
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (b.length > limit) {
        throw Problems.of(ServerErrorCode.BODY_TOO_LARGE, limit);
      }
      return b;
    }
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  static Language language(Context ctx) {
    try {
      return Languages.choose(Optional.ofNullable(ctx.queryParam("lang")),
          Optional.ofNullable(ctx.header("Accept-Language")));
    } catch (ApiException e) {
      // an unknown ?lang= is refused (400) in the language of Accept-Language, else English
      return Languages.choose(Optional.empty(), Optional.ofNullable(ctx.header("Accept-Language")));
    }
  }

  private Reply report(Req req) {
    Optional<ReportCache> cache = services.report();
    if (cache.isEmpty()) {
      throw Problems.of(ServerErrorCode.NO_PLANS);
    }
    ReportCache r = cache.get();
    Language l = req.language();
    String format = req.param("format").orElse(req.accepts("application/json") && !req.accepts("text/html")
        ? "json" : "html");
    Map<String, String> headers = Map.of("Content-Language", l.tag(), "Vary", "Accept, Accept-Language");
    return switch (format) {
      case "json" -> new Reply(200, "application/json", r.json(l), headers);
      case "html" -> new Reply(200, "text/html; charset=utf-8", r.html(l), headers);
      default -> throw Problems.of(ServerErrorCode.BAD_PARAMETER, "format",
          ServerErrorCode.BAD_PARAMETER.fragment("report-format", format));
    };
  }

  private static void write(Context ctx, Reply r) {
    ctx.status(r.status());
    r.headers().forEach(ctx::header);
    ctx.header("X-Content-Type-Options", "nosniff");
    if (r.contentType().startsWith("text/html")) {
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' "
          + "'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    }
    ctx.contentType(r.contentType());
    // Straight to the response stream (Javalin's compression still applies): ctx.result(bytes) would wrap the
    // bytes in a stream and copy them through a fresh 32 KB buffer per response.
    try {
      ctx.outputStream().write(r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Maps library exceptions to problems with their own codes and texts. */
  ApiException translate(Exception e, Context ctx) {
    if (e instanceof ApiException a) {
      return a;
    }
    if (e instanceof UnknownCodeException u) {
      return new ApiException(404, u.errorCode().code(), l -> u.getMessage(l.locale()));
    }
    if (e instanceof SdgException s) {
      return new ApiException(400, s.errorCode().code(), l -> s.getMessage(l.locale()));
    }
    if (e instanceof PlanModelException p) {
      return new ApiException(422, p.code(), p::getMessage);
    }
    if (e instanceof IndicatorException i) {
      return new ApiException(422, i.errorCode().code(), i::getMessage);
    }
    if (e instanceof CaseworkException c && caseStatus(c.errorCode()) != 500) {
      return new ApiException(caseStatus(c.errorCode()), c.errorCode().code(), l -> c.getMessage(l.locale()));
    }
    if (e instanceof TaggingException t) {
      return new ApiException(400, t.errorCode().code(), l -> t.getMessage(l.locale()));
    }
    if (e instanceof CodedException c && !(e instanceof CaseworkException)) {
      // any other library's refusal of what the client sent (a municipality code, a JSON-stat file, …)
      return new ApiException(e instanceof IllegalArgumentException ? 400 : 422, c.errorCode().code(),
          c::getMessage);
    }
    if (e instanceof org.eclipse.jetty.io.EofException || e instanceof java.io.EOFException) {
      return Problems.of(ServerErrorCode.MALFORMED_BODY, "HTTP",
          ServerErrorCode.MALFORMED_BODY.fragment("ended"));
    }
    String id = java.util.UUID.randomUUID().toString().substring(0, 8);
    LOG.atError().addKeyValue("errorId", id).addKeyValue("path", ctx.path()).setCause(e).log("internal error");
    return Problems.of(ServerErrorCode.INTERNAL, id);
  }

  /** The HTTP status for a casework error: what the client sent is too large, of a wrong type, or unusable. */
  static int caseStatus(CaseErrorCode code) {
    return switch (code) {
      case TOO_LARGE -> 413;
      case UNSUPPORTED_TYPE -> 415;
      case NOT_TEXT, INVALID_FIELD, INVALID_JSON -> 400;
      case EMPTY_INPUT, ENCRYPTED_PDF, BROKEN_DOCX, BROKEN_PDF, READ_FAILED -> 422;
      default -> 500;
    };
  }

  static void problem(Context ctx, ApiException e, Language lang) {
    ObjectNode o = Json.object();
    o.put("type", "https://livskraft.github.io/problems/" + e.code());
    o.put("title", title(e.status(), lang));
    o.put("status", e.status());
    o.put("detail", e.detail(lang));
    o.put("instance", ctx.path());
    o.put("code", e.code());
    o.put("lang", lang.tag());
    if (!e.errors().isEmpty()) {
      ArrayNode a = o.putArray("errors");
      for (Map<String, Object> m : e.errors()) {
        a.add(Json.MAPPER.<ObjectNode>valueToTree(m));
      }
    }
    ctx.status(e.status());
    if (e.status() == 429 || e.status() == 503) {
      ctx.header("Retry-After", "1");
    }
    ctx.header("Content-Language", lang.tag());
    ctx.contentType("application/problem+json");
    ctx.result(Json.bytes(o));
  }

  private static String title(int status, Language l) {
    return ServerErrorCode.title(status, l);
  }


  /** Stops the worker pools. */
  public void close() {
    gate.close();
    uploads.close();
  }
}
