package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.tagger.Evidence;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlansTest {
  /** One element names goal 5 explicitly, one has a single keyword for goal 6; neither is linked in the plan. */
  static final String PLAN = """
      formatVersion: "1.0"
      plans:
        - id: p
          kind: SOCIAL_ELEMENT
          title: Samfunnsdelen
          status: ADOPTED
          owners:
            - kind: MUNICIPALITY
              name: Kongsberg
              municipality: "3303"
          elements:
            - id: likestilling
              kind: GOAL
              title: Vi følger opp bærekraftsmål 5
            - id: vann
              kind: GOAL
              title: Trygt drikkevann
      """;

  static LoadedPlanDocument plan() {
    return PlanReader.create().read("p.yaml", PLAN, PlanFormat.YAML);
  }

  private static SuggestionView suggestion(List<SuggestionView> all, String element, int goal) {
    return all.stream().filter(s -> s.elementId().equals(element) && s.goal() == goal).findFirst().orElseThrow();
  }

  @Test
  void suggestionsCarryTheTaggersEvidenceLevelAndConfidence() {
    List<SuggestionView> all = Plans.suggestions(plan().document().plans());
    SuggestionView explicit = suggestion(all, "likestilling", 5);
    assertThat(explicit.evidenceLevel()).isEqualTo(Evidence.EXPLICIT);
    assertThat(explicit.confidence()).isEqualTo(0.99);
    assertThat(explicit.evidenceText().text(Language.NB)).startsWith("Sikkerhet 0,99: nevnt eksplisitt (");
    assertThat(explicit.evidenceText().text(Language.NN)).startsWith("Tryggleik 0,99: nemnt eksplisitt (");
    assertThat(explicit.evidenceText().text(Language.EN)).startsWith("Confidence 0.99: named explicitly (");
    SuggestionView single = suggestion(all, "vann", 6);
    assertThat(single.evidenceLevel()).isEqualTo(Evidence.SINGLE_SOLE);
    assertThat(single.confidence()).isEqualTo(0.68);
    assertThat(single.evidenceText().text(Language.NB)).startsWith("Sikkerhet 0,68: ett belegg, eneste mål (");
    assertThat(single.evidenceText().text(Language.NN)).startsWith("Tryggleik 0,68: eitt belegg, einaste mål (");
  }

  @Test
  void theWordingIsAvailableWithoutASuggestion() {
    List<SuggestionView> all = Plans.suggestions(plan().document().plans());
    for (SuggestionView s : List.of(suggestion(all, "likestilling", 5), suggestion(all, "vann", 6))) {
      assertThat(SuggestionView.evidenceTextOf(s.evidenceLevel())).isEqualTo(s.evidenceText());
    }
    assertThat(SuggestionView.evidenceTextOf(Evidence.SEVERAL_TOP).text(Language.EN))
        .isEqualTo("Confidence " + String.format(java.util.Locale.ROOT, "%.2f", Evidence.SEVERAL_TOP.confidence())
            + ": " + Evidence.SEVERAL_TOP.describe(java.util.Locale.ENGLISH)
            + " (the share of such suggestions that were right on Norwegian text the rules had not seen)");
    assertThat(SuggestionView.confidenceLabel().text(Language.NB)).isEqualTo("Sikkerhet");
    assertThat(SuggestionView.confidenceLabel().text(Language.NN)).isEqualTo("Tryggleik");
    assertThat(SuggestionView.confidenceLabel().text(Language.EN)).isEqualTo("Confidence");
  }

  @Test
  void jsonCsvAndHtmlShowTheLevelOfEverySuggestion() throws Exception {
    Report r = ReportBuilder.builder().generator("livskraft test").build().build(List.of(plan()),
        ReportRegion.kongsbergregionen());

    JsonNode json = new ObjectMapper().readTree(JsonReportWriter.create(Language.NB).toString(r));
    Map<String, JsonNode> byElement = new java.util.HashMap<>();
    json.path("suggestions").forEach(s -> byElement.put(s.path("element").asText() + "/" + s.path("goal").asInt(), s));
    assertThat(byElement.get("likestilling/5").path("evidenceLevel").asText()).isEqualTo("explicit");
    assertThat(byElement.get("likestilling/5").path("confidence").asDouble()).isEqualTo(0.99);
    assertThat(byElement.get("vann/6").path("evidenceLevel").asText()).isEqualTo("single-sole");
    assertThat(byElement.get("vann/6").path("confidence").asDouble()).isEqualTo(0.68);

    StringWriter csv = new StringWriter();
    CsvReportWriter.create(Language.NB).write(r, CsvReportWriter.Table.GOAL_LINKS, csv);
    List<String> lines = csv.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("plan_id,element_id,goal,target,link,evidence,confidence");
    assertThat(lines).contains("p,likestilling,5,5,suggested,explicit,0.99")
        .anySatisfy(l -> assertThat(l).startsWith("p,vann,6,").endsWith(",suggested,single-sole,0.68"));

    for (Language lang : Language.values()) {
      String html = HtmlReportWriter.create(lang).toString(r);
      String title = Html.attr(single(r).evidenceText().text(lang));
      assertThat(html).as("the suggestions table: a compact marker, the description as title text")
          .contains("<span class=\"conf\" data-evidence=\"single-sole\" title=\"" + title
              + "\"><span aria-hidden=\"true\">●●○</span> " + (lang == Language.EN ? "0.68" : "0,68") + "</span>")
          .contains("<span class=\"conf\" data-evidence=\"explicit\" title=\"")
          .contains("<th>" + switch (lang) {
            case NB -> "Sikkerhet";
            case NN -> "Tryggleik";
            case EN -> "Confidence";
          } + "</th></tr></thead>")
          .as("the matrix's ○ names the level too")
          .contains("<span class=\"sug\" title=\"" + title + "\">○</span>");
    }
  }

  private static SuggestionView single(Report r) {
    return suggestion(r.suggestions(), "vann", 6);
  }
}
