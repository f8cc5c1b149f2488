package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.kostra.Defaults;
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

/** PxWebApi 2.0: {@code /tables/{id}}, {@code /tables/{id}/metadata}, {@code /codelists/{id}}, {@code /tables/{id}/data}. */
final class V2StatbankClient extends AbstractStatbankClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCEPT = "application/json, application/problem+json;q=0.9, */*;q=0.1";

  V2StatbankClient(SsbConnection connection) {
    super(connection);
  }

  private V2StatbankClient(SsbConnection connection, HttpTransport transport, Optional<DiskCache> cache) {
    super(connection, transport, cache);
  }

  @Override
  V2StatbankClient withBudget(RetryBudget budget) {
    return new V2StatbankClient(connection, transportWith(budget), cache());
  }

  @Override
  public ApiVersion api() {
    return ApiVersion.V2;
  }

  @Override
  String keyPrefix() {
    return "v2|" + connection.pxWebV2Base() + "|" + connection.language();
  }

  private URI uri(String path) {
    return connection.pxWebV2Base().resolve(path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A URL path segment: validated (issue 17), then encoded. */
  private static String seg(String s) {
    return enc(AbstractStatbankClient.segment(s));
  }

  @Override
  public TableInfo tableInfo(String tableId) {
    if (offline()) {
      TableMetadata meta = metadata(tableId);
      return new TableInfo(tableId, meta.label(), meta.updated(), Optional.empty(), Optional.empty(), false);
    }
    HttpResponseData r = exchange(() -> transport.get(uri("tables/" + seg(tableId) + "?lang=" + connection.language()),
        ACCEPT), KostraErrorCode.text("SSB.what.table", tableId));
    return MetadataParser.v2TableInfo(tableId, r.body());
  }

  @Override
  Optional<String> currentUpdated(String tableId) {
    return Optional.of(tableInfo(tableId).updated()).filter(u -> !u.isEmpty());
  }

  @Override
  HttpResponseData requestMetadata(String tableId) {
    return transport.get(uri("tables/" + seg(tableId) + "/metadata?lang=" + connection.language()
        + "&outputFormat=json-stat2"), ACCEPT);
  }

  @Override
  TableMetadata parseMetadata(String tableId, byte[] body) {
    return MetadataParser.v2Metadata(tableId, body);
  }

  @Override
  public Codelist codelist(String codelistId) {
    byte[] body = cachedGet("codelist|" + codelistId, () -> transport.get(uri("codelists/" + seg(codelistId)
        + "?lang=" + connection.language()), ACCEPT), KostraErrorCode.text("SSB.what.codelist", codelistId));
    return MetadataParser.v2Codelist(codelistId, body);
  }

  @Override
  HttpResponseData requestData(DataQuery part) {
    String base = "tables/" + seg(part.tableId()) + "/data?lang=" + connection.language()
        + "&outputFormat=json-stat2";
    String get = getUrl(part);
    if (get.length() <= Defaults.MAX_GET_URL_LENGTH) {
      return transport.get(URI.create(get), ACCEPT);
    }
    return transport.postJson(uri(base), postBody(part), ACCEPT);
  }

  /**
   * The GET form: {@code valueCodes[VAR]=a,b} and {@code codelist[VAR]=id}; an expression with a comma is wrapped
   * in brackets.
   */
  String getUrl(DataQuery part) {
    StringBuilder sb = new StringBuilder(uri("tables/" + seg(part.tableId()) + "/data").toString())
        .append("?lang=").append(connection.language()).append("&outputFormat=json-stat2");
    for (Selection s : part.selections()) {
      StringBuilder v = new StringBuilder();
      for (String e : s.v2Expressions()) {
        if (v.length() > 0) {
          v.append(',');
        }
        v.append(e.indexOf(',') >= 0 ? "[" + e + "]" : e);
      }
      sb.append('&').append(enc("valueCodes[" + s.variable() + "]")).append('=').append(enc(v.toString()));
      s.codelist().ifPresent(c -> sb.append('&').append(enc("codelist[" + s.variable() + "]")).append('=')
          .append(enc(c)));
    }
    return sb.toString();
  }

  /** The POST body ({@code VariablesSelection}). */
  static byte[] postBody(DataQuery part) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode selection = root.putArray("selection");
    for (Selection s : part.selections()) {
      ObjectNode o = selection.addObject();
      o.put("variableCode", s.variable());
      s.codelist().ifPresent(c -> o.put("codelist", c));
      ArrayNode codes = o.putArray("valueCodes");
      s.v2Expressions().forEach(codes::add);
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
