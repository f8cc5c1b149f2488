package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 17: the report's CSVs use the one formula guard. */
class CsvFormulaGuardTest {
  @Test
  void formulaCellsArePrefixedAndOrdinaryCellsKept() {
    assertThat(Csv.quote("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(Csv.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.quote("Kongsberg, 3303")).isEqualTo("\"Kongsberg, 3303\"");
    assertThat(Csv.quote("kongsberg-samfunnsdel")).isEqualTo("kongsberg-samfunnsdel");
  }
}
