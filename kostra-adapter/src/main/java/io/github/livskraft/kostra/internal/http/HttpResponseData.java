package io.github.livskraft.kostra.internal.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A complete HTTP answer.
 *
 * @param uri the request URI
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body bytes
 * @param attempts how many attempts it took
 */
public record HttpResponseData(URI uri, int status, Map<String, List<String>> headers, byte[] body, int attempts) {

  /** @return whether the status is 2xx */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** @return the body as UTF-8 text */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * A header value.
   *
   * @param name the header name, case-insensitive
   * @return the first value, or an empty string
   */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return "";
  }
}
