package io.github.livskraft.sdg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static final List<String> AB = List.of("a", "b");

  @Test
  void parsesQuotesEscapesAndMultiLineFields() {
    CsvTable t = CsvTable.parse("f.csv", "a,b\n1,\"x, \"\"y\"\"\"\n\"multi\nline\",z\n3,\n", AB);
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0).get("b")).isEqualTo("x, \"y\"");
    assertThat(t.rows().get(1).get("a")).isEqualTo("multi\nline");
    assertThat(t.rows().get(1).line()).isEqualTo(3);
    assertThat(t.rows().get(2).line()).isEqualTo(5);
    assertThat(t.rows().get(2).optional("b")).isEmpty();
    assertThat(t.columns()).isEqualTo(AB);
    assertThat(t.hasColumn("a")).isTrue();
  }

  @Test
  void acceptsCrLfNoFinalNewlineAndBom() {
    CsvTable t = CsvTable.parse("f.csv", "\uFEFFa,b\r\n1,2", AB);
    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.get("b")).isEqualTo("2"));
  }

  @Test
  void errorsNameFileAndLine() {
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\n3\n", AB))
        .isInstanceOf(CsvFormatException.class).hasMessage("f.csv:3: found 1 fields; expected 2 (a,b)");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\n\n3,4\n", AB))
        .hasMessageContaining("f.csv:3").hasMessageContaining("empty line");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,c\n", AB))
        .hasMessageContaining("unknown columns [c]").hasMessageContaining("missing columns [b]");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "", AB)).hasMessageContaining("empty");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,x\"y\n", AB)).hasMessageContaining("inside an unquoted");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n\"1\"x,2\n", AB)).hasMessageContaining("after a closing quote");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\r3,4\n", AB)).hasMessageContaining("carriage return");
  }

  @Test
  void strictWhereJacksonIsLenientWithFileLineAndCharacter() {
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\n\"3\" ,4\n", AB))
        .hasMessage("f.csv:3: the character ' ' after a closing quote; expected ',' or a line end");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,\"x\ny\"z\n", AB))
        .hasMessage("f.csv:3: the character 'z' after a closing quote; expected ',' or a line end");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\n3,\"x\"\"\n", AB))
        .hasMessage("f.csv:3: an unterminated quoted field; expected a closing '\"'");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\r", AB)).hasMessage(
        "f.csv:2: a bare carriage return; expected \\n or \\r\\n line ends");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n1,2\n\n", AB)).hasMessage(
        "f.csv:3: an empty line; expected a record");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,\"b\n1,2\n", AB))
        .hasMessage("f.csv:1: an unterminated quoted field; expected a closing '\"'");
  }

  @Test
  void keepsLineBreaksAndQuotesInsideQuotedFieldsAndCountsLines() {
    CsvTable t = CsvTable.parse("f.csv", "a,b\r\n\"x\r\ny\",\"\"\"\"\r\n\"\",\"q\"\r\n", AB);
    assertThat(t.rows().get(0).get("a")).isEqualTo("x\r\ny");
    assertThat(t.rows().get(0).get("b")).isEqualTo("\"");
    assertThat(t.rows().get(1).line()).isEqualTo(4);
    assertThat(t.rows().get(1).get("a")).isEmpty();
  }

  @Test
  void requiredAndPadded() {
    CsvTable.Row r = CsvTable.parse("f.csv", "a,b\n ,x \n", AB).rows().get(0);
    assertThatThrownBy(() -> r.required("a")).isInstanceOf(CsvFormatException.class)
        .satisfies(e -> {
          CsvFormatException c = (CsvFormatException) e;
          assertThat(c.file()).isEqualTo("f.csv");
          assertThat(c.line()).isEqualTo(2);
          assertThat(c.column()).isEqualTo("a");
        });
    assertThatThrownBy(() -> r.optional("a")).hasMessageContaining("only white space");
    assertThatThrownBy(() -> r.required("b")).hasMessageContaining("'x '");
    assertThatThrownBy(() -> r.get("c")).isInstanceOf(IllegalStateException.class);
  }
}
