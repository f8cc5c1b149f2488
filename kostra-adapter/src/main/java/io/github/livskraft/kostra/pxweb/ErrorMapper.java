package io.github.livskraft.kostra.pxweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.internal.http.HttpResponseData;
import io.github.livskraft.kostra.internal.http.TransportException;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.io.IOException;
import java.util.Locale;

/** Turns failed exchanges into {@link PxWebException}s that carry SSB's own message. */
final class ErrorMapper {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorMapper() {}

  static PxWebException fromResponse(HttpResponseData r, Object what) {
    String ssb = ssbMessage(r.body());
    PxWebException.Kind kind = PxWebException.classify(r.status(), ssb);
    String hint = switch (kind) {
      case SERVER_ERROR -> r.body().length == 0 ? "SSB.hint.500" : "";
      case NOT_FOUND -> "SSB.hint.404";
      case TOO_MANY_CELLS -> "SSB.hint.cells";
      case RATE_LIMITED -> "SSB.hint.429";
      case UNAVAILABLE -> "SSB.hint.503";
      default -> "";
    };
    MessageFragment detail = KostraErrorCode.text("SSB.answer", r.status(),
        ssb.isEmpty() ? "" : KostraErrorCode.text("SSB.said", ssb), what, r.uri(),
        r.attempts() > 1 ? KostraErrorCode.text("SSB.attempts", r.attempts()) : "",
        hint.isEmpty() ? "" : KostraErrorCode.text(hint));
    return PxWebException.coded(kind, r.status(), ssb.isEmpty() ? null : ssb, null, detail);
  }

  static PxWebException fromTransport(TransportException e, Object what) {
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
    MessageFragment detail = switch (e.reason()) {
      case TIMEOUT -> KostraErrorCode.text("SSB.timeout", what, e.uri(), e.attempts());
      case UNREACHABLE -> KostraErrorCode.text("SSB.unreachable", what, e.uri());
      case BROKEN -> KostraErrorCode.text("SSB.broken", what, e.uri(), e.attempts());
      case INTERRUPTED, TOO_LARGE, REDIRECT_REFUSED -> KostraErrorCode.text("SSB.interrupted", what, e.uri());
    };
    return PxWebException.coded(kind, 0, null, e, detail);
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
