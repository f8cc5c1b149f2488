package io.github.livskraft.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Spark module's codes have texts in every language and the exception survives Spark's serialisation. */
class LivskraftSparkExceptionTest {
  @ParameterizedTest
  @EnumSource(SparkErrorCode.class)
  void everyCodeHasATextInEveryLanguage(SparkErrorCode code) {
    for (Language l : Language.values()) {
      String text = code.format(l, "A", "B", "C");
      assertThat(text).startsWith(code.code() + ": ").doesNotContain("{0}", "{1}", "{2}");
    }
    assertThat(code.format(Language.NB, "a")).isNotEqualTo(code.format(Language.EN, "a"));
    assertThat(code.format(Language.NN, "a")).isNotEqualTo(code.format(Language.NB, "a"));
  }

  @Test
  void namesTheValueInTheAskedLanguage() {
    LivskraftSparkException e = new LivskraftSparkException(SparkErrorCode.UNKNOWN_LANGUAGE, null, "sv");
    assertThat(e.getMessage()).isEqualTo("SPARK-0001: unknown language tag 'sv', expected en, nb or nn");
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).contains("'sv'").contains("ukjent språkkode");
    assertThat(e.getMessage(Locale.forLanguageTag("no"))).contains("ukjent språkkode");
    assertThat(e.getMessage(Locale.forLanguageTag("nn"))).contains("'sv'").contains("ukjend språkkode");
    assertThat(e.code()).isEqualTo("SPARK-0001");
  }

  @Test
  void aSpecWithoutRulesAndAJobWithoutFoldersAreCodedInOneLanguage() {
    LivskraftSparkException noRules = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> new TaggerSpec(false, java.util.Map.of(), 1.0, 1.0), LivskraftSparkException.class);
    assertThat(noRules.errorCode()).isEqualTo(SparkErrorCode.NO_RULES);
    assertThat(noRules.getMessage()).contains("bundled rules").doesNotContain("innebygde").doesNotContain(" / ");
    assertThat(noRules.getMessage(Language.NB)).contains("de innebygde reglene").doesNotContain("bundled");
    assertThat(noRules.getMessage(Language.NN)).contains("dei innebygde reglane").doesNotContain("bundled");
    LivskraftSparkException usage = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> io.github.livskraft.spark.job.TagDocumentsJob.main(new String[] {"in"}), LivskraftSparkException.class);
    assertThat(usage.getMessage()).isEqualTo(
        "SPARK-0006: usage: TagDocumentsJob <input folder> <output folder> (got 1 arguments)");
    assertThat(usage.getMessage(Language.NB)).contains("<inndatamappe>").contains("fikk 1").doesNotContain("usage");
    assertThat(usage.getMessage(Language.NN)).contains("fekk 1").doesNotContain("usage");
  }

  @Test
  void survivesJavaSerialisation() throws IOException, ClassNotFoundException {
    LivskraftSparkException e = new LivskraftSparkException(SparkErrorCode.MISSING_COLUMN, null, "groups", "region",
        "group, region");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      LivskraftSparkException back = (LivskraftSparkException) in.readObject();
      assertThat(back.errorCode()).isEqualTo(SparkErrorCode.MISSING_COLUMN);
      assertThat(back.getMessage(Locale.forLanguageTag("nn"))).contains("manglar kolonnen 'region'");
    }
  }

  /** A document a format library failed on: our own reason, never the library's text or class name. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "EN, the document could not be read (the file ends too early), its content could not be decoded",
      "NB, dokumentet kunne ikke leses (filen slutter for tidlig), innholdet kunne ikke tolkes",
      "NN, dokumentet kunne ikkje lesast (fila sluttar for tidleg), innhaldet kunne ikkje tolkast"})
  void anUnreadableDocumentIsSaidInOurOwnWords(io.github.livskraft.sdg.Language language, String eof,
      String decoded) {
    LivskraftSparkException io = LivskraftSparkException.unreadable("sak.docx",
        new java.io.UncheckedIOException(new java.io.EOFException("Unexpected end of ZLIB input stream")));
    org.assertj.core.api.Assertions.assertThat(io.getMessage(language)).startsWith("SPARK-0004: sak.docx: ")
        .contains(eof).doesNotContain("ZLIB").doesNotContain("Exception");
    LivskraftSparkException other = LivskraftSparkException.unreadable("sak.pdf",
        new IllegalStateException("org.apache.poi internal: bad record 0x1234"));
    org.assertj.core.api.Assertions.assertThat(other.getMessage(language)).contains("sak.pdf").contains(decoded)
        .doesNotContain("poi").doesNotContain("IllegalState");
  }
}
