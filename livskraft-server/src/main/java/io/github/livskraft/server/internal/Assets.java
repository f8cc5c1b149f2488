package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The web page and its own CSS and JavaScript, read once from the module's resources. */
final class Assets {
  private final Map<String, Reply> byPath;

  Assets() {
    byPath = Map.of(
        "/", page("index.html", "text/html; charset=utf-8"),
        "/assets/app.css", page("app.css", "text/css; charset=utf-8"),
        "/assets/app.js", page("app.js", "text/javascript; charset=utf-8"),
        "/openapi.yaml", page("openapi.yaml", "application/yaml; charset=utf-8"));
  }

  Reply get(String path) {
    Reply r = byPath.get(path);
    if (r == null) {
      throw Problems.of(ServerErrorCode.NOT_FOUND, path);
    }
    return r;
  }

  static byte[] resource(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/io/github/livskraft/server/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reply page(String name, String type) {
    return new Reply(200, type, resource(name), Map.of("Cache-Control", "no-cache"));
  }
}
