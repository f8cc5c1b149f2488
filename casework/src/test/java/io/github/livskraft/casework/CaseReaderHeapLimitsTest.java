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

  @org.junit.jupiter.api.BeforeAll
  static void theForkHasA256MbHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
  }

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

  /**
   * The written saksframlegg with a table of {@code rows} rows of sample values (not real figures) before
   * {@code </body>}, followed by one row whose second cell has {@code lastCell} characters, padded with a comment to
   * exactly {@code bytes} bytes. Every row adds "nnnn vvvv\n" (10 characters) to the text.
   */
  private static final String EMPTY_SPANS = "<wbr>".repeat(16);

  private Path htmlTable(String name, int rows, int lastCell, long bytes) throws Exception {
    String fixture = Fixtures.text("written/saksframlegg.html");
    int body = fixture.lastIndexOf("</body>");
    Path file = dir.resolve(name);
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      long written = 0;
      byte[] head = (fixture.substring(0, body) + "<table>\n").getBytes(StandardCharsets.UTF_8);
      out.write(head);
      written += head.length;
      for (int i = 0; i <= rows; i++) {
        String value = i == rows ? "x".repeat(lastCell) : String.format(java.util.Locale.ROOT, "%04.1f", (i % 997) / 10.0);
        // end tags left out as HTML allows, and empty inline elements: 21 nodes a row
        byte[] row = String.format(java.util.Locale.ROOT, "<tr><td>%04d<td>%s%s\n", i % 10_000, value, EMPTY_SPANS)
            .getBytes(StandardCharsets.UTF_8);
        out.write(row);
        written += row.length;
      }
      byte[] tail = ("</table>\n" + fixture.substring(body)).getBytes(StandardCharsets.UTF_8);
      long pad = bytes - written - tail.length - "<!---->".length();
      assertThat(pad).as("padding").isGreaterThanOrEqualTo(0);
      out.write("<!--".getBytes(StandardCharsets.US_ASCII));
      for (long p = 0; p < pad; p++) {
        out.write(' ');
      }
      out.write("-->".getBytes(StandardCharsets.US_ASCII));
      out.write(tail);
    }
    assertThat(Files.size(file)).isEqualTo(bytes);
    return file;
  }

  /**
   * A 20 MiB HTML saksframlegg (a table of about 200,000 rows, some 4.2 million nodes, which as a whole DOM did not
   * fit this heap) is streamed: exactly 2,000,000 characters of text are read and assessed; one character more is
   * refused naming its length; one byte more than 20 MiB is refused by its size.
   */
  @Test
  void an_html_table_at_the_byte_and_character_limits_is_read_and_assessed_one_more_is_refused() throws Exception {
    int fixtureText = CaseReader.create().readHtml("f", Fixtures.text("written/saksframlegg.html")).text().length();
    int room = CaseReader.DEFAULT_MAX_CHARS - fixtureText; // characters left for the table
    int rows = room / 10 - 1;
    int lastCell = room - rows * 10 - 6; // the last row: "nnnn " + cell + "\n"
    Path at = htmlTable("at.html", rows, lastCell, CaseReader.DEFAULT_MAX_BYTES);
    CaseDocument doc = CaseReader.create().read(at);
    assertThat(doc.format()).isEqualTo(SourceFormat.HTML);
    assertThat(doc.text()).hasSize(CaseReader.DEFAULT_MAX_CHARS)
        .startsWith("Saksbehandler: Kari Nordmann\n")
        .contains("\n0000 00.0\n0001 00.1\n").endsWith(" " + "x".repeat(lastCell) + "\n");
    assertThat(doc.header().title()).contains("Kommunal plan for bevaring av matjord");
    Assessment a = CaseAssessorTest.ASSESSOR.assess(doc);
    assertThat(a.lines()).isNotEmpty();
    doc = null;
    a = null;

    Path oneCharMore = htmlTable("char-over.html", rows, lastCell + 1, CaseReader.DEFAULT_MAX_BYTES);
    assertThatThrownBy(() -> CaseReader.create().read(oneCharMore))
        .isInstanceOf(CaseInputException.class).hasMessageContaining("CASE-0006")
        .hasMessageContaining(oneCharMore.toString())
        .hasMessageContaining("(2,000,001 characters); the limit is 2,000,000 characters");

    Path oneByteMore = htmlTable("byte-over.html", rows, lastCell, CaseReader.DEFAULT_MAX_BYTES + 1);
    assertThatThrownBy(() -> CaseReader.create().read(oneByteMore))
        .isInstanceOf(CaseInputException.class).hasMessageContaining("CASE-0006")
        .hasMessageContaining(oneByteMore.toString())
        .hasMessageContaining("(20,971,521 bytes); the limit is 20,971,520 bytes");
  }

  /** Far more text than the limit inside 20 MiB of HTML is counted, not kept, and refused with its length. */
  @Test
  void an_html_file_of_20_mib_of_text_is_refused_by_its_text_length_without_keeping_it() throws Exception {
    Path file = htmlTable("text.html", 1_000, 18_000_000, CaseReader.DEFAULT_MAX_BYTES);
    assertThatThrownBy(() -> CaseReader.create().read(file))
        .isInstanceOf(CaseInputException.class).hasMessageContaining("CASE-0006")
        .hasMessageMatching("(?s).*\\((1[89]|20),\\d{3},\\d{3} characters\\); the limit is 2,000,000 characters.*");
  }
}
