package io.github.livskraft.server.internal;

import io.github.livskraft.sdg.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as read on the server thread before computing: body bytes (already checked against the limit), query
 * parameters, path parameters, content type and the client's language. Never written to disk.
 *
 * @param path the request path
 * @param query the query parameters
 * @param pathParams the path parameters
 * @param contentType the media type without parameters, lower case, or empty
 * @param accept the Accept header, or empty
 * @param body the body
 * @param language the response language (lang parameter, then Accept-Language, then English)
 */
public record Req(String path, Map<String, List<String>> query, Map<String, String> pathParams, String contentType,
    String accept, byte[] body, Language language) {

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The first value of a query parameter. */
  public Optional<String> param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** All values of a query parameter, comma-separated values split. */
  public List<String> params(String name) {
    List<String> v = query.getOrDefault(name, List.of());
    return v.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  /** A path parameter. */
  public String pathParam(String name) {
    return pathParams.getOrDefault(name, "");
  }

  /** Whether the client prefers a media type (by substring of the Accept header). */
  public boolean accepts(String mediaType) {
    return accept.toLowerCase(Locale.ROOT).contains(mediaType);
  }
}
