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
  void fragmentsAreWrittenInTheMessagesLanguage() {
    JsonStatDataset ds = JsonStatDataset.builder(java.util.List.of(
        JsonStatDimension.of("Region", "region", java.util.List.of("3303", "3305"), java.util.Map.of()),
        JsonStatDimension.of("Tid", "år", java.util.List.of("2024"), java.util.Map.of()))).build();
    JsonStatException e = org.junit.jupiter.api.Assertions.assertThrows(JsonStatException.class,
        () -> ds.index("3303"));
    assertThat(e.getMessage()).contains("expected 2 codes, one per dimension [Region, Tid]");
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).contains("forventet 2 koder, én per dimensjon");
    assertThat(e.getMessage(Locale.forLanguageTag("nn"))).contains("venta 2 kodar, éin per dimensjon");
    JsonStatException missing = org.junit.jupiter.api.Assertions.assertThrows(JsonStatException.class,
        () -> ds.index(java.util.Map.of("Tid", "2024")));
    assertThat(missing.getMessage(Locale.forLanguageTag("nn"))).contains("ein kategori for dimensjonen 'Region'")
        .doesNotContain("it has");
  }

  /** Every fragment the sources ask for ({@code X.fragment("name"…)}) is in the bundle, in every language. */
  @Test
  void everyFragmentNamedInTheSourcesExists() throws java.io.IOException {
    java.util.regex.Pattern use = java.util.regex.Pattern.compile(
        "JsonStatErrorCode\\.([A-Z_0-9]+)\\.fragment\\(\\s*(?:[a-zA-Z.()]+ \\? )?\"([a-z-]+)\"(?: : \"([a-z-]+)\")?");
    java.util.Set<String> keys = new java.util.TreeSet<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        var m = use.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          String code = JsonStatErrorCode.valueOf(m.group(1)).code();
          keys.add(code + "." + m.group(2));
          if (m.group(3) != null) {
            keys.add(code + "." + m.group(3));
          }
        }
        var limits = java.util.regex.Pattern.compile("\\blimit\\(\"([a-z-]+)\"").matcher(
            java.nio.file.Files.readString(f));
        while (limits.find()) {
          keys.add("JSONSTAT-0009." + limits.group(1));
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(15);
    var bundle = JsonStatErrorCode.OTHER.messages();
    assertThat(bundle.missingKeys()).isEmpty();
    assertThat(bundle.keys()).containsAll(keys);
    for (String k : keys) {
      assertThat(bundle.pattern(k, io.github.livskraft.sdg.Language.NN)).as(k)
          .isNotEqualTo(bundle.pattern(k, io.github.livskraft.sdg.Language.EN));
    }
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
