package io.github.livskraft.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
  private static final CsvRecords.Errors ERRORS =
      (line, col, en, nb) -> new IllegalArgumentException(line + ":" + col + ": " + en + " / " + nb);

  @Test
  void quotesDoubledQuotesAndQuotedLineBreaksKeepTheStartLine() {
    List<CsvRecords.Record> r = CsvRecords.parse("a,b\r\n\"x, \"\"y\"\"\",2\n\"multi\r\nline\",z\n\n", true, ERRORS);
    assertThat(r).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 5);
    assertThat(r.get(0).fields()).containsExactly("a", "b");
    assertThat(r.get(1).fields()).containsExactly("x, \"y\"", "2");
    assertThat(r.get(2).fields()).containsExactly("multi\nline", "z");
    assertThat(r.get(3).isBlank()).isTrue();
  }

  @Test
  void lastRecordWithoutNewlineIsKept() {
    assertThat(CsvRecords.parse("a\n1,2", true, ERRORS).get(1).fields()).containsExactly("1", "2");
  }

  @Test
  void unclosedQuoteNamesWhereItOpened() {
    assertThatThrownBy(() -> CsvRecords.parse("id,text\n1,\"open\n", false, ERRORS))
        .hasMessageStartingWith("2:3: unclosed quoted field");
  }

  @Test
  void strayQuoteIsAnErrorOnlyWhenStrict() {
    assertThatThrownBy(() -> CsvRecords.parse("a\nab\"c\"\n", true, ERRORS))
        .hasMessageStartingWith("2:3: '\"' inside an unquoted field");
    assertThat(CsvRecords.parse("a\nab\"c\"\n", false, ERRORS).get(1).fields()).containsExactly("abc");
  }
}
