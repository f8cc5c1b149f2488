package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.RetryPolicy;
import io.github.livskraft.kostra.internal.http.RetryBudget;
import java.util.function.Function;

/**
 * v2 first; v1 when v2 is unavailable (5xx, time-out, broken connection or a missing v2 endpoint). Bad queries are
 * never retried on v1: the same query would fail there too; an answer over the size limit or a refused redirect
 * neither.
 *
 * <p>One call has one retry budget ({@code maxAttempts - 1} retries, {@link RetryBudget}) shared by every request
 * it makes on v2 and on v1, so the fallback never doubles the retries.
 */
final class FallbackStatbankClient implements StatbankClient {
  private final AbstractStatbankClient primary;
  private final AbstractStatbankClient fallback;
  private final RetryPolicy policy;

  FallbackStatbankClient(AbstractStatbankClient primary, AbstractStatbankClient fallback, RetryPolicy policy) {
    this.primary = primary;
    this.fallback = fallback;
    this.policy = policy;
  }

  @Override
  public ApiVersion api() {
    return primary.api();
  }

  private <T> T either(Function<StatbankClient, T> call) {
    RetryBudget budget = RetryBudget.of(policy);
    try {
      return call.apply(primary.withBudget(budget));
    } catch (PxWebException e) {
      if (!fallsBack(e)) {
        throw e;
      }
      try {
        return call.apply(fallback.withBudget(budget));
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
    return primary.withBudget(RetryBudget.of(policy)).codelist(codelistId);
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
