package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the default report in a real headless Chromium and checks the RENDERED page: 17 goal tiles in the
 * official colours, every chart with drawn data or an explicit "no data" note, no console errors. Keeps full-page
 * screenshots in the build directory ({@code report-screenshot.png}, {@code report-screenshot-en.png}).
 *
 * <p>Skipped when no Chromium is installed, unless {@code LIVSKRAFT_REQUIRE_BROWSER=true} (as in CI), which turns
 * a missing browser into a failure.
 */
class ReportBrowserTest {
  /** The official goal colours, 1–17. */
  static final List<String> OFFICIAL = List.of("#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2",
      "#FCC30B", "#A21942", "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D",
      "#19486A");

  private static final String PROBE = """
      JSON.stringify((() => {
        const tiles = [...document.querySelectorAll('.goal-tile')];
        const charts = [...document.querySelectorAll('figure.chart')].map(f => {
          const r = f.getBoundingClientRect();
          const paths = [...f.querySelectorAll('svg path.series')];
          return {id: f.dataset.indicator, lines: paths.length,
            drawn: paths.filter(p => p.getTotalLength() > 0 || p.getAttribute('d').split('L').length == 1).length,
            noData: f.querySelector('.no-data') ? f.querySelector('.no-data').innerText : null,
            width: r.width, height: r.height};
        });
        return {title: document.title,
          tiles: tiles.map(t => ({goal: t.dataset.goal, bg: getComputedStyle(t).backgroundColor,
            visible: t.getBoundingClientRect().width > 50 && t.getBoundingClientRect().height > 50})),
          charts,
          sections: [...document.querySelectorAll('main > section')].map(s => s.id),
          external: [...document.querySelectorAll('[src],link[href],script')].length,
          bodyText: document.body.innerText.length};
      })())""";

  private static HeadlessChromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> exe = HeadlessChromium.find();
    boolean required = "true".equals(System.getenv("LIVSKRAFT_REQUIRE_BROWSER"));
    if (exe.isEmpty()) {
      if (required) {
        fail("LIVSKRAFT_REQUIRE_BROWSER=true but no chromium on the PATH (install Debian's 'chromium')");
      }
      Assumptions.abort("no chromium on the PATH; set LIVSKRAFT_REQUIRE_BROWSER=true to make this a failure");
    }
    browser = HeadlessChromium.start(exe.get());
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
      assertThat(browser.stopped()).as("chromium process %d stopped", browser.pid()).isTrue();
    }
  }

  static Path buildDir() throws Exception {
    // target/test-classes → target (or target-NAME with -Dlk.target)
    return Path.of(ReportBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
  }

  @Test
  void defaultReportRendersWithoutErrorsInBokmal(@TempDir Path out) throws Exception {
    ReportRun.Result r = ReportRun.run(List.of(), List.of(), out, false, "livskraft test");
    HeadlessChromium.Page page = browser.load(r.html(), 1280, PROBE);
    browser.screenshot(buildDir().resolve("report-screenshot.png"));
    Files.copy(r.html(), buildDir().resolve("report-sample.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    checkRendered(page, "Bærekraftsrapport");
  }

  @Test
  void englishReportRendersWithoutErrors(@TempDir Path out) throws Exception {
    ReportRun.Result r = ReportRun.run(List.of(), List.of(), out, true, "livskraft test");
    HeadlessChromium.Page page = browser.load(r.html(), 1024, PROBE);
    browser.screenshot(buildDir().resolve("report-screenshot-en.png"));
    checkRendered(page, "SDG report");
  }

  private static void checkRendered(HeadlessChromium.Page page, String titleStart) throws Exception {
    assertThat(page.errors()).as("console errors, exceptions and log errors").isEmpty();
    JsonNode p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.probe().asText());
    assertThat(p.path("title").asText()).startsWith(titleStart);
    JsonNode tiles = p.path("tiles");
    assertThat(tiles).hasSize(17);
    List<String> colours = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      assertThat(tiles.get(i).path("goal").asText()).isEqualTo(Integer.toString(i + 1));
      assertThat(tiles.get(i).path("visible").asBoolean()).as("tile %d visible", i + 1).isTrue();
      colours.add(tiles.get(i).path("bg").asText());
    }
    List<String> expected = OFFICIAL.stream().map(ReportBrowserTest::rgb).toList();
    assertThat(colours).containsExactlyElementsOf(expected);
    JsonNode charts = p.path("charts");
    assertThat(charts.size()).isGreaterThanOrEqualTo(8);
    int withData = 0;
    for (JsonNode c : charts) {
      boolean hasLines = c.path("lines").asInt() > 0 && c.path("drawn").asInt() == c.path("lines").asInt();
      boolean noData = !c.path("noData").isNull() && !c.path("noData").asText().isBlank();
      assertThat(hasLines || noData).as("chart %s has data or a no-data note: %s", c.path("id"), c).isTrue();
      assertThat(c.path("height").asDouble()).as("chart %s height", c.path("id")).isGreaterThan(30);
      if (hasLines) {
        withData++;
        assertThat(c.path("height").asDouble()).as("chart %s drawn at a readable size", c.path("id"))
            .isGreaterThan(150);
      }
    }
    assertThat(withData).as("charts with real data").isGreaterThanOrEqualTo(6);
    assertThat(p.path("external").asInt()).as("elements that could fetch something").isZero();
    assertThat(p.path("bodyText").asInt()).as("rendered text length").isGreaterThan(3000);
    assertThat(p.path("sections").toString()).contains("coverage", "plans", "findings", "matrix", "suggestions",
        "indicators", "sources");
  }

  @Test
  void theHarnessReallyCatchesConsoleErrorsAndBlockedFetches(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\""
        + " content=\"default-src 'none'; script-src 'unsafe-inline'\"></head><body>"
        + "<img src=\"https://example.invalid/x.png\">"
        + "<script>console.error('boom'); setTimeout(() => { throw new Error('late failure'); }, 0);</script>"
        + "</body></html>");
    HeadlessChromium.Page page = browser.load(bad, 800, "1");
    assertThat(String.join("\n", page.errors())).contains("boom").contains("late failure")
        .contains("Content Security Policy");
  }

  static String rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return "rgb(" + (v >> 16 & 0xff) + ", " + (v >> 8 & 0xff) + ", " + (v & 0xff) + ")";
  }
}
