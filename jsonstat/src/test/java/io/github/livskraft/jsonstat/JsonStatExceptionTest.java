package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonStatExceptionTest {

  @Test
  void messageCarriesCodePathLocationInBothLanguages() {
    JsonStatException e = new JsonStatException(JsonStatErrorCode.VALUE_COUNT_MISMATCH, "$.value", "line 3, column 14",
        null, 1249, 1250);
    assertThat(e.getMessage()).isEqualTo(
        "JSONSTAT-0005 at $.value (line 3, column 14): 'value' has 1249 cells but the product of 'size' is 1250");
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).isEqualTo(
        "JSONSTAT-0005 ved $.value (linje 3, kolonne 14): 'value' har 1249 celler, men produktet av 'size' er 1250");
    assertThat(e.getMessage(Locale.forLanguageTag("nn"))).startsWith("JSONSTAT-0005 ved");
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.VALUE_COUNT_MISMATCH);
    assertThat(e.findJsonPath()).contains("$.value");
    assertThat(e.findLocation()).contains("line 3, column 14");
  }

  @Test
  void legacyConstructorStillWorks() {
    JsonStatException e = new JsonStatException("free text", null);
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.OTHER);
    assertThat(e.getMessage()).isEqualTo("JSONSTAT-0099: free text");
    assertThat(e.findJsonPath()).isEmpty();
  }

  @Test
  void codesAreUniqueAndNumbersStayPlain() {
    assertThat(new HashSet<>(Arrays.stream(JsonStatErrorCode.values()).map(JsonStatErrorCode::code).toList()))
        .hasSize(JsonStatErrorCode.values().length);
    assertThat(JsonStatErrorCode.LIMIT_EXCEEDED.text(Locale.forLanguageTag("nb"), "1000000 cells", 800000))
        .contains("800000").doesNotContain("800 000");
  }
}
