package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.UpdatePolicy;
import io.github.livskraft.kostra.internal.cache.DiskCache;
import io.github.livskraft.kostra.internal.http.HttpResponseData;
import io.github.livskraft.kostra.internal.http.HttpTransport;
import io.github.livskraft.kostra.internal.http.RetryBudget;
import io.github.livskraft.kostra.internal.http.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What v1 and v2 share: caching, update policies, offline snapshots, planning, part fetching and merging. */
abstract class AbstractStatbankClient implements StatbankClient {
  final SsbConnection connection;
  final HttpTransport transport;
  private final Optional<DiskCache> cache;

  AbstractStatbankClient(SsbConnection connection) {
    this(connection, new HttpTransport(connection), connection.cacheDirectory().map(DiskCache::new));
  }

  AbstractStatbankClient(SsbConnection connection, HttpTransport transport, Optional<DiskCache> cache) {
    this.connection = connection;
    this.transport = transport;
    this.cache = cache;
  }

  /** A copy of this client whose requests draw every retry from one budget (same client, cache and limiter). */
  abstract AbstractStatbankClient withBudget(RetryBudget budget);

  /** @return the transport's budget-bound view */
  final HttpTransport transportWith(RetryBudget budget) {
    return transport.withBudget(budget);
  }

  /** @return the disk cache, if any */
  final Optional<DiskCache> cache() {
    return cache;
  }

  /** The cache key prefix: version, base URL and language. */
  abstract String keyPrefix();

  abstract HttpResponseData requestMetadata(String tableId);

  abstract TableMetadata parseMetadata(String tableId, byte[] body);

  abstract HttpResponseData requestData(DataQuery part);

  abstract Optional<String> currentUpdated(String tableId);

  final HttpResponseData exchange(Supplier<HttpResponseData> call, Object what) {
    HttpResponseData r;
    try {
      r = call.get();
    } catch (TransportException e) {
      throw ErrorMapper.fromTransport(e, what);
    }
    if (!r.ok()) {
      throw ErrorMapper.fromResponse(r, what);
    }
    return r;
  }

  /**
   * Every id that becomes a URL path segment (table ids, codelist ids) passes here first: letters, digits,
   * {@code _ - .}, 1–80 characters, not starting with a dot, so {@code ..} or {@code a/b} never reach the URL
   * (issue 17).
   *
   * @param id the id
   * @return the id
   * @throws PxWebException of kind {@link PxWebException.Kind#INVALID_ID} ({@code KOSTRA-0001}) if it is not a
   *     plain id
   */
  static String segment(String id) {
    if (id.isEmpty() || id.length() > 80 || id.charAt(0) == '.' || !id.chars().allMatch(c ->
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
            || c == '.')) {
      throw PxWebException.coded(PxWebException.Kind.INVALID_ID, null,
          io.github.livskraft.sdg.internal.output.SafeText.terminal(id.length() > 100 ? id.substring(0, 100) + "…"
              : id));
    }
    return id;
  }

  final boolean offline() {
    return connection.updatePolicy() == UpdatePolicy.OFFLINE_ONLY;
  }

  @Override
  public TableMetadata metadata(String tableId) {
    String key = keyPrefix() + "|meta|" + segment(tableId);
    Optional<DiskCache.Entry> hit = cache.flatMap(c -> c.find(key));
    if (offline()) {
      if (hit.isPresent()) {
        return parseMetadata(tableId, hit.get().body());
      }
      if (connection.bundledSnapshots()) {
        Optional<TableMetadata> bundled = BundledSnapshots.metadata(tableId);
        if (bundled.isPresent()) {
          return bundled.get();
        }
      }
      throw notOffline(KostraErrorCode.text("SSB.what.metadata", tableId));
    }
    if (connection.updatePolicy() == UpdatePolicy.USE_IF_FRESH && hit.isPresent() && young(hit.get())) {
      return parseMetadata(tableId, hit.get().body());
    }
    HttpResponseData r = exchange(() -> requestMetadata(tableId), KostraErrorCode.text("SSB.what.metadata", tableId));
    TableMetadata meta = parseMetadata(tableId, r.body());
    cache.ifPresent(c -> c.put(key, r.body(), meta.updated(), connection.clock().instant()));
    return meta;
  }

  /** A small JSON answer (metadata, codelist) through the cache and the update policy. */
  final byte[] cachedGet(String key, Supplier<HttpResponseData> call, Object what) {
    Optional<DiskCache.Entry> hit = cache.flatMap(c -> c.find(keyPrefix() + "|" + key));
    if (offline()) {
      return hit.map(DiskCache.Entry::body).orElseThrow(() -> notOffline(what));
    }
    if (connection.updatePolicy() == UpdatePolicy.USE_IF_FRESH && hit.isPresent() && young(hit.get())) {
      return hit.get().body();
    }
    HttpResponseData r = exchange(call, what);
    cache.ifPresent(c -> c.put(keyPrefix() + "|" + key, r.body(), "", connection.clock().instant()));
    return r.body();
  }

