package io.github.livskraft.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A computed response, written by the server thread.
 *
 * @param status the HTTP status
 * @param contentType the content type
 * @param body the body
 * @param headers extra headers
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  /** JSON with status 200. */
  public static Reply json(byte[] body) {
    return new Reply(200, "application/json", body, Map.of());
  }

  /** Text with a content type and status 200. */
  public static Reply text(String contentType, String body) {
    return new Reply(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }
}
