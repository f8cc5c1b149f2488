package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.kostra.internal.http.HttpResponseData;
import io.github.livskraft.kostra.internal.http.TransportException;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.io.IOException;
import java.util.Locale;

/** Turns failed exchanges into {@link PxWebException}s that carry SSB's own message. */
final class ErrorMapper {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorMapper() {}

  static PxWebException fromResponse(HttpResponseData r, String what) {
    String ssb = ssbMessage(r.body());
    PxWebException.Kind kind = PxWebException.classify(r.status(), ssb);
    StringBuilder en = new StringBuilder("SSB answered HTTP ").append(r.status());
    if (!ssb.isEmpty()) {
      en.append(" \"").append(ssb).append('"');
    }
    en.append(" for ").append(what).append(" (").append(r.uri()).append(')');
    if (r.attempts() > 1) {
      en.append(" after ").append(r.attempts()).append(" attempts");
    }
    String hint = switch (kind) {
      case SERVER_ERROR -> r.body().length == 0
          ? "; SSB answers 500 with an empty body to a duplicate code in one variable" : "";
      case NOT_FOUND -> "; the table may not exist, or the URL was too long (use POST)";
      case TOO_MANY_CELLS -> "; select fewer values or let the planner split the query";
      case RATE_LIMITED -> "; SSB allows about 30 requests per minute per IP address";
      case UNAVAILABLE -> "; SSB refreshes metadata at 05:00 and 11:30 and may be busy, try again later";
      default -> "";
    };
    en.append(hint);
    String nb = " / SSB svarte HTTP " + r.status() + (ssb.isEmpty() ? "" : " \"" + ssb + "\"") + " for " + what;
    return new PxWebException(kind, r.status(), ssb.isEmpty() ? null : ssb, en + nb, null);
  }

  static PxWebException fromTransport(TransportException e, String what) {
    if (e.reason() == TransportException.Reason.TOO_LARGE) {
      return PxWebException.coded(PxWebException.Kind.RESPONSE_TOO_LARGE, e, e.uri(), e.limit(), what);
    }
    if (e.reason() == TransportException.Reason.REDIRECT_REFUSED) {
      return PxWebException.coded(PxWebException.Kind.REDIRECT_REFUSED, e, e.uri(),
          e.location().map(Object::toString).orElse("?"));
    }
    PxWebException.Kind kind = switch (e.reason()) {
      case TIMEOUT -> PxWebException.Kind.TIMEOUT;
      case UNREACHABLE, BROKEN -> PxWebException.Kind.NETWORK;
      case INTERRUPTED, TOO_LARGE, REDIRECT_REFUSED -> PxWebException.Kind.OTHER;
    };
    String en = switch (e.reason()) {
      case TIMEOUT -> "No answer from SSB for " + what + " (" + e.uri() + ") after " + e.attempts() + " attempts: "
          + e.getMessage() + " / Intet svar fra SSB";
      case UNREACHABLE -> "Cannot reach SSB for " + what + " (" + e.uri()
          + "): the network or host is unreachable; use --offline for cached or bundled data / Får ikke kontakt med"
          + " SSB: nettverket eller verten er utilgjengelig; bruk --offline for mellomlagrede eller medfølgende data";
      case BROKEN -> "The connection to SSB broke for " + what + " (" + e.uri() + ") after " + e.attempts()
          + " attempts: " + e.getMessage() + " / Forbindelsen til SSB ble brutt";
      case INTERRUPTED, TOO_LARGE, REDIRECT_REFUSED -> "Interrupted while fetching " + what + " / Avbrutt";
    };
    return new PxWebException(kind, 0, null, en, e);
  }

  /**
   * The v2 {@code title} (plus {@code detail} if it adds anything), the v1 {@code error}, or plain text, with
   * control characters, bidirectional overrides and lone surrogates escaped as {@code \\uXXXX}: the server's text
   * reaches a terminal (issue 17).
   */
  static String ssbMessage(byte[] body) {
    return SafeText.terminal(rawSsbMessage(body));
  }

  private static String rawSsbMessage(byte[] body) {
    if (body.length == 0) {
      return "";
    }
    try {
      JsonNode n = JSON.readTree(body);
      if (n != null && n.isObject()) {
        String title = n.path("title").asText("");
        String detail = n.path("detail").asText("");
        String error = n.path("error").asText("");
        if (!title.isEmpty()) {
          return detail.isEmpty() || detail.equals(title) ? title : title + ": " + detail;
        }
        if (!error.isEmpty()) {
          return error;
        }
      }
    } catch (IOException | RuntimeException notJson) {
      // fall through to text
    }
    String text = new String(body, 0, Math.min(body.length, 2000), java.nio.charset.StandardCharsets.UTF_8);
    if (text.toLowerCase(Locale.ROOT).contains("<html") || text.contains("<title")) {
      int t = text.toLowerCase(Locale.ROOT).indexOf("<title>");
      int te = text.toLowerCase(Locale.ROOT).indexOf("</title>");
      if (t >= 0 && te > t) {
        return text.substring(t + 7, te).strip();
      }
      text = text.replaceAll("<[^>]*>", " ");
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