  private boolean young(DiskCache.Entry e) {
    Duration age = Duration.between(e.storedAt(), connection.clock().instant());
    return age.compareTo(connection.maxAge()) <= 0;
  }

  final PxWebException notOffline(Object what) {
    return PxWebException.coded(PxWebException.Kind.NOT_AVAILABLE_OFFLINE, null,
        KostraErrorCode.text("SSB.offline", what, String.join(", ", BundledSnapshots.tableIds())));
  }

  @Override
  public QueryPlan plan(DataQuery query) {
    TableMetadata meta = metadata(query.tableId());
    return plan(meta, query);
  }

  QueryPlan plan(TableMetadata meta, DataQuery query) {
    Map<String, Codelist> codelists = new HashMap<>();
    for (Selection s : query.selections()) {
      // v2 lists codelist values: validate codes against them (offline only when the cache has the codelist)
      boolean listed = s.codelist().isPresent() && meta.findVariable(s.variable())
          .map(v -> v.codelists().isEmpty() || v.findCodelist(s.codelist().get()).isPresent()).orElse(false);
      if (listed && api() == ApiVersion.V2 && (!offline() || s.kind() != Selection.Kind.CODES)) {
        codelists.put(s.codelist().get(), codelist(s.codelist().get()));
      }
    }
    try {
      return QueryPlanner.forApi(api(), connection.maxCells()).plan(meta, query, codelists);
    } catch (PxWebException e) {
      if (offline() && e.kind() == PxWebException.Kind.INVALID_QUERY && meta.label().contains(BUNDLED_MARK)) {
        throw PxWebException.coded(PxWebException.Kind.NOT_AVAILABLE_OFFLINE, e,
            KostraErrorCode.text("SSB.offline-selection", meta.tableId(), e));
      }
      throw e;
    }
  }

  /** Marks metadata derived from a bundled snapshot. */
  static final String BUNDLED_MARK = "[bundled offline snapshot";

  @Override
  public StatbankResult fetch(DataQuery query, ProgressListener progress) {
    TableMetadata meta = metadata(query.tableId());
    QueryPlan plan = plan(meta, query);
    progress.planned(plan);
    List<JsonStatDataset> parts = new ArrayList<>();
    List<ProgressListener.Source> sources = new ArrayList<>();
    @Nullable String updatedNow = null;
    boolean updatedChecked = false;
    int done = 0;
    for (DataQuery part : plan.parts()) {
      String key = keyPrefix() + "|data|" + part.canonical();
      Optional<DiskCache.Entry> hit = cache.flatMap(c -> c.find(key));
      @Nullable JsonStatDataset ds = null;
      ProgressListener.Source source = ProgressListener.Source.NETWORK;
      if (offline()) {
        if (hit.isPresent()) {
          ds = Datasets.read(hit.get().body(), KostraErrorCode.text("SSB.what.cached", part));
          source = ProgressListener.Source.CACHE;
        } else if (connection.bundledSnapshots()) {
          ds = BundledSnapshots.data(part).orElseThrow(() -> notOffline(KostraErrorCode.text("SSB.what.data", part)));
          source = ProgressListener.Source.BUNDLED;
        } else {
          throw notOffline(KostraErrorCode.text("SSB.what.data", part));
        }
      } else if (hit.isPresent() && connection.updatePolicy() == UpdatePolicy.USE_IF_FRESH) {
        DiskCache.Entry e = hit.get();
        boolean fresh = young(e);
        if (!fresh && !e.updated().isEmpty()) {
          if (!updatedChecked) {
            updatedNow = currentUpdated(query.tableId()).orElse(null);
            updatedChecked = true;
          }
          fresh = e.updated().equals(updatedNow);
          if (fresh) {
            DiskCache.Entry checked = e;
            cache.ifPresent(c -> c.touch(key, checked, connection.clock().instant()));
          }
        }
        if (fresh) {
          ds = Datasets.read(e.body(), KostraErrorCode.text("SSB.what.cached", part));
          source = ProgressListener.Source.CACHE;
        }
      }
      if (ds == null) {
        HttpResponseData r = exchange(() -> requestData(part), KostraErrorCode.text("SSB.what.data", part));
        ds = Datasets.read(r.body(), KostraErrorCode.text("SSB.what.data-at", part, r.uri()));
        JsonStatDataset stored = ds;
        Instant now = connection.clock().instant();
        cache.ifPresent(c -> c.put(key, r.body(), stored.updated().orElse(""), now));
      }
      parts.add(ds);
      sources.add(source);
      done++;
      progress.partDone(done, plan.parts().size(), QueryPlan.cellsOf(part), source);
    }
    JsonStatDataset merged = Datasets.merge(parts);
    return new StatbankResult(query.tableId(), meta, plan, merged, sources,
        merged.updated().orElse(meta.updated()));
  }
}
