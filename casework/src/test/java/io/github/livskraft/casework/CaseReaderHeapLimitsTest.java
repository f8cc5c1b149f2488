package io.github.livskraft.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake's default limits at their edges, in a forked JVM with a 256 MB heap (surefire execution
 * {@code heap-256m}, issue 17): a document just inside every default limit is read and assessed in that heap, one
 * just outside is refused with {@code CASE-0006} naming the limit — never an out-of-memory error.
 */
@Tag("heap256")
class CaseReaderHeapLimitsTest {
  @TempDir Path dir;

  /** Real case language (the written bokmål test case), repeated to a given number of characters. */
  private static String caseText(int chars) {
    String unit = Fixtures.text("written/sykkelvei-nb.txt") + "\n";
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(unit, 0, Math.min(unit.length(), chars - sb.length()));
    }
    return sb.toString();
  }

  @Test
  void text_at_the_character_limit_is_read_and_assessed_one_more_is_refused() {
    CaseReader reader = CaseReader.create();
    CaseDocument at = reader.readText("at", caseText(CaseReader.DEFAULT_MAX_CHARS));
    Assessment a = CaseAssessorTest.ASSESSOR.assess(at);
    assertThat(a.lines()).isNotEmpty();
    assertThatThrownBy(() -> reader.readText("over", caseText(CaseReader.DEFAULT_MAX_CHARS + 1)))
        .isInstanceOf(CaseInputException.class)
        .hasMessageContaining("CASE-0006").hasMessageContaining("the limit is 2,000,000 characters");
  }

  @Test
  void a_text_file_at_the_byte_limit_is_refused_by_its_length_one_byte_more_by_its_size() throws Exception {
    // 20 MiB of case text: within the byte limit, ten times the character limit
    byte[] bytes = caseText((int) CaseReader.DEFAULT_MAX_BYTES).getBytes(StandardCharsets.UTF_8);
    byte[] atLimit = java.util.Arrays.copyOf(bytes, (int) CaseReader.DEFAULT_MAX_BYTES);
    int cut = atLimit.length;
    while ((atLimit[cut - 1] & 0xC0) == 0x80 || (atLimit[cut - 1] & 0x80) != 0) {
      atLimit[--cut] = ' '; // do not end inside a multi-byte character
    }
    Path file = dir.resolve("saksframlegg.txt");
    Files.write(file, atLimit);
    assertThatThrownBy(() -> CaseReader.create().read(file))
        .isInstanceOf(CaseInputException.class).hasMessageContaining("CASE-0006")
        .hasMessageContaining("the limit is 2,000,000 characters");
    Path over = dir.resolve("over.txt");
    Files.write(over, java.util.Arrays.copyOf(bytes, (int) CaseReader.DEFAULT_MAX_BYTES + 1));
    assertThatThrownBy(() -> CaseReader.create().read(over))
        .isInstanceOf(CaseInputException.class).hasMessageContaining("CASE-0006")
        .hasMessageContaining("the limit is 20,971,520 bytes");
  }
}
