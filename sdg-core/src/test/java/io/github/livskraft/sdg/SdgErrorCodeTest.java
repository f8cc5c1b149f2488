package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SdgErrorCodeTest {

  @Test
  void codes_areUniqueAndWellFormed() {
    assertThat(Arrays.stream(SdgErrorCode.values()).map(SdgErrorCode::code).distinct())
        .hasSize(SdgErrorCode.values().length)
        .allMatch(c -> c.matches("SDG-\\d{4}"));
  }

  @ParameterizedTest
  @CsvSource({"en,Unknown target '1.z'", "nb,Ukjent delmål '1.z'", "nn,Ukjend delmål '1.z'", "no,Ukjent delmål '1.z'",
      "nb-NO,Ukjent delmål '1.z'", "de,Unknown target '1.z'"})
  void unknownCode_isLocalised(String locale, String expected) {
    String m = SdgErrorCode.UNKNOWN_CODE.format(Locale.forLanguageTag(locale), "1.z", EntryType.TARGET.ordinal(), "E");
    assertThat(m).startsWith("SDG-0004: " + expected).contains("E");
  }

  @Test
  void serialisedException_keepsEnglishMessage() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(new UnknownCodeException("1.z", EntryType.TARGET, "E"));
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      SdgException e = (SdgException) in.readObject();
      assertThat(e.getMessage(Locale.forLanguageTag("nb"))).isEqualTo(e.getMessage()).contains("'1.z'");
    }
  }

  @Test
  void unknownCode_namesEachEntryType() {
    assertThat(new UnknownCodeException("18", EntryType.GOAL, "E").getMessage()).contains("Unknown goal '18'");
    assertThat(new UnknownCodeException("1.1.9", EntryType.INDICATOR, "E").getMessage(Locale.forLanguageTag("nb")))
        .contains("Ukjent indikator '1.1.9'");
  }
}
