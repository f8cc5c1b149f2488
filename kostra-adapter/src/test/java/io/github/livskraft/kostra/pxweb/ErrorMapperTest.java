package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.internal.http.HttpResponseData;
import io.github.livskraft.sdg.Language;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMapperTest {
  /** Issue 17 (found by the hostile-input suite): SSB's text reached the terminal with its escape sequences. */
  @Test
  void theServersMessageHasItsControlCharactersEscaped() {
    byte[] body = "{\"title\":\"\u001b[31mNon-existent table\u202e\"}".getBytes(StandardCharsets.UTF_8);
    String m = ErrorMapper.ssbMessage(body);
    assertThat(m).doesNotContain("\u001b").doesNotContain("\u202e").contains("Non-existent table");
    assertThat(PxWebException.classify(404, m)).isEqualTo(PxWebException.Kind.NON_EXISTENT_TABLE);
    assertThat(ErrorMapper.ssbMessage("plain text".getBytes(StandardCharsets.UTF_8))).isEqualTo("plain text");
  }

  /**
   * Issue 17: every kind SSB's answer maps to is rendered wholly from the bundle in each language, naming the
   * status, SSB's own text, what was asked and the URL; bokmål and nynorsk contain no English sentence.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "404|Non-existent table 99999|NON_EXISTENT_TABLE||",
      "400|Non-existent variable: Foo|NON_EXISTENT_VARIABLE||",
      "400|Non-existent value 9999 for Region|NON_EXISTENT_VALUE||",
      "400|Missing selection for mandatory variable Tid|MISSING_MANDATORY_VARIABLE||",
      "403|Too many cells selected|TOO_MANY_CELLS|fewer values|færre verdiar",
      "400|Illegal selection expression|ILLEGAL_SELECTION||",
      "400|Parameter error: lang|PARAMETER_ERROR||",
      "404||NOT_FOUND|may not exist|finst kanskje ikkje",
      "429||RATE_LIMITED|30 requests|30 førespurnader",
      "500||SERVER_ERROR|duplicate code|to gonger",
      "503||UNAVAILABLE|try again later|prøv igjen seinare"})
  void everyAnswerKindIsLocalizedAndNamesStatusTextRequestAndUrl(int status, String title, String kind,
      String hintEn, String hintNn) {
    URI uri = URI.create("http://127.0.0.1:9/api/v2/tables/12134/data?lang=no");
    byte[] body = title == null ? new byte[0]
        : ("{\"title\":\"" + title + "\"}").getBytes(StandardCharsets.UTF_8);
    PxWebException e = ErrorMapper.fromResponse(new HttpResponseData(uri, status, Map.of(), body, 3),
        "table 12134");
    assertThat(e.kind()).isEqualTo(PxWebException.Kind.valueOf(kind));
    assertThat(e.status()).isEqualTo(status);
    for (Language l : Language.values()) {
      String m = e.getMessage(l);
      assertThat(m).as(l + ": " + m).startsWith(e.errorCode().code() + ":").contains(String.valueOf(status))
          .contains("table 12134").contains(uri.toString()).doesNotContain("{").doesNotContain(" / ");
      if (title != null) {
        assertThat(m).contains(title);
      }
    }
    assertThat(e.getMessage()).contains("SSB answered HTTP " + status).contains("after 3 attempts");
    assertThat(e.getMessage(Language.NB)).contains("SSB svarte HTTP " + status).contains("etter 3 forsøk")
        .doesNotContain("answered").doesNotContain("attempts");
    assertThat(e.getMessage(Language.NN)).contains("SSB svarte HTTP " + status).contains("etter 3 forsøk")
        .doesNotContain("answered").doesNotContain("attempts");
    if (hintEn != null) {
      assertThat(e.getMessage()).contains(hintEn);
      assertThat(e.getMessage(Language.NN)).contains(hintNn);
    }
  }

  /** Every fragment key the module's sources name is in the bundle, in all three languages. */
  @Test
  void everyFragmentIsInTheBundle() {
    for (String key : List.of("SSB.answer", "SSB.said", "SSB.attempts", "SSB.hint.500", "SSB.hint.404",
        "SSB.hint.cells", "SSB.hint.429", "SSB.hint.503", "SSB.timeout", "SSB.unreachable", "SSB.broken",
        "SSB.interrupted", "KLASS.answer", "KLASS.said", "KLASS.unreachable", "KLASS.timeout", "KLASS.broken",
        "KLASS.offline", "KLASS.range")) {
      for (Language l : Language.values()) {
        assertThat(KostraErrorCode.OTHER.messages().pattern(key, l)).as(key + " " + l).isNotBlank();
      }
    }
    assertThat(KostraErrorCode.text("KLASS.range", "2020-01-01", "2024-01-01").text(Language.NN))
        .isEqualTo("tomt intervall: 'to' (2020-01-01) må vere etter 'from' (2024-01-01)");
  }
}
