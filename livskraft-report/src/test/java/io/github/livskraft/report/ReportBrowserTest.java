package io.github.livskraft.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.livskraft.sdg.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the default report in a real headless Chromium and checks the RENDERED page: 17 goal tiles in the
 * official colours, every chart with drawn data or an explicit "no data" note, no console errors. Keeps full-page
 * screenshots in the build directory ({@code report-screenshot.png}, {@code report-screenshot-en.png}).
 *
 * <p>Each test is reported as skipped (a JUnit assumption) when no Chromium is installed, unless
 * {@code LIVSKRAFT_REQUIRE_BROWSER=true} (as in CI), which turns a missing browser into a failure.
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
            unlinked: t.classList.contains('unlinked'),
            visible: t.getBoundingClientRect().width > 50 && t.getBoundingClientRect().height > 50})),
          lang: document.documentElement.lang,
          titleOverflow: [...document.querySelectorAll('.goal-tile .gt')]
            .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText),
          contrast: (() => {
            const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
            const lum = c => { const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
            const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3]));
            const background = el => {
              const layers = [];
              for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
                const c = rgba(getComputedStyle(e).backgroundColor);
                if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
              }
              let bg = [255, 255, 255];
              for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
              return bg;
            };
            const pairs = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!n.textContent.trim() || seen.has(el) || el.closest('title,style')) continue;
              seen.add(el);
              const cs = getComputedStyle(el);
              if (cs.visibility === 'hidden' || cs.display === 'none') continue;
              const svgText = el instanceof SVGElement;
              const fg = rgba(svgText ? cs.fill : cs.color);
              const bg = background(el);
              const fgc = over(fg, bg);
              const l1 = lum(fgc), l2 = lum(bg);
              const size = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight) >= 700;
              pairs.push({text: n.textContent.trim().slice(0, 40), ratio: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05),
                large: size >= 24 || bold && size >= 18.66, tile: !!el.closest('.goal-tile')});
            }
            return pairs;
          })(),
          charts,
          sections: [...document.querySelectorAll('main > section')].map(s => s.id),
          external: [...document.querySelectorAll('[src],link[href],script')].length,
          followupRows: [...document.querySelectorAll('#followup tr.followup-row')].map(r => r.dataset.status),
          followupSummaries: document.querySelectorAll('#followup tr.summary-row').length,
          followupNoData: document.querySelector('#followup .no-data') ? 1 : 0,
          followupHeading: (document.querySelector('#followup h2') || {innerText: ''}).innerText,
          arshjulNoData: document.querySelector('#arshjul .no-data') ? 1 : 0,
          wheel: (() => { const w = document.querySelector('#arshjul svg.arshjul');
            if (!w) return null;
            const box = w.getBoundingClientRect();
            const cx = box.left + box.width / 2, cy = box.top + box.height / 2, radius = box.width * 190 / 420;
            const events = [...w.querySelectorAll('circle.event')];
            const monthRows = {}, monthDots = {};
            document.querySelectorAll('#arshjul tr.arshjul-row').forEach(r => {
              const m = parseInt(r.cells[0].innerText.slice(5, 7), 10); monthRows[m] = (monthRows[m] || 0) + 1; });
            events.forEach(c => { const m = c.dataset.month; monthDots[m] = (monthDots[m] || 0) + 1; });
            return {width: box.width, height: box.height,
              months: w.querySelectorAll('path.month').length,
              monthsDrawn: [...w.querySelectorAll('path.month')].filter(s => s.getBoundingClientRect().width > 10).length,
              labels: [...w.querySelectorAll('text.month-label')].map(t => t.textContent),
              labelsVisible: [...w.querySelectorAll('text.month-label')].filter(t => t.getBoundingClientRect().width > 0).length,
              events: events.length, monthRows, monthDots,
              inside: events.filter(c => { const r = c.getBoundingClientRect();
                const dx = r.left + r.width / 2 - cx, dy = r.top + r.height / 2 - cy;
                return r.width > 0 && Math.sqrt(dx * dx + dy * dy) + r.width / 2 <= radius + 0.5; }).length,
              rows: document.querySelectorAll('#arshjul tr.arshjul-row').length}; })(),
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
      return; // every test then reports itself skipped (see requireBrowser), not "0 tests"
    }
    browser = HeadlessChromium.start(exe.get());
  }

  /** Without a browser each test is skipped by an assumption, so the report shows it as skipped, not absent. */
  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(browser != null,
        "no chromium on the PATH (or LIVSKRAFT_CHROMIUM); set LIVSKRAFT_REQUIRE_BROWSER=true to make this a failure");
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

  private static Report report;

  private static Path render(Path out, Language language) {
    if (report == null) {
      report = ReportBuilder.builder().generator("livskraft test").build()
          .build(ExamplePlans.bundled(), ReportRegion.kongsbergregionen());
    }
    return ReportFiles.write(report, out, language).html();
  }

  /**
   * The report in each language and window width (1280, 1100 and 1024 px desktop, 390 px phone, where the charts
   * scale down to about 140 px high), with a full-page screenshot of each kept in the build directory.
   */
  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"NB, 1280, Bærekraftsrapport, report-screenshot.png, 150",
      "NN, 1100, Berekraftsrapport, report-screenshot-nn.png, 150",
      "EN, 1024, SDG report, report-screenshot-en.png, 150",
      "NB, 390, Bærekraftsrapport, report-screenshot-narrow.png, 120"})
  void reportRendersWithoutErrorsWithWholeWordsAndContrast(Language language, int width, String title,
      String screenshot, double minChartHeight, @TempDir Path out) throws Exception {
    Path html = render(out, language);
    HeadlessChromium.Page page = browser.load(html, width, PROBE);
    browser.screenshot(buildDir().resolve(screenshot));
    if (width == 1280) {
      Files.copy(html, buildDir().resolve("report-sample.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    checkRendered(page, title, language.tag(), minChartHeight);
  }

  private static void checkRendered(HeadlessChromium.Page page, String titleStart, String lang,
      double minChartHeight) throws Exception {
    assertThat(page.errors()).as("console errors, exceptions and log errors").isEmpty();
    JsonNode p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.probe().asText());
    assertThat(p.path("title").asText()).startsWith(titleStart);
    JsonNode tiles = p.path("tiles");
    assertThat(tiles).hasSize(17);
    List<String> colours = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      assertThat(tiles.get(i).path("goal").asText()).isEqualTo(Integer.toString(i + 1));
      assertThat(tiles.get(i).path("visible").asBoolean()).as("tile %d visible", i + 1).isTrue();
      colours.add(tiles.get(i).path("bg").asText());
      // a goal without links is shown in its official colour faded with white
      expected.add(rgb(tiles.get(i).path("unlinked").asBoolean() ? Contrast.mixWithWhite(OFFICIAL.get(i), 0.4)
          : OFFICIAL.get(i)));
    }
    assertThat(colours).containsExactlyElementsOf(expected);
    assertThat(p.path("lang").asText()).as("html lang (hyphenation, screen readers)").isEqualTo(lang);
    assertThat(p.path("titleOverflow")).as("goal titles wider than their tile (a word cut or overflowing)")
        .isEmpty();
    // WCAG AA: every text/background pair as rendered, 4.5:1 for normal text, 3:1 for large text
    JsonNode pairs = p.path("contrast");
    assertThat(pairs.size()).as("text/background pairs measured").isGreaterThan(300);
    int tileTexts = 0;
    for (JsonNode c : pairs) {
      double min = c.path("large").asBoolean() ? 3.0 : 4.5;
      assertThat(c.path("ratio").asDouble()).as("contrast of '%s'", c.path("text").asText())
          .isGreaterThanOrEqualTo(min);
      tileTexts += c.path("tile").asBoolean() ? 1 : 0;
    }
    assertThat(tileTexts).as("texts on goal tiles measured").isGreaterThanOrEqualTo(17 * 3);
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
            .isGreaterThan(minChartHeight);
      }
    }
    assertThat(withData).as("charts with real data").isGreaterThanOrEqualTo(6);
    assertThat(p.path("external").asInt()).as("elements that could fetch something").isZero();
    assertThat(p.path("bodyText").asInt()).as("rendered text length").isGreaterThan(3000);
    assertThat(p.path("sections").toString()).contains("coverage", "plans", "followup", "arshjul", "findings",
        "matrix", "suggestions", "indicators", "sources");
  }

  /** The three month abbreviations the wheel must show first, in each language (JDK CLDR names, dots dropped). */
  private static List<String> firstMonths(Language language) {
    return switch (language) {
      case EN -> List.of("Jan", "Feb", "Mar");
      case NB, NN -> List.of("jan", "feb", "mar");
    };
  }

  /**
   * The illustrative follow-up file (invented data, labelled ILLUSTRASJON): «Oppfølging» shows its five rows and
   * summaries, «Årshjul» its twelve month sectors and labels and one dot per listed event, every dot inside the
   * wheel and in its event's month; report.json carries the same and validates against the published schema.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"NB, Bærekraftsrapport, Oppfølging 2025", "NN, Berekraftsrapport, Oppfølging 2025",
      "EN, SDG report, Follow-up 2025"})
  void followUpAndArshjulOfTheIllustrativeFileRender(Language language, String title, String heading,
      @TempDir Path out) throws Exception {
    Report r = Reports.illustrative();
    ReportFiles.Written w = ReportFiles.write(r, out, language);
    HeadlessChromium.Page page = browser.load(w.html(), 1280, PROBE);
    if (language == Language.NB) {
      browser.screenshot(buildDir().resolve("report-screenshot-followup.png"));
    }
    checkRendered(page, title, language.tag(), 150);
    JsonNode p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.probe().asText());
    assertThat(p.path("followupHeading").asText()).isEqualTo(heading);
    // two goals and three tiltak of the illustrative (invented) file, with their 2025 status
    assertThat(p.path("followupRows")).hasSize(5);
    assertThat(p.path("followupRows").toString()).contains("MINOR_DEVIATION", "ON_TRACK", "POSTPONED");
    assertThat(p.path("followupSummaries").asInt()).as("2 focus areas + SDG 4 and 13").isEqualTo(2 + 2);
    assertThat(p.path("followupNoData").asInt()).isZero();
    assertThat(p.path("arshjulNoData").asInt()).isZero();
    JsonNode wheel = p.path("wheel");
    assertThat(wheel.isObject()).as("the årshjul is drawn").isTrue();
    assertThat(wheel.path("months").asInt()).as("month sectors").isEqualTo(12);
    assertThat(wheel.path("monthsDrawn").asInt()).as("month sectors drawn").isEqualTo(12);
    assertThat(wheel.path("labels")).hasSize(12);
    assertThat(wheel.path("labelsVisible").asInt()).isEqualTo(12);
    List<String> labels = new ArrayList<>();
    wheel.path("labels").forEach(l -> labels.add(l.asText()));
    assertThat(labels).startsWith(firstMonths(language).toArray(String[]::new)).doesNotHaveDuplicates();
    assertThat(wheel.path("width").asDouble()).isGreaterThan(200);
    // 2025: ten council meetings, two deadlines, three reporting events; the 2025 årsrapport has no milestones
    assertThat(wheel.path("rows").asInt()).isEqualTo(15);
    assertThat(wheel.path("events").asInt()).as("one dot per listed event").isEqualTo(wheel.path("rows").asInt());
    assertThat(wheel.path("monthDots")).as("dots per month = table rows per month").isEqualTo(wheel.path("monthRows"));
    assertThat(wheel.path("inside").asInt()).as("every dot drawn inside the wheel")
        .isEqualTo(wheel.path("events").asInt());
    JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.json().toFile());
    assertThat(json.at("/followUp/year").asInt()).isEqualTo(2025);
    assertThat(json.at("/followUp/rows")).hasSize(5);
    assertThat(json.at("/arshjul/year").asInt()).isEqualTo(2025);
    assertThat(json.at("/arshjul/events")).hasSize(15);
  }

  @Test
  void defaultReportSaysItHasNoFollowUp(@TempDir Path out) throws Exception {
    HeadlessChromium.Page page = browser.load(render(out, Language.NB), 1024, PROBE);
    JsonNode p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.probe().asText());
    assertThat(p.path("followupNoData").asInt()).isEqualTo(1);
    assertThat(p.path("followupRows")).isEmpty();
    assertThat(p.path("followupHeading").asText()).isEqualTo("Oppfølging");
    assertThat(report.followUp()).isEmpty();
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
