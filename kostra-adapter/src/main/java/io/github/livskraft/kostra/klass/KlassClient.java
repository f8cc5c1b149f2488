package io.github.livskraft.kostra.klass;

import io.github.livskraft.kostra.Defaults;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.UpdatePolicy;
import io.github.livskraft.kostra.internal.cache.DiskCache;
import io.github.livskraft.kostra.internal.http.HttpResponseData;
import io.github.livskraft.kostra.internal.http.HttpTransport;
import io.github.livskraft.kostra.internal.http.TransportException;
import io.github.livskraft.municipalities.ClassificationCode;
import io.github.livskraft.municipalities.CodeChange;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.MunicipalityException;
import io.github.livskraft.municipalities.MunicipalityPeriod;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.municipalities.internal.BundledRegistry;
import io.github.livskraft.municipalities.internal.KlassJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SSB's KLASS classification API ({@code /classifications/{id}/codesAt|codes|changes}), always asking for JSON
 * ({@code Accept: application/json}; KLASS defaults to XML). Shares the connection's rate limiter, retries and
 * disk cache; in {@link UpdatePolicy#OFFLINE_ONLY} mode it answers from the cache or the bundled snapshot.
 *
 * <pre>{@code
 * KlassClient klass = KlassClient.create(SsbConnection.create());
 * List<ClassificationCode> kommuner = klass.codesAt(131, LocalDate.of(2024, 1, 1));
 * List<CodeChange> changes = klass.changes(131, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class KlassClient {
  private static final String ACCEPT = "application/json";
  private final SsbConnection connection;
  private final HttpTransport transport;
  private final Optional<DiskCache> cache;

  private KlassClient(SsbConnection connection) {
    this.connection = connection;
    this.transport = new HttpTransport(connection);
    this.cache = connection.cacheDirectory().map(d -> new DiskCache(d.resolve("klass")));
  }

  /**
   * A client.
   *
   * @param connection the connection (its rate limiter is shared with the statbank clients)
   * @return the client
   */
  public static KlassClient create(SsbConnection connection) {
    return new KlassClient(connection);
  }

  /**
   * Builds a complete municipality registry from KLASS: {@code codes} and {@code changes} of classification 131 over
   * a range (the bundled {@link MunicipalityRegistry#bundled()} works offline).
   *
   * @param from the first day (inclusive)
   * @param to the last day (exclusive)
   * @return the registry
   * @throws KlassException on failure
   */
  public MunicipalityRegistry municipalityRegistry(LocalDate from, LocalDate to) {
    List<MunicipalityPeriod> ps = new java.util.ArrayList<>();
    for (ClassificationCode c : codes(io.github.livskraft.kostra.Defaults.KLASS_MUNICIPALITIES, from, to)) {
      if (!io.github.livskraft.municipalities.MunicipalityCode.isWellFormed(c.code())) {
        continue; // 9999 Uoppgitt and the like
      }
      LocalDate vf = c.validFrom().orElse(from);
      ps.add(new MunicipalityPeriod(io.github.livskraft.municipalities.MunicipalityCode.parse(c.code()),
          BundledRegistry.cleanName(c.name()), vf, c.validTo().filter(t -> t.isBefore(to))));
    }
    List<CodeChange> cs = changes(io.github.livskraft.kostra.Defaults.KLASS_MUNICIPALITIES, from, to);
    return MunicipalityRegistry.of(ps, cs, "KLASS 131 live, " + from + " to " + to);
  }

  private static <T> T parsed(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (MunicipalityException e) {
      throw new KlassException(e);
    }
  }

  /**
   * The codes valid on a day.
   *
   * @param classification e.g. 131 (municipalities) or 104 (counties)
   * @param date the day
   * @return the codes
   * @throws KlassException on failure
   */
  public List<ClassificationCode> codesAt(int classification, LocalDate date) {
    String path = "classifications/" + classification + "/codesAt?date=" + date + "&language=nb";
    return parsed(() -> KlassJson.codes(get(path, () -> BundledAnswers.codesAt(classification, date)), path));
  }

  /**
   * The codes valid at some time in a range, with the part of the range each was valid in.
   *
   * @param classification e.g. 131
   * @param from first day (inclusive)
   * @param to last day (exclusive, as in KLASS)
   * @return the codes
   * @throws KlassException on failure
   */
  public List<ClassificationCode> codes(int classification, LocalDate from, LocalDate to) {
    checkRange(from, to);
    String path = "classifications/" + classification + "/codes?from=" + from + "&to=" + to + "&language=nb";
    return parsed(() -> KlassJson.codes(get(path, () -> BundledAnswers.codes(classification, from, to)), path));
  }

  /**
   * The code changes in a range.
   *
   * @param classification e.g. 131
   * @param from first day (inclusive)
   * @param to last day (exclusive)
   * @return the changes
   * @throws KlassException on failure
   */
  public List<CodeChange> changes(int classification, LocalDate from, LocalDate to) {
    checkRange(from, to);
    String path = "classifications/" + classification + "/changes?from=" + from + "&to=" + to + "&language=nb";
    return parsed(() -> KlassJson.changes(get(path, () -> BundledAnswers.changes(classification, from, to)),
        path));
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      throw new KlassException(KostraErrorCode.SSB_KLASS_FAILED, null,
          KostraErrorCode.text("KLASS.range", to, from));
    }
  }

  /** Supplies a bundled answer (as KLASS JSON), or empty when the snapshot does not cover the request. */
  interface Bundled {
    Optional<byte[]> get();
  }

  private byte[] get(String path, Bundled bundled) {
    URI uri = connection.klassBase().resolve(path);
    String key = "klass|" + uri;
    Optional<DiskCache.Entry> hit = cache.flatMap(c -> c.find(key));
    UpdatePolicy policy = connection.updatePolicy();
    if (policy == UpdatePolicy.OFFLINE_ONLY) {
      if (hit.isPresent()) {
        return hit.get().body();
      }
      if (connection.bundledSnapshots()) {
        Optional<byte[]> b = bundled.get();
        if (b.isPresent()) {
          return b.get();
        }
      }
      throw new KlassException(KostraErrorCode.SSB_KLASS_FAILED, null, KostraErrorCode.text("KLASS.offline", path));
    }
    if (policy == UpdatePolicy.USE_IF_FRESH && hit.isPresent()
        && Duration.between(hit.get().storedAt(), connection.clock().instant()).compareTo(connection.maxAge()) <= 0) {
      return hit.get().body();
    }
    HttpResponseData r;
    try {
      r = transport.get(uri, ACCEPT);
    } catch (TransportException e) {
      if (e.reason() == TransportException.Reason.TOO_LARGE) {
        throw new KlassException(KostraErrorCode.RESPONSE_TOO_LARGE, e, uri, e.limit(), "KLASS " + path);
      }
      if (e.reason() == TransportException.Reason.REDIRECT_REFUSED) {
        throw new KlassException(KostraErrorCode.REDIRECT_REFUSED, e, uri,
            e.location().map(Object::toString).orElse("?"));
      }
      throw new KlassException(KostraErrorCode.SSB_KLASS_FAILED, e, switch (e.reason()) {
        case UNREACHABLE -> KostraErrorCode.text("KLASS.unreachable", uri);
        case TIMEOUT -> KostraErrorCode.text("KLASS.timeout", uri, e.attempts());
        default -> KostraErrorCode.text("KLASS.broken", uri, e.attempts());
      });
    }
    if (!r.ok()) {
      String body = io.github.livskraft.sdg.internal.output.SafeText.terminal(new String(r.body(), 0,
          Math.min(300, r.body().length), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip());
      throw new KlassException(KostraErrorCode.SSB_KLASS_FAILED, null, KostraErrorCode.text("KLASS.answer",
          r.status(), uri, body.isEmpty() ? "" : KostraErrorCode.text("KLASS.said", body)));
    }
    cache.ifPresent(c -> c.put(key, r.body(), "", connection.clock().instant()));
    return r.body();
  }

  /** Answers from the bundled snapshot in KLASS's own JSON shape. */
  static final class BundledAnswers {
    private BundledAnswers() {}

    static Optional<byte[]> codesAt(int classification, LocalDate date) {
      if (classification == Defaults.KLASS_MUNICIPALITIES) {
        if (date.isBefore(LocalDate.of(2017, 1, 1))) {
          return Optional.empty();
        }
        if (!date.isBefore(BundledRegistry.KLASS_DATE)) {
          return Optional.of(BundledRegistry.resource(BundledRegistry.CODES_2026));
        }
        List<ClassificationCode> out = new ArrayList<>();
        for (MunicipalityPeriod p : MunicipalityRegistry.bundled().codesAt(date)) {
          out.add(new ClassificationCode(p.code().value(), Optional.empty(), "1", p.name(), "", "",
              Optional.empty(), Optional.empty(), ""));
        }
        return Optional.of(KlassWriter.codes(out));
      }
      if (classification == Defaults.KLASS_COUNTIES && !date.isBefore(LocalDate.of(2020, 1, 1))
          && date.isBefore(LocalDate.of(2024, 1, 1))) {
        return Optional.of(BundledRegistry.resource(BundledRegistry.COUNTIES_2020));
      }
      return Optional.empty();
    }

    static Optional<byte[]> codes(int classification, LocalDate from, LocalDate to) {
      if (classification != Defaults.KLASS_MUNICIPALITIES || from.isBefore(LocalDate.of(2017, 1, 1))) {
        return Optional.empty();
      }
      List<ClassificationCode> out = new ArrayList<>();
      for (var e : MunicipalityRegistry.bundled().codes()) {
        for (MunicipalityPeriod p : MunicipalityRegistry.bundled().periods(e)) {
          boolean overlaps = p.validFrom().isBefore(to) && p.validTo().map(t -> t.isAfter(from)).orElse(true);
          if (overlaps) {
            LocalDate vf = p.validFrom().isBefore(from) ? from : p.validFrom();
            Optional<LocalDate> vt = p.validTo().filter(t -> t.isBefore(to));
            out.add(new ClassificationCode(p.code().value(), Optional.empty(), "1", p.name(), "", "",
                Optional.of(vf), vt, ""));
          }
        }
      }
      return Optional.of(KlassWriter.codes(out));
    }

    static Optional<byte[]> changes(int classification, LocalDate from, LocalDate to) {
      if (classification != Defaults.KLASS_MUNICIPALITIES) {
        return Optional.empty();
      }
      return Optional.of(KlassWriter.changes(MunicipalityRegistry.bundled().changes(from, to)));
    }
  }
}
