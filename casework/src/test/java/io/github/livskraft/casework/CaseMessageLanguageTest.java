package io.github.livskraft.casework;

import io.github.livskraft.sdg.IoReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.casework.io.AssessmentJson;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues #10/#15: every casework message a user sees comes from the bundle in the chosen language — the "expected"
 * texts, the units and the reasons of I/O failures included — and never names an exception class or quotes a
 * library's or the JDK's text. Each message is rendered in nb, nn and en from a real failure of the public API.
 */
class CaseMessageLanguageTest {

  /** English words of the former Java texts that must not appear in a bokmål or nynorsk message. */
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(the|expected|cannot|not|such|with|and|of|is|an|denied|file|bytes|characters|pages|cases|reported|error"
          + "|signature|package|parsed|object|string|integer|number|consistent|breaks|rule|well-formed|e\\.g)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  @TempDir
  Path dir;

  private static void inEveryLanguage(CaseworkException e, String... values) {
    for (Language l : Language.values()) {
      String m = e.getMessage(l);
      assertThat(m).as(l + ": " + m).startsWith(e.errorCode().code()).doesNotContain("Exception", "java.");
      for (String v : values) {
        assertThat(m).as(l + ": " + m).contains(v);
      }
      if (l != Language.EN) {
        assertThat(ENGLISH.matcher(m).find()).as("English word in %s: %s", l, m).isFalse();
        assertThat(m).as("differs from English").isNotEqualTo(e.getMessage(Language.EN));
      }
    }
    assertThat(e.getMessage()).isEqualTo(e.getMessage(Language.EN)).isEqualTo(e.getMessage(Locale.ROOT));
  }

  private static CaseworkException thrown(Runnable r) {
    try {
      r.run();
    } catch (CaseworkException e) {
      return e;
    }
    throw new AssertionError("no CaseworkException");
  }

  @Test
  void caseNumberAndDecision() {
    inEveryLanguage(thrown(() -> CaseNumber.parse("sak-12")), "sak-12", "arkivsaksnr", "19/4976");
    inEveryLanguage(thrown(() -> new Decision(" ", Instant.EPOCH, Optional.empty())), "decision.by");
  }

  @Test
  void arkivmeldingNamesAndSchemaRule() {
    inEveryLanguage(thrown(() -> Arkivmelding.of(io.github.livskraft.sdg.SdgCatalogue.bundled(), " ", "K")),
        "system/klassifikasjonssystemID");
    CaseworkException e = thrown(() -> Arkivmelding.validate("melding.xml", "<skjema/>"));
    assertThat(e.errorCode()).isEqualTo(CaseErrorCode.INVALID_ARKIVMELDING);
    inEveryLanguage(e, "melding.xml", "cvc-elt.1", "skjema");
    inEveryLanguage(new CaseworkException(CaseErrorCode.INVALID_ARKIVMELDING, null, "baerekraftsvurdering", 0, 0,
        CaseErrorCode.text("xml.missing-element", "sdgMaal")), "baerekraftsvurdering", "sdgMaal");
    assertThat(e.getCause()).as("the validator's failure stays the cause").isNotNull();
  }

  @Test
  void assessmentJson() {
    CaseworkException broken = thrown(() -> AssessmentJson.read("vurdering.json", "{\"a\": "));
    assertThat(broken.errorCode()).isEqualTo(CaseErrorCode.INVALID_JSON);
    inEveryLanguage(broken, "vurdering.json", "JSON");
    assertThat(broken.getMessage(Language.NB)).contains("linje 1, kolonne");
    assertThat(broken.getMessage(Language.NN)).contains("linje 1, kolonne");
    inEveryLanguage(thrown(() -> AssessmentJson.read("v.json", "[]")), "v.json", "$");
    CaseworkException value = thrown(() -> AssessmentJson.read("v.json",
        "{\"language\": \"de\", \"caseId\": \"x\", \"assessedAt\": \"i går\", \"lines\": [], \"catalogue\": \"x\"}"));
    assertThat(value.errorCode()).isEqualTo(CaseErrorCode.INVALID_JSON);
    inEveryLanguage(value, "v.json");
  }

  @Test
  void unreadableFiles() throws IOException {
    CaseReader reader = CaseReader.create();
    inEveryLanguage(thrown(() -> reader.read(dir.resolve("borte.pdf"))), "borte.pdf");
    inEveryLanguage(thrown(() -> reader.read("x", "sak.pdf", "hei".getBytes(StandardCharsets.UTF_8))), "sak.pdf",
        "%PDF-");
    inEveryLanguage(thrown(() -> reader.read("x", "sak.docx", "hei".getBytes(StandardCharsets.UTF_8))), "sak.docx",
        "ZIP");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    inEveryLanguage(thrown(() -> reader.read("x", "sak.doc", ole)), "sak.doc", ".doc");
    byte[] notPdf = "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII);
    CaseworkException pdf = thrown(() -> reader.read("x", "ødelagt.pdf", notPdf));
    assertThat(pdf.errorCode()).isEqualTo(CaseErrorCode.BROKEN_PDF);
    inEveryLanguage(pdf, "ødelagt.pdf", "PDF");
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
    CaseworkException docx = thrown(() -> reader.read("x", "ødelagt.docx", zip));
    assertThat(docx.errorCode()).isEqualTo(CaseErrorCode.BROKEN_DOCX);
    inEveryLanguage(docx, "ødelagt.docx", "word/document.xml");
    CaseworkException large = thrown(() -> CaseReader.withLimits(4, 100, 10).read("x", "stor.txt",
        "0123456789".getBytes(StandardCharsets.UTF_8)));
    assertThat(large.errorCode()).isEqualTo(CaseErrorCode.TOO_LARGE);
    inEveryLanguage(large, "stor.txt", "4");
  }

  @Test
  void ioFailuresInOurOwnWordsWithTheCauseKept() {
    for (IOException io : List.of(new NoSuchFileException("/tmp/a.txt"), new AccessDeniedException("/tmp/a.txt"),
        new MalformedInputException(3), new IOException("Stale NFS file handle"))) {
      CaseInputException e = new CaseInputException(CaseErrorCode.READ_FAILED, "a.txt", io, IoReason.of(io));
      inEveryLanguage(e, "a.txt");
      assertThat(e.getMessage()).doesNotContain(io.getClass().getSimpleName()).doesNotContain("Stale");
      assertThat(e.getCause()).isSameAs(io);
    }
    assertThat(IoReason.of(new NoSuchFileException("x")).text(Language.NB)).isEqualTo("filen finnes ikke");
  }

  @Test
  void planFileCauseInTheMessagesLanguage() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.json"), "{ ikke json", StandardCharsets.UTF_8);
    CaseworkException e = thrown(() -> CaseAssessor.builder().planFiles(List.of(plan)));
    assertThat(e.errorCode()).isEqualTo(CaseErrorCode.PLAN_FILE);
    assertThat(e.getCause()).isInstanceOf(io.github.livskraft.plan.PlanModelException.class);
    io.github.livskraft.plan.PlanModelException cause = (io.github.livskraft.plan.PlanModelException) e.getCause();
    for (Language l : Language.values()) {
      assertThat(e.getMessage(l)).contains("plan.json").contains(cause.getMessage(l))
          .doesNotContain("Exception", "java.");
    }
    assertThat(e.getMessage(Language.NN)).isNotEqualTo(e.getMessage(Language.EN));
  }
}
