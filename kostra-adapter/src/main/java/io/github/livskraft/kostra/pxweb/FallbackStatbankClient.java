package io.github.livskraft.kostra.pxweb;

import java.util.function.Function;

/**
 * v2 first; v1 when v2 is unavailable (5xx, time-out, broken connection or a missing v2 endpoint). Bad queries are
 * never retried on v1: the same query would fail there too.
 */
final class FallbackStatbankClient implements StatbankClient {
  private final StatbankClient primary;
  private final StatbankClient fallback;

  FallbackStatbankClient(StatbankClient primary, StatbankClient fallback) {
    this.primary = primary;
    this.fallback = fallback;
  }

  @Override
  public ApiVersion api() {
    return primary.api();
  }

  private <T> T either(Function<StatbankClient, T> call) {
    try {
      return call.apply(primary);
    } catch (PxWebException e) {
      if (!fallsBack(e)) {
        throw e;
      }
      try {
        return call.apply(fallback);
      } catch (PxWebException second) {
        second.addSuppressed(e);
        throw second;
      }
    }
  }

  static boolean fallsBack(PxWebException e) {
    return switch (e.kind()) {
      case SERVER_ERROR, UNAVAILABLE, TIMEOUT, MALFORMED_RESPONSE -> true;
      case NETWORK -> !(e.getCause() instanceof io.github.livskraft.kostra.internal.http.TransportException t
          && t.reason() == io.github.livskraft.kostra.internal.http.TransportException.Reason.UNREACHABLE);
      default -> false;
    };
  }

  @Override
  public TableInfo tableInfo(String tableId) {
    return either(c -> c.tableInfo(tableId));
  }

  @Override
  public TableMetadata metadata(String tableId) {
    return either(c -> c.metadata(tableId));
  }

  @Override
  public Codelist codelist(String codelistId) {
    return primary.codelist(codelistId);
  }

  @Override
  public QueryPlan plan(DataQuery query) {
    return either(c -> c.plan(query));
  }

  @Override
  public StatbankResult fetch(DataQuery query, ProgressListener progress) {
    return either(c -> c.fetch(query, progress));
  }
}
