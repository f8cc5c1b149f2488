package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.livskraft.report.Report;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.tagger.Evidence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web page in real headless Chromium against a real server: paste a case, see goals with highlighted
 * evidence, confirm a goal with the keyboard (recorded by the server with the officer's name), download casework's
 * section and the arkivmelding with the confirmed goal, reopen, switch language (the evidence marker's text in nb, en
 * and nn, its label and title the report's wording as {@code GET /tag/evidence-levels} serves it). Skipped without
 * Chromium unless LIVSKRAFT_REQUIRE_BROWSER=true.
 */
class WebPageBrowserTest {
  static LivskraftServer server;
  static DevTools browser;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> exe = DevTools.executable();
    if (exe.isEmpty()) {
      if ("true".equals(System.getenv("LIVSKRAFT_REQUIRE_BROWSER"))) {
        fail("LIVSKRAFT_REQUIRE_BROWSER=true but no chromium on the PATH (apt-get install -y chromium)");
      }
      Assumptions.abort("no chromium on the PATH; LIVSKRAFT_REQUIRE_BROWSER=true makes this a failure");
    }
    server = LivskraftServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0)
        .withPlansDirectory(ServerApiTest.PLANS));
    browser = DevTools.launch(exe.get());
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
      assertThat(browser.alive()).isFalse();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void pasteConfirmDownload() throws Exception {
    browser.open(server.baseUri().resolve("/?lang=nb"));
    JsonNode labels = browser.eval("[...document.querySelectorAll('textarea,input,select')].every(e => "
        + "e.labels && e.labels.length > 0 && e.labels[0].textContent.trim().length > 0)");
    assertThat(labels.asBoolean()).as("every form control has a visible label").isTrue();
    assertThat(browser.eval("document.documentElement.lang").asText()).isEqualTo("nb");

    browser.eval("document.getElementById('case-text').value = " + Http.JSON.valueToTree(ServerApiTest.CASE)
        + "; document.getElementById('case-run').click(); true");
    browser.waitUntil("document.querySelectorAll('#goals li').length > 0");
    JsonNode goals = browser.eval("[...document.querySelectorAll('#goals li')].map(li => li.id)");
    assertThat(goals.toString()).contains("goal-13");
    // every suggested goal shows the tagger's evidence level: a compact marker, the level's text as its title
    JsonNode markers = browser.eval("[...document.querySelectorAll('#goals li')].map(li => { "
        + "const c = li.querySelector('.confidence .conf'); return c ? { id: li.id, evidence: c.dataset.evidence, "
        + "title: c.title, text: c.textContent, label: c.parentElement.firstChild.textContent, "
        + "hidden: c.firstElementChild.getAttribute('aria-hidden') } : { id: li.id }; })");
    assertThat(markers).isNotEmpty();
    for (JsonNode m : markers) {
      assertThat(m.has("evidence")).as(m.toString()).isTrue();
      Evidence level = Evidence.valueOf(m.get("evidence").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
      String number = String.format(Locale.ROOT, "%.2f", level.confidence()).replace('.', ',');
      String dots = level.confidence() >= 0.8 ? "●●●" : level.confidence() >= 0.6 ? "●●○" : "●○○";
      assertThat(m.get("text").asText()).as(m.toString()).isEqualTo(dots + " " + number);
      assertThat(m.get("title").asText()).as(m.toString()).isEqualTo("Sikkerhet " + number + ": "
          + level.describe(Locale.forLanguageTag("nb"))
          + " (andelen slike forslag som var riktige i norske tekster reglene ikke hadde sett)")
          .isEqualTo(served(Language.NB, level));
      assertThat(m.get("label").asText()).isEqualTo("Sikkerhet: ").isEqualTo(servedLabel(Language.NB) + ": ");
      assertThat(m.get("hidden").asText()).isEqualTo("true");
    }
    assertThat(markers.toString()).contains("\"id\":\"goal-13\"");
    JsonNode marks = browser.eval("[...document.querySelectorAll('#highlighted mark')].map(m => m.textContent)");
    assertThat(marks.toString()).contains("klimagassutslippene");
    // the section is casework's: every goal a suggestion until the officer decides
    browser.waitUntil("document.getElementById('section').textContent.includes('Bærekraftsvurdering')");
    assertThat(browser.eval("document.getElementById('section').textContent").asText())
        .contains("Mål 13").contains("Forslag som ikke er vurdert").contains("Ingen av FNs bærekraftsmål er bekreftet");

    String markerOf13 = browser.eval("document.querySelector('#goal-13 .conf').dataset.evidence").asText();

    // a decision needs the officer's name
    browser.eval("document.querySelector('#goal-13 button.confirm').click(); true");
    browser.waitUntil("document.getElementById('case-status').textContent.includes('navnet ditt')");
    assertThat(browser.eval("document.querySelector('#goal-13 button.confirm').getAttribute('aria-pressed')").asText())
        .isEqualTo("false");
    browser.eval("document.getElementById('officer').value = 'Kari Nordmann'; true");

    // keyboard: focus the confirm button of goal 13 and press Enter; the server records who and when
    browser.eval("document.querySelector('#goal-13 button.confirm').focus(); true");
    browser.press("Enter", "Enter", 13);
    browser.waitUntil("document.querySelector('#goal-13 button.confirm').getAttribute('aria-pressed') === 'true'");
    assertThat(browser.eval("document.querySelector('#goal-13 .state').textContent").asText())
        .isEqualTo("Bekreftet (Kari Nordmann)");
    browser.waitUntil("document.getElementById('section').textContent.includes('Kari Nordmann')");
    String section = browser.eval("document.getElementById('section').textContent").asText();
    assertThat(section).contains("Saken berører følgende av FNs bærekraftsmål").contains("Mål 13")
        .contains("bekreftet av Kari Nordmann");
    // as in the written section, only suggested lines show the evidence marker: the confirmed line has none
    assertMarkersOnOpenLinesOnly("goal-13");

    browser.eval("document.getElementById('download-section').click(); true");
    Path file = browser.download("baerekraftsvurdering.txt");
    String downloaded = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(downloaded).isEqualTo(section);

    // the arkivmelding carries the confirmed goal with the officer's decision
    assertThat(browser.eval("document.getElementById('download-arkiv').disabled").asBoolean()).isFalse();
    browser.eval("document.getElementById('download-arkiv').click(); true");
    String xml = Files.readString(browser.download("arkivmelding.xml"), StandardCharsets.UTF_8);
    io.github.livskraft.casework.io.Arkivmelding.validate("arkivmelding.xml", xml);
    assertThat(xml).contains("nummer=\"13\"").contains("belegg=\"" + markerOf13 + "\"");
    io.github.livskraft.casework.Assessment back = io.github.livskraft.casework.io.Arkivmelding.read("arkivmelding.xml",
        xml);
    assertThat(back.confirmedLines()).extracting(l -> l.goal().number()).containsExactly(13);
    assertThat(back.confirmedLines().get(0).decision().orElseThrow().by()).isEqualTo("Kari Nordmann");
    assertThat(back.confirmedLines().get(0).findEvidenceLevelId()).contains(markerOf13);

    // pressing confirm again reopens the line
    browser.eval("document.querySelector('#goal-13 button.confirm').click(); true");
    browser.waitUntil("document.querySelector('#goal-13 button.confirm').getAttribute('aria-pressed') === 'false'");
    browser.waitUntil("!document.getElementById('section').textContent.includes('Kari Nordmann')");
    Evidence level13 = Evidence.valueOf(markerOf13.toUpperCase(Locale.ROOT).replace('-', '_'));
    browser.waitUntil("document.querySelector('#goal-13 .conf') !== null");
    assertThat(browser.eval("document.querySelector('#goal-13 .conf').dataset.evidence").asText())
        .as("a reopened line is a suggestion again, with its marker").isEqualTo(markerOf13);

    // a rejected line loses its marker too
    String other = browser.eval("[...document.querySelectorAll('#goals li')].map(li => li.id)"
        + ".find(id => id !== 'goal-13') || ''").asText();
    assertThat(other).as("the case suggests more than goal 13").startsWith("goal-");
    browser.eval("document.querySelector('#" + other + " button.reject').click(); true");
    browser.waitUntil("document.querySelector('#" + other + " button.reject').getAttribute('aria-pressed') === 'true'");
    assertMarkersOnOpenLinesOnly(other);

    // in English the marker's title has the level's English description, which the page gets from the server
    browser.eval("document.getElementById('ui-lang').value = 'en'; "
        + "document.getElementById('ui-lang').dispatchEvent(new Event('change')); true");
    browser.waitUntil("document.documentElement.lang === 'en' && document.querySelector('#goal-13 .confidence') "
        + "&& document.querySelector('#goal-13 .confidence').firstChild.textContent === 'Confidence: '");
    assertThat(browser.eval("document.querySelector('#goal-13 .conf').title").asText())
        .isEqualTo("Confidence " + String.format(Locale.ROOT, "%.2f", level13.confidence()) + ": "
            + level13.describe(Locale.ENGLISH)
            + " (the share of such suggestions that were right on Norwegian text the rules had not seen)")
        .isEqualTo(served(Language.EN, level13))
        .isEqualTo(Report.SuggestionView.evidenceTextOf(level13).text(Language.EN));

    // language switch re-renders labels and results in nynorsk
    browser.eval("const s = document.getElementById('ui-lang'); s.value = 'nn'; "
        + "s.dispatchEvent(new Event('change')); true");
    browser.waitUntil("document.getElementById('case-h').textContent === 'Vurder ei sak'");
    browser.waitUntil("document.getElementById('section').textContent.includes('Berekraftsvurdering')");
    assertThat(browser.eval("document.getElementById('section').textContent").asText()).contains("Framlegg");
    assertThat(browser.eval("document.documentElement.lang").asText()).isEqualTo("nn");
    assertThat(browser.eval("document.querySelector('#goal-13 .conf').title").asText())
        .startsWith("Tryggleik " + String.format(Locale.ROOT, "%.2f", level13.confidence()).replace('.', ',') + ": "
            + level13.describe(Locale.forLanguageTag("nn")) + " (delen av slike framlegg")
        .isEqualTo(served(Language.NN, level13))
        .isEqualTo(Report.SuggestionView.evidenceTextOf(level13).text(Language.NN));
    assertThat(browser.eval("document.querySelector('#goal-13 .confidence').firstChild.textContent").asText())
        .isEqualTo("Tryggleik: ").isEqualTo(servedLabel(Language.NN) + ": ");
    // the report link follows: the report itself is in nynorsk
    assertThat(browser.eval("document.getElementById('report-link').getAttribute('href')").asText())
        .isEqualTo("/report?lang=nn");
    browser.eval("document.getElementById('report-link').click(); true");
    browser.waitUntil("location.pathname === '/report' && document.readyState === 'complete'");
    assertThat(browser.eval("document.documentElement.lang").asText()).isEqualTo("nn");
    assertThat(browser.eval("document.title").asText()).contains("Berekraftsrapport");
    assertThat(browser.errors()).isEmpty();
  }

  /** The level's sentence as {@code GET /tag/evidence-levels} serves it (app.js has no wording of its own). */
  private static String served(Language lang, Evidence level) {
    for (JsonNode l : levels(lang).get("levels")) {
      if (l.get("id").asText().equals(level.id())) {
        return l.get("text").asText();
      }
    }
    throw new AssertionError("no level " + level.id());
  }

  private static String servedLabel(Language lang) {
    return levels(lang).get("confidenceLabel").asText();
  }

  private static JsonNode levels(Language lang) {
    return new Http(server.baseUri()).get("/tag/evidence-levels?lang=" + lang.tag()).json();
  }

  /** Every open line has the evidence marker and no decided line has one; {@code decided} is among the latter. */
  private static void assertMarkersOnOpenLinesOnly(String decided) throws Exception {
    JsonNode lines = browser.eval("[...document.querySelectorAll('#goals li')].map(li => ({ id: li.id, "
        + "open: [...li.querySelectorAll('button')].every(b => b.getAttribute('aria-pressed') === 'false'), "
        + "marker: li.querySelector('.confidence .conf') !== null }))");
    assertThat(lines.toString()).contains("{\"id\":\"" + decided + "\",\"open\":false,\"marker\":false}");
    for (JsonNode l : lines) {
      assertThat(l.get("marker").asBoolean()).as(l.toString()).isEqualTo(l.get("open").asBoolean());
    }
  }

  @Test
  void uploadedPlanFilesGiveFindingsAndCoverage() throws Exception {
    browser.open(server.baseUri().resolve("/?lang=en"));
    String content = Files.readString(ServerApiTest.PLANS.resolve("kongsberg-kommuneplan.yaml"));
    browser.eval("const dt = new DataTransfer(); dt.items.add(new File([" + Http.JSON.valueToTree(content)
        + "], 'kongsberg-kommuneplan.yaml', {type: 'application/yaml'})); "
        + "document.getElementById('plan-files').files = dt.files; "
        + "document.getElementById('plan-run').click(); true");
    browser.waitUntil("!document.getElementById('plan-result').hidden");
    assertThat(browser.eval("document.getElementById('coverage').textContent").asText()).isNotBlank();
    assertThat(browser.eval("document.getElementById('plan-status').textContent").asText())
        .matches("No errors\\.|\\d+ error\\(s\\)\\.");
    assertThat(browser.eval("document.getElementById('report-link').getAttribute('href')").asText())
        .isEqualTo("/report?lang=en");
    assertThat(browser.errors()).isEmpty();
  }
}
