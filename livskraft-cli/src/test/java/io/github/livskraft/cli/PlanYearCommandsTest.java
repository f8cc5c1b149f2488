package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.livskraft.plan.calendar.CalendarEntry;
import io.github.livskraft.plan.calendar.IcsCalendar;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan calendar / followup / benefits on the example files. */
class PlanYearCommandsTest {
  static final String ILLUSTRATIVE = "../examples/plans/illustrasjon-oppfolging-2025.yaml";
  static final String REGION = "../examples/plans/kongsbergregionen-strategi-2019.yaml";

  @TempDir Path dir;



  static List<Map<String, String>> csv(String text) throws Exception {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void calendarPrintsTheYearAndWritesIcalendarThatParsesBack() throws Exception {
    Path ics = dir.resolve("arshjul.ics");
    Run r = TestCli.run("plan", "calendar", ILLUSTRATIVE, REGION, "--year", "2026", "--ics", ics.toString(),
        "--lang", "nn");
    assertThat(r.code()).as(r.err()).isZero();
    // 2026: 31 March is a Tuesday; planstrategi only in the first year of a council term (2024, 2028)
    assertThat(r.out()).contains("2026-03-31").contains("Årsberetningen legges fram")
        .doesNotContain("Kommunal planstrategi vedtas").containsPattern("\\d+ hending\\(ar\\) i 2026, \\d+ utan datoar")
        .doesNotContain("without").doesNotContain("uten ");
    assertThat(r.err()).doesNotContain("SLF4J");
    List<CalendarEntry> back = IcsCalendar.read(ics);
    assertThat(back).extracting(CalendarEntry::eventId).contains("kommunestyret", "arsberetning", "tertial-1");
    String written = java.nio.file.Files.readString(ics).replace("\r\n ", ""); // unfolded
    assertThat(written).contains("//NN\r\n").contains("Gjentaking: ").doesNotContain("Gjentakelse: ")
        .doesNotContain("CATEGORIES:meeting");
    assertThat(back.stream().filter(e -> e.eventId().equals("kommunestyret")).count()).isEqualTo(10);
    Run y2028 = TestCli.run("plan", "calendar", ILLUSTRATIVE, "--year", "2028", "--csv");
    List<Map<String, String>> rows = csv(y2028.out());
    assertThat(rows).anySatisfy(m -> {
      assertThat(m.get("event")).isEqualTo("planstrategi");
      assertThat(m.get("month")).isEqualTo("2028-10");
      assertThat(m.get("date")).isEmpty();
    });
    Run json = TestCli.run("plan", "calendar", ILLUSTRATIVE, "--year", "2026", "--json");
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.get("year").asInt()).isEqualTo(2026);
    assertThat(node.get("entries").size()).isEqualTo(IcsCalendar.read(IcsCalendar.write(
        io.github.livskraft.plan.calendar.AnnualCycle.expand(io.github.livskraft.plan.io.PlanReader.create()
            .read(Path.of(ILLUSTRATIVE)).document().plans(), 2026)), "x").size());
    assertThat(TestCli.run("plan", "calendar", ILLUSTRATIVE, "--year", "99999").code()).isEqualTo(2);
  }

  @Test
  void followupByPeriodInTextCsvAndJson() throws Exception {
    Run text = TestCli.run("plan", "followup", ILLUSTRATIVE, "--period", "2025-T2", "--lang", "nb");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("Oppfølging 2025-T2").contains("noe avvik").contains("Etter innsatsområde")
        .contains("Etter bærekraftsmål");
    List<Map<String, String>> rows = csv(TestCli.run("plan", "followup", ILLUSTRATIVE, "--period", "2025", "--csv").out());
    assertThat(rows).filteredOn(m -> m.get("element").equals("tiltak-elbiler")).singleElement().satisfies(m -> {
      assertThat(m.get("status")).isEqualTo("MINOR_DEVIATION");
      assertThat(m.get("spent")).isEqualTo("980000");
      assertThat(m.get("indicatorValues")).isEqualTo("eks-samfunnsdel#ind-utslipp-kjoretoy=365");
    });
    JsonNode json = new ObjectMapper().readTree(TestCli.run("plan", "followup", ILLUSTRATIVE, "--period", "2025", "--json").out());
    assertThat(json.get("period").asText()).isEqualTo("2025");
    assertThat(json.get("byFocusArea").size()).isEqualTo(2);
    Run bad = TestCli.run("plan", "followup", ILLUSTRATIVE, "--period", "2025-T4");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("2025-T4");
  }

  @Test
  void benefitsRankWithTheRuleAndBalanceExpectedAgainstRealised() throws Exception {
    Run rank = TestCli.run("plan", "benefits", ILLUSTRATIVE, "--rank", "--lang", "nb");
    assertThat(rank.code()).as(rank.err()).isZero();
    assertThat(rank.out()).contains("Poengsum = gevinstpoeng").contains("1. ").contains("tiltak-losningsfokus");
    List<Map<String, String>> rows = csv(TestCli.run("plan", "benefits", ILLUSTRATIVE, "--rank", "--csv").out());
    assertThat(rows).extracting(m -> m.get("element"))
        .containsExactly("tiltak-losningsfokus", "tiltak-elbiler", "tiltak-digital-byggesak");
    assertThat(rows.get(0).get("score")).isEqualTo("1.5");
    List<Map<String, String>> balance = csv(TestCli.run("plan", "benefits", ILLUSTRATIVE, "--csv").out());
    assertThat(balance).anySatisfy(m -> {
      assertThat(m.get("group")).isEqualTo("SDG 13");
      assertThat(m.get("expectedAmount")).isEqualTo("120");
      assertThat(m.get("realisedAmount")).isEqualTo("45");
    });
    JsonNode json = new ObjectMapper().readTree(TestCli.run("plan", "benefits", ILLUSTRATIVE, "--rank", "--json").out());
    assertThat(json.get("ranking").size()).isEqualTo(3);
    assertThat(json.get("rule").get("en").asText()).contains("Score = benefit points");
    assertThat(json.get("rule").get("nn").asText()).contains("vert ikkje rangerte");
  }

  /** An unranked tiltak says what it lacks in the reader's language, not in the library's English. */
  @Test
  void unrankedMeasuresSayWhatTheyLackInNynorsk() {
    Run rank = TestCli.run("plan", "benefits", "../examples/plans/kongsbergregionen-strategi-2019.yaml", "--rank",
        "--lang", "nn");
    assertThat(rank.code()).as(rank.err()).isZero();
    assertThat(rank.out()).contains("ikkje rangert, manglar: ")
        .doesNotContain("expected benefits", "scale of benefit", "effort");
  }
}
