package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.internal.cache.DiskCache;
import io.github.livskraft.kostra.internal.http.HttpResponseData;
import io.github.livskraft.kostra.internal.http.HttpTransport;
import io.github.livskraft.kostra.internal.http.RetryBudget;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * PxWebApi 1 ({@code /api/v0/{lang}/table/{id}}): GET for metadata, POST for data with
 * {@code "response":{"format":"json-stat2"}} always sent. Codelists map to {@code agg:X}/{@code vs:X} filters.
 */
final class V1StatbankClient extends AbstractStatbankClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCEPT = "application/json, */*;q=0.1";

  V1StatbankClient(SsbConnection connection) {
    super(connection);
  }

  private V1StatbankClient(SsbConnection connection, HttpTransport transport, Optional<DiskCache> cache) {
    super(connection, transport, cache);
  }

  @Override
  V1StatbankClient withBudget(RetryBudget budget) {
    return new V1StatbankClient(connection, transportWith(budget), cache());
  }

  @Override
  public ApiVersion api() {
    return ApiVersion.V1;
  }

  @Override
  String keyPrefix() {
    return "v1|" + connection.pxWebV1Base() + "|" + connection.language();
  }

  private URI tableUri(String tableId) {
    return connection.pxWebV1Base().resolve(connection.language() + "/table/"
        + URLEncoder.encode(AbstractStatbankClient.segment(tableId), StandardCharsets.UTF_8));
  }

  @Override
  public TableInfo tableInfo(String tableId) {
    TableMetadata meta = metadata(tableId);
    return new TableInfo(tableId, meta.label(), meta.updated(), Optional.empty(), Optional.empty(), false);
  }

  @Override
  Optional<String> currentUpdated(String tableId) {
    return Optional.empty(); // v1 has no cheap 'updated' endpoint: rely on the cache's maximum age
  }

  @Override
  HttpResponseData requestMetadata(String tableId) {
    return transport.get(tableUri(tableId), ACCEPT);
  }

  @Override
  TableMetadata parseMetadata(String tableId, byte[] body) {
    return MetadataParser.v1Metadata(tableId, body);
  }

  @Override
  public Codelist codelist(String codelistId) {
    throw PxWebException.coded(PxWebException.Kind.UNSUPPORTED, null,
        KostraErrorCode.text("SSB.v1-codelist", codelistId, CodelistRef.v1Filter(codelistId)));
  }

  @Override
  HttpResponseData requestData(DataQuery part) {
    return transport.postJson(tableUri(part.tableId()), postBody(part), ACCEPT);
  }

  /** The v1 query body: {@code item} for explicit codes, {@code agg:X}/{@code vs:X} for codelists. */
  static byte[] postBody(DataQuery part) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode query = root.putArray("query");
    for (Selection s : part.selections()) {
      ObjectNode q = query.addObject();
      q.put("code", s.variable());
      ObjectNode sel = q.putObject("selection");
      String filter = s.codelist().map(CodelistRef::v1Filter).orElse(switch (s.kind()) {
        case PATTERN -> "all";
        case TOP -> "top";
        default -> "item";
      });
      sel.put("filter", filter);
      ArrayNode values = sel.putArray("values");
      if (s.kind() == Selection.Kind.TOP) {
        values.add(s.values().get(0));
      } else {
        s.values().forEach(values::add);
      }
    }
    root.putObject("response").put("format", "json-stat2");
    try {
      return JSON.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
