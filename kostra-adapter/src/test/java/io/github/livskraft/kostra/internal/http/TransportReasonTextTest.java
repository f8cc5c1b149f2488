package io.github.livskraft.kostra.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.kostra.FakeTime;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.kostra.TestConnections;
import io.github.livskraft.sdg.Language;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issues #10/#15: the internal reasons of a transport failure come from the kostra bundle (HTTP.*), in every
 * language, and never quote the JDK exception (which stays the cause).
 */
class TransportReasonTextTest {
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(the|cannot|reach|not|scheme|host|answer|within|broken|refused|redirect|connection|larger|than|limit)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  @ParameterizedTest
  @ValueSource(strings = {"HTTP.timeout", "HTTP.unreachable", "HTTP.broken", "HTTP.interrupted", "HTTP.redirect",
      "HTTP.too-large"})
  void everyReasonInEveryLanguage(String key) {
    Object[] values = {"30000", "https://data.ssb.no/x"};
    String en = KostraErrorCode.text(key, values).text(Language.EN);
    for (Language l : Language.values()) {
      String t = KostraErrorCode.text(key, values).text(l);
      assertThat(t).isNotBlank().doesNotContain("Exception", "java.", "{");
      if (l != Language.EN) {
        assertThat(ENGLISH.matcher(t).find()).as("English word in %s: %s", l, t).isFalse();
        assertThat(t).isNotEqualTo(en);
      }
      if (key.equals("HTTP.timeout") || key.equals("HTTP.too-large")) {
        assertThat(t).contains("30000");
      }
      if (key.equals("HTTP.redirect")) {
        assertThat(t).contains("30000").contains("https://data.ssb.no/x");
      }
    }
  }

  @Test
  void anUnreachableHostIsNamedWithoutTheJdkText() {
    StubSsbServer server = new StubSsbServer();
    HttpTransport t = new HttpTransport(TestConnections.to(server, new FakeTime()).build());
    URI uri = server.root().resolve("/api/pxwebapi/v2/tables/12134/metadata");
    server.close(); // nothing listens on the port now
    assertThatThrownBy(() -> t.get(uri, "*/*")).isInstanceOfSatisfying(TransportException.class, e -> {
      assertThat(e.reason()).isEqualTo(TransportException.Reason.UNREACHABLE);
      assertThat(e.getMessage()).isEqualTo("cannot reach " + uri.getHost());
      assertThat(e.getCause()).isNotNull();
    });
  }
}
