package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.SsbConnection;

/**
 * Statistics Norway's statbank behind one interface, whichever PxWebApi version answers: table information,
 * metadata, codelists and data. {@link #fetch(DataQuery)} validates the query against metadata, splits it under
 * 800,000 cells, respects the shared rate limit, retries 429/503/time-outs, uses the disk cache according to the
 * {@link io.github.livskraft.kostra.UpdatePolicy} and merges the parts back into one dataset.
 *
 * <pre>{@code
 * StatbankClient statbank = StatbankClient.create(SsbConnection.create());   // v2, falling back to v1
 * StatbankResult r = statbank.fetch(DataQuery.of("12134")
 *     .with(Selection.codes("KOKkommuneregion0000", "3303", "4005"))
 *     .with(Selection.codes("ContentsCode", "KOSAG110000"))
 *     .with(Selection.from("Tid", "2020")));
 * List<SsbSeries> series = SeriesBridge.toSeries(r);
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface StatbankClient {

  /**
   * The client for SSB: PxWebApi v2, falling back to v1 when v2 is unavailable (5xx, time-out, broken connection).
   *
   * @param connection the connection settings (its rate limiter is shared)
   * @return the client
   */
  static StatbankClient create(SsbConnection connection) {
    return new FallbackStatbankClient(new V2StatbankClient(connection), new V1StatbankClient(connection),
        connection.retryPolicy());
  }

  /**
   * A client for one API version only.
   *
   * @param connection the connection settings (its rate limiter is shared)
   * @param api the version
   * @return the client
   */
  static StatbankClient create(SsbConnection connection, ApiVersion api) {
    return api == ApiVersion.V1 ? new V1StatbankClient(connection) : new V2StatbankClient(connection);
  }

  /** @return the API version this client speaks first */
  ApiVersion api();

  /**
   * Table information ({@code updated}, periods). On v1, which has no such endpoint, derived from metadata with an
   * empty {@code updated}.
   *
   * @param tableId the table number
   * @return the information
   * @throws PxWebException on failure
   */
  TableInfo tableInfo(String tableId);

  /**
   * Table metadata: variables, values, codelists (v2), units (v2).
   *
   * @param tableId the table number
   * @return the metadata
   * @throws PxWebException on failure
   */
  TableMetadata metadata(String tableId);

  /**
   * A codelist with its value map (v2 only).
   *
   * @param codelistId e.g. {@code agg_KommSummer}
   * @return the codelist
   * @throws PxWebException of kind {@link PxWebException.Kind#UNSUPPORTED} on v1
   */
  Codelist codelist(String codelistId);

  /**
   * Validates and plans a query without fetching data.
   *
   * @param query the query
   * @return the plan
   * @throws PxWebException if the query does not fit the table
   */
  QueryPlan plan(DataQuery query);

  /**
   * Fetches data.
   *
   * @param query the query
   * @return the merged result
   * @throws PxWebException on failure
   */
  default StatbankResult fetch(DataQuery query) {
    return fetch(query, ProgressListener.NONE);
  }

  /**
   * Fetches data, reporting progress part by part.
   *
   * @param query the query
   * @param progress the listener
   * @return the merged result
   * @throws PxWebException on failure
   */
  StatbankResult fetch(DataQuery query, ProgressListener progress);
}
