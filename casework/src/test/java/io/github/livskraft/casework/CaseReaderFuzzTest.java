package io.github.livskraft.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.livskraft.casework.io.AssessmentJson;
import io.github.livskraft.sdg.Language;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of the casework intake (plain text, HTML, DOCX and PDF uploads) with Jazzer.
 *
 * <p>Whatever the bytes, the reader returns a case whose parts lie inside its text, or throws a
 * {@link CaseInputException} with a {@code CASE-} code and a message that names the file in every language and
 * carries no library class name. A case that was read can be assessed, and the assessment's JSON reads back as the
 * same assessment. The default build replays the committed inputs in
 * {@code src/test/resources/io/github/livskraft/casework/CaseReaderFuzzTestInputs/} (real seed saksframlegg, the
 * written fixtures as HTML, DOCX and PDF, and hostile files); {@code scripts/fuzz.sh} fuzzes for a time budget.
 */
class CaseReaderFuzzTest {
  private static final CaseReader READER = CaseReader.withLimits(2_000_000, 400_000, 50);
  private static final CaseAssessor ASSESSOR = CaseAssessor.builder().clock(Fixtures.CLOCK).build();

  @FuzzTest
  void text(byte[] input) {
    readOrFailTyped(input, "sak.txt");
  }

  @FuzzTest
  void html(byte[] input) {
    readOrFailTyped(input, "sak.html");
  }

  @FuzzTest
  void docx(byte[] input) {
    readOrFailTyped(input, "sak.docx");
  }

  @FuzzTest
  void pdf(byte[] input) {
    readOrFailTyped(input, "sak.pdf");
  }

  /** Content sniffing: a file without an extension is read by what its bytes look like. */
  @FuzzTest
  void unnamed(byte[] input) {
    readOrFailTyped(input, "vedlegg");
  }

  private static void readOrFailTyped(byte[] input, String name) {
    CaseDocument doc;
    try {
      doc = READER.read(name, name, input);
    } catch (CaseInputException e) {
      assertThat(e.source()).isEqualTo(name);
      for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn")}) {
        assertThat(e.getMessage(l)).startsWith("CASE-").contains(name).doesNotContain("io.github", "Exception",
            "org.apache", "java.");
      }
      return;
    }
    assertThat(doc.text()).isNotBlank();
    for (CasePart p : doc.parts()) {
      assertThat(p.start()).isBetween(0, p.end());
      assertThat(p.end()).isLessThanOrEqualTo(doc.text().length());
    }
    Assessment a = ASSESSOR.assess(doc);
    for (GoalLine line : a.lines()) {
      assertThat(line.status()).isEqualTo(LineStatus.SUGGESTED);
    }
    assertThat(AssessmentJson.read("fuzz", AssessmentJson.write(a))).isEqualTo(a);
    assertThat(a.language()).isIn((Object[]) Language.values());
  }
}
