package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A test client that checks every request and response against the committed OpenAPI document. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  static final OpenApiInteractionValidator VALIDATOR;

  static {
    try (InputStream in = Http.class.getResourceAsStream("/io/github/livskraft/server/openapi.yaml")) {
      String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      VALIDATOR = OpenApiInteractionValidator.createForInlineApiSpecification(spec).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final URI base;

  Http(URI base) {
    this.base = base;
  }

  /** A response with its body as text. */
  record Res(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Res get(String path, String... headers) {
    return send("GET", path, null, null, true, headers);
  }

  Res post(String path, String contentType, String body, String... headers) {
    return send("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8), true, headers);
  }

  Res postBytes(String path, String contentType, byte[] body, String... headers) {
    return send("POST", path, contentType, body, true, headers);
  }

  /** Sends, then validates request and response against the OpenAPI document (when {@code check}). */
  Res send(String method, String path, String contentType, byte[] body, boolean check, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<String> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String type = r.headers().firstValue("Content-Type").orElse("");
    Res res = new Res(r.statusCode(), type, r.body(), r.headers());
    if (check) {
      validate(method, path, contentType, body, headers, res);
    }
    return res;
  }

  private static void validate(String method, String path, String contentType, byte[] body, String[] headers,
      Res res) {
    URI u = URI.create(path);
    SimpleRequest.Builder rb = new SimpleRequest.Builder(Request.Method.valueOf(method), u.getPath());
    if (u.getQuery() != null) {
      for (String kv : u.getQuery().split("&")) {
        String[] p = kv.split("=", 2);
        rb.withQueryParam(p[0], p.length > 1 ? java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
      }
    }
    if (contentType != null) {
      rb.withContentType(contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      rb.withHeader(headers[i], headers[i + 1]);
    }
    if (body != null && body.length < 1_000_000 && isText(contentType)) {
      rb.withBody(new String(body, StandardCharsets.UTF_8));
    } else if (body != null && body.length > 0) {
      rb.withBody("(" + body.length + " bytes of " + contentType + ")"); // binary upload: present, a string
    }
    SimpleResponse.Builder sb = SimpleResponse.Builder.status(res.status());
    if (!res.contentType().isEmpty()) {
      sb.withContentType(res.contentType());
    }
    sb.withBody(res.body());
    res.headers().map().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("content-type")) {
        sb.withHeader(name, values);
      }
    });
    ValidationReport report = VALIDATOR.validate(rb.build(), sb.build());
    String problems = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> !expectedBadRequest(res, m))
        .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"));
    assertThat(problems).as("OpenAPI validation of %s %s -> %d", method, path, res.status()).isEmpty();
  }

  /** Requests the test sends on purpose against the document (bad input) are only checked for their response. */
  private static boolean expectedBadRequest(Res res, ValidationReport.Message m) {
    return res.status() >= 400 && m.getKey().startsWith("validation.request");
  }

  private static boolean isText(String contentType) {
    return contentType != null && (contentType.startsWith("text/") || contentType.contains("json")
        || contentType.contains("yaml"));
  }

  static Map<String, String> map(String... kv) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
