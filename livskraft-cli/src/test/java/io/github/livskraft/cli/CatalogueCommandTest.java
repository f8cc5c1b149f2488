package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code livskraft catalogue …} through {@link Main#run}: output, JSON, exit codes and bilingual errors. */
class CatalogueCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();



  @Test
  void goal_text_inBokmaal() {
    Run r = TestCli.run("catalogue", "goal", "11", "--lang", "nb");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Mål 11: Bærekraftige byer og lokalsamfunn")
        .contains("Gjøre byer og lokalsamfunn inkluderende, trygge, robuste og bærekraftige")
        .contains("#FD9D24").contains("Delmål (10):").contains("11.6 ").contains("11.c ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void goal_withoutCode_listsAllGoals() throws Exception {
    Run r = TestCli.run("catalogue", "goal", "--lang", "nb");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(17);
    assertThat(r.out()).contains(" 1  #E5243B  Utrydde fattigdom").contains("17  #19486A");
    JsonNode n = TestCli.run("catalogue", "goal", "--json").json();
    assertThat(n.get("goals")).hasSize(17);
    assertThat(n.at("/goals/10/shortName").asText()).isEqualTo("Sustainable cities and communities");
    assertThat(n.at("/goals/16/targets").asInt()).isEqualTo(19);
  }

  @Test
  void goal_json() throws Exception {
    Run r = TestCli.run("catalogue", "goal", "SDG 13", "--json");
    assertThat(r.code()).isZero();
    JsonNode n = r.json();
    assertThat(n.get("code").asText()).isEqualTo("13");
    assertThat(n.get("colour").asText()).isEqualTo("#3F7E44");
    assertThat(n.at("/title/text").asText()).isEqualTo("Take urgent action to combat climate change and its impacts");
    assertThat(n.at("/title/provenance").asText()).isEqualTo("OFFICIAL_UN");
    assertThat(n.at("/title/variants")).hasSize(2);
    assertThat(n.get("targets")).hasSize(5);
    assertThat(n.get("note").asText()).contains("Framework Convention on Climate Change");
  }

  @Test
  void target_nynorsk_marksFallbackLanguage() throws Exception {
    Run r = TestCli.run("catalogue", "target", "11.6", "--lang", "nn", "--json");
    assertThat(r.code()).isZero();
    JsonNode n = r.json();
    assertThat(n.at("/title/language").asText()).isEqualTo("nb");
    assertThat(n.at("/title/fallback").asBoolean()).isTrue();
    assertThat(n.at("/title/provenance").asText()).isEqualTo("OFFICIAL_NO");
    assertThat(n.get("kind").asText()).isEqualTo("OUTCOME");
    assertThat(n.get("goal").asText()).isEqualTo("11");
    assertThat(n.get("indicators")).extracting(x -> x.get("code").asText()).containsExactly("11.6.1", "11.6.2");
    assertThat(TestCli.run("catalogue", "target", "11.6", "--lang", "nn").out()).contains("[nb]");
  }

  @Test
  void target_communityTextIsLabelled() {
    // 9.1 has only community bokmål; a bokmål reader gets the official nynorsk, marked [nn]
    Run r = TestCli.run("catalogue", "target", "9.1", "--lang", "nb");
    assertThat(r.out()).contains("Utvikle påliteleg").contains("[nn]").contains("[dugnadsoversettelse]");
  }

  @Test
  void target_meansOfImplementationInGoal17() throws Exception {
    JsonNode n = TestCli.run("catalogue", "target", "17.10", "--json").json();
    assertThat(n.get("kind").asText()).isEqualTo("MEANS_OF_IMPLEMENTATION");
    assertThat(n.get("codeForm").asText()).isEqualTo("numeric");
  }

  @Test
  void indicator_repeatResolvesToAllPlacements() throws Exception {
    Run r = TestCli.run("catalogue", "indicator", "13.1.1", "--json");
    assertThat(r.code()).isZero();
    JsonNode n = r.json();
    assertThat(n.get("code").asText()).isEqualTo("13.1.1");
    assertThat(n.get("primaryCode").asText()).isEqualTo("1.5.1");
    assertThat(n.get("placements")).extracting(JsonNode::asText).containsExactly("1.5.1", "11.5.1", "13.1.1");
    assertThat(n.get("unsdCode").asText()).isEqualTo("C200303");
    assertThat(n.at("/tier/level").asText()).isEqualTo("TIER_I");
    assertThat(n.at("/tier/asOf").asText()).isEqualTo("2022-11-30");
    assertThat(n.get("custodianAgencies")).extracting(JsonNode::asText).containsExactly("UNDRR");
  }

  @Test
  void indicator_changeAndOlderWording() throws Exception {
    JsonNode n = TestCli.run("catalogue", "indicator", "3.b.3", "--json", "--lang", "nb").json();
    assertThat(n.at("/changeSince2022/type").asText()).isEqualTo("REPLACED_OR_REVISED");
    assertThat(n.at("/changeSince2022/unsdCodeBefore").asText()).isEqualTo("C030b03");
    Run text = TestCli.run("catalogue", "indicator", "1.1.1", "--lang", "nb");
    assertThat(text.out()).contains("eldre engelsk ordlyd").contains("[dugnadsoversettelse]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.z", "18.1", "11.6.9", ""})
  void target_badOrUnknownCode_exit2InTheChosenLanguage(String code) {
    Run r = TestCli.run("catalogue", "target", code);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("'" + code + "'").containsPattern("SDG-000[24]: (Invalid|Unknown)")
        .doesNotContainPattern("(Ugyldig|Ukjent)");
    Run nb = TestCli.run("catalogue", "target", code, "--lang", "nb");
    assertThat(nb.err()).contains("'" + code + "'").containsPattern("SDG-000[24]: (Ugyldig|Ukjent)")
        .doesNotContainPattern("(Invalid|Unknown)");
  }

  @Test
  void goal_18_exit2() {
    Run r = TestCli.run("catalogue", "goal", "18");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("SDG-0001").contains("1 to 17").doesNotContain("fra 1 til 17");
    assertThat(TestCli.run("catalogue", "goal", "18", "--lang", "nn").err()).contains("SDG-0001").doesNotContain("1 to 17");
  }

  @Test
  void indicator_unknown_exit2() {
    Run r = TestCli.run("catalogue", "indicator", "1.1.9");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown indicator '1.1.9'").doesNotContain("Ukjent");
    assertThat(TestCli.run("catalogue", "indicator", "1.1.9", "--lang", "nb").err()).contains("Ukjent indikator '1.1.9'");
  }

  @Test
  void badLanguage_exit2() {
    Run r = TestCli.run("catalogue", "goal", "1", "--lang", "sv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("CLI-0010").contains("'sv'").contains("expected nb (bokmål), nn (nynorsk) or en")
        .doesNotContain("forventet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "nb-NO", "NB", "nn_NO"})
  void languageTags(String tag) throws Exception {
    JsonNode n = TestCli.run("catalogue", "goal", "1", "--lang", tag, "--json").json();
    // goal titles have no nynorsk text: nynorsk readers get the official bokmål
    assertThat(n.at("/title/language").asText()).isEqualTo("nb");
    assertThat(n.at("/title/text").asText()).isEqualTo("Utrydde alle former for fattigdom i hele verden");
  }

  @Test
  void search_klima_bokmaal() throws Exception {
    Run r = TestCli.run("catalogue", "search", "Klima", "--lang", "nb", "--json");
    assertThat(r.code()).isZero();
    JsonNode n = r.json();
    assertThat(n.get("hits").get(0).get("code").asText()).isEqualTo("13");
    assertThat(n.get("hits")).hasSize(10);
    assertThat(n.get("hits")).extracting(h -> h.get("code").asText()).contains("13.2");
    assertThat(n.get("hits")).allSatisfy(h -> assertThat(h.get("text").asText().toLowerCase(java.util.Locale.ROOT))
        .contains("klima"));
  }

  @Test
  void search_multipleWordsAndLimit() {
    Run r = TestCli.run("catalogue", "search", "waste", "water", "--limit", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(3);
    assertThat(r.out()).contains("6.3");
  }

  @Test
  void search_noHits() {
    Run r = TestCli.run("catalogue", "search", "xyzzy", "--lang", "nn");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Ingen treff for \"xyzzy\"");
  }

  @Test
  void search_badLimit_exit2() {
    assertThat(TestCli.run("catalogue", "search", "klima", "--limit", "0").code()).isEqualTo(2);
  }

  @Test
  void stats_json() throws Exception {
    Run r = TestCli.run("catalogue", "stats", "--json");
    assertThat(r.code()).isZero();
    JsonNode n = r.json();
    assertThat(n.get("goals").asInt()).isEqualTo(17);
    assertThat(n.at("/targets/total").asInt()).isEqualTo(169);
    assertThat(n.at("/targets/numeric").asInt()).isEqualTo(126);
    assertThat(n.at("/targets/letter").asInt()).isEqualTo(43);
    assertThat(n.at("/targets/outcome").asInt()).isEqualTo(107);
    assertThat(n.at("/targets/meansOfImplementation").asInt()).isEqualTo(62);
    assertThat(n.get("indicatorListings").asInt()).isEqualTo(251);
    assertThat(n.get("uniqueIndicators").asInt()).isEqualTo(234);
    assertThat(n.get("repeatGroups").asInt()).isEqualTo(13);
    assertThat(n.at("/revision/edition").asText()).isEqualTo("UN-GIF-2025-review");
    assertThat(n.at("/revision/frameworkAdopted").asText()).isEqualTo("2025-03");
    assertThat(n.at("/texts/targetTitles/nb/OFFICIAL_NO").asInt()).isEqualTo(168);
    assertThat(n.at("/texts/targetTitles/nb/COMMUNITY").asInt()).isEqualTo(1);
    assertThat(n.at("/texts/targetTitles/nn/OFFICIAL_NO").asInt()).isEqualTo(24);
    assertThat(n.at("/texts/indicatorTitles/nb/COMMUNITY").asInt()).isEqualTo(249);
    assertThat(n.at("/texts/indicatorTitles/en/OFFICIAL_UN").asInt()).isEqualTo(251);
    assertThat(n.get("norwegianIndicatorTextsFromOlderWording").asInt()).isEqualTo(70);
  }

  @Test
  void stats_text() {
    Run r = TestCli.run("catalogue", "stats");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Goals: 17").contains("Targets: 169 (126 numeric + 43 letter")
        .contains("Indicator listings: 251, unique indicators: 234");
  }

  @Test
  void noSubcommand_exit2WithUsage() {
    Run r = TestCli.run("catalogue");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage:").contains("search");
  }

  @ParameterizedTest
  @ValueSource(strings = {"goal", "target", "indicator", "search", "stats"})
  void help_hasExamples(String sub) {
    Run r = TestCli.run("catalogue", sub, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:").contains("livskraft catalogue " + sub);
  }

  /** A lookup that cannot read: CLI-0014 with our own reason, never the JDK's text. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "EN, The command failed: the file does not exist",
      "NB, Kommandoen feilet: filen finnes ikke",
      "NN, Kommandoen feila: fila finst ikkje"})
  void aLookupThatCannotReadIsSaidInOurOwnWords(io.github.livskraft.sdg.Language language, String expected) {
    CliException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> CatalogueCommand.lookup(() -> {
      throw new java.nio.file.NoSuchFileException("/tmp/katalog.csv", null, "No such file or directory");
    }), CliException.class);
    assertThat(e.message(language)).startsWith("CLI-0014").contains(expected)
        .doesNotContain("No such file or directory");
  }
}
