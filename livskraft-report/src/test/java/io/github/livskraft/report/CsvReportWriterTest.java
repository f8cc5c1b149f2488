package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.livskraft.sdg.Language;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV tables read back with an RFC 4180 reader to the report's own figures and links. */
class CsvReportWriterTest {
  static List<Map<String, String>> read(String csv) throws Exception {
    try (MappingIterator<Map<String, String>> it = Csv.MAPPER.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(new StringReader(csv))) {
      return it.readAll();
    }
  }

  @Test
  void indicatorValuesReadBackToTheSeries() throws Exception {
    Report r = Reports.kongsbergregionen();
    String csv = CsvReportWriter.create(Language.NN).toString(r, CsvReportWriter.Table.INDICATOR_VALUES);
    assertThat(csv).startsWith("indicator_id,level,code,name,year,value,status,unit,source\n");
    List<Map<String, String>> rows = read(csv);
    long expected = r.indicators().stream().mapToLong(i -> i.perMunicipality().values().stream()
        .mapToLong(s -> s.size()).sum() + i.regional().map(s -> (long) s.size()).orElse(0L)).sum();
    assertThat(rows).hasSize((int) expected);
    Map<String, String> kongsberg2005 = rows.stream().filter(m -> m.get("indicator_id").equals("population")
        && m.get("code").equals("3303") && m.get("year").equals("2005")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(kongsberg2005.get("value"))).isEqualTo(23244.0);
    assertThat(kongsberg2005.get("level")).isEqualTo("municipality");
    // a row without a figure has an SSB symbol, a row with one has none
    for (Map<String, String> m : rows) {
      assertThat(m.get("value").isEmpty()).as(m.toString()).isEqualTo(!m.get("status").isEmpty()
          && !m.get("status").equals("*"));
    }
  }

  @Test
  void linksAndFindingsQuoteWhatNeedsQuoting() throws Exception {
    Report r = Reports.kongsbergregionen();
    List<Map<String, String>> links = read(CsvReportWriter.create(Language.NB).toString(r,
        CsvReportWriter.Table.GOAL_LINKS));
    assertThat(links).isNotEmpty().allSatisfy(m -> assertThat(m.get("link")).isIn("explicit", "suggested"));
    long explicit = r.plans().stream().flatMap(p -> p.elements().stream()).mapToLong(e -> e.goals().stream()
        .mapToLong(g -> Math.max(1, e.targets().stream().filter(t -> t.startsWith(g + ".")).count())).sum()).sum();
    assertThat(links.stream().filter(m -> m.get("link").equals("explicit")).count()).isEqualTo(explicit);
    List<Map<String, String>> findings = read(CsvReportWriter.create(Language.EN).toString(r,
        CsvReportWriter.Table.FINDINGS));
    assertThat(findings).hasSize(r.findings().size());
    assertThat(findings.get(0).get("message")).isEqualTo(r.findings().get(0).message().text(Language.EN));
  }
}
