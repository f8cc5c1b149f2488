package io.github.livskraft.municipalities.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityException;
import io.github.livskraft.sdg.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledCsvTest {
  private static List<BundledCsv.Row> read(String text, String header) {
    return BundledCsv.read("t.csv", text.getBytes(StandardCharsets.UTF_8), header);
  }

  @Test
  void readsQuotedFieldsAsRfc4180Says() {
    List<BundledCsv.Row> rows = read("code,name,year\r\n"
        + "0301,Oslo,2024\r\n"
        + "1103,\"Stavanger, by\",2020\n"
        + "5001,\"Trondheim \"\"Nidaros\"\"\",2018\n"
        + "3301,\"Drammen\nkommune\",2020\n"
        + "3303,,2024\n", "code,name,year");
    assertThat(rows).extracting(BundledCsv.Row::fields).containsExactly(
        List.of("0301", "Oslo", "2024"), List.of("1103", "Stavanger, by", "2020"),
        List.of("5001", "Trondheim \"Nidaros\"", "2018"), List.of("3301", "Drammen\nkommune", "2020"),
        List.of("3303", "", "2024"));
    assertThat(rows).extracting(BundledCsv.Row::line).containsExactly(2, 3, 4, 5, 7);
  }

  @Test
  void aWrongHeaderOrFieldCountNamesFileLineAndWhatWasExpected() {
    assertThatThrownBy(() -> read("kode,navn,år\n0301,Oslo,2024\n", "code,name,year"))
        .isInstanceOfSatisfying(MunicipalityException.class, e -> {
          assertThat(e.errorCode().code()).isEqualTo("MUN-0021");
          assertThat(e.getMessage()).contains("t.csv").contains("kode,navn,år").contains("code,name,year");
        });
    assertThatThrownBy(() -> read("code,name,year\n0301,Oslo,2024\n0302,\"Oslo, 2\"\n", "code,name,year"))
        .isInstanceOfSatisfying(MunicipalityException.class, e -> {
          assertThat(e.errorCode().code()).isEqualTo("MUN-0022");
          assertThat(e.getMessage(Language.NN)).contains("t.csv").contains("3").contains("2");
        });
    assertThatThrownBy(() -> read("", "code,name,year")).isInstanceOf(MunicipalityException.class);
  }

  /** The bundled files have no quoted fields: the library reads them exactly as splitting at commas would. */
  @Test
  void theBundledFilesReadAsTheirPlainCommaSeparatedLines() {
    for (String[] f : new String[][] {{BundledRegistry.OBSERVED, "code,name,year"},
        {BundledRegistry.NATIONAL_CHANGES, "year_start,year_end,municip_code_end,weighting,municip_code,"
            + "municip_name,county_code,county_name,georegion_code,georegion_name,mtregion_code,mtregion_name"}}) {
      byte[] bytes = BundledRegistry.resource(f[0]);
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
      List<List<String>> split = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        split.add(List.of(lines[i].split(",", -1)));
      }
      List<BundledCsv.Row> rows = BundledCsv.read(f[0], bytes, f[1]);
      assertThat(rows).hasSizeGreaterThan(300);
      assertThat(rows).extracting(BundledCsv.Row::fields).isEqualTo(split);
      assertThat(rows.get(rows.size() - 1).line()).isEqualTo(lines.length);
    }
  }
}
