package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.report.Report;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.tagger.Evidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every route on a real server on 127.0.0.1, each request and response checked against openapi.yaml. */
class ServerApiTest {
  static final Path PLANS = Path.of("../examples/plans");
  static final String CASE = "Saksframlegg: Kommunen skal halvere klimagassutslippene innen 2030. Tiltaket gir "
      + "flere ladepunkter for elbil, bedre kollektivtransport og trygge gang- og sykkelveier til skolen.";

  static LivskraftServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = LivskraftServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0).withPlansDirectory(PLANS));
    http = new Http(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** How many example plans there are (main added a third one; the count is not hard-coded). */
  static int planCount() throws IOException {
    try (var s = Files.list(PLANS)) {
      return (int) s.count();
    }
  }

  static String planFiles() throws IOException {
    ObjectNode o = Http.JSON.createObjectNode();
    ArrayNode files = o.putArray("files");
    try (var s = Files.list(PLANS)) {
      for (Path p : s.sorted().toList()) {
        files.addObject().put("name", p.getFileName().toString()).put("content", Files.readString(p));
      }
    }
    o.putArray("priority").add("2").add("3").add("4").add("9").add("11").add("13");
    return o.toString();
  }

  @Test
  void catalogueGoalsInEachLanguage() {
    JsonNode nb = http.get("/catalogue/goals?lang=nb").json();
    assertThat(nb.get("goals")).hasSize(17);
    assertThat(nb.get("lang").asText()).isEqualTo("nb");
    JsonNode en = http.get("/catalogue/goals", "Accept-Language", "en-GB,en;q=0.8").json();
    assertThat(en.get("goals").get(12).get("title").asText()).containsIgnoringCase("climate");
    JsonNode nn = http.get("/catalogue/goals/13", "Accept-Language", "nn-NO, nb;q=0.5").json();
    assertThat(nn.get("lang").asText()).isEqualTo("nn");
    assertThat(nn.get("targets").size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void targetIndicatorAndSearch() {
    JsonNode t = http.get("/catalogue/targets/11.6?lang=en").json();
    assertThat(t.get("goal").asText()).isEqualTo("11");
    assertThat(t.get("indicators")).isNotEmpty();
    String ind = t.get("indicators").get(0).get("code").asText();
    JsonNode i = http.get("/catalogue/indicators/" + ind + "?lang=nb").json();
    assertThat(i.get("code").asText()).isEqualTo(ind);
    assertThat(i.get("targets").toString()).contains("11.6");
    JsonNode s = http.get("/catalogue/search?q=klima&lang=nb").json();
    assertThat(s.get("hits")).isNotEmpty();
    assertThat(s.get("hits").toString()).contains("\"13");
  }

  @Test
  void unknownCodeIsAProblemWithTheLibraryCodeInTheClientsLanguage() {
    Http.Res en = http.get("/catalogue/targets/11.9", "Accept-Language", "en");
    assertThat(en.status()).isEqualTo(404);
    assertThat(en.contentType()).startsWith("application/problem+json");
    assertThat(en.json().get("code").asText()).startsWith("SDG-");
    Http.Res nb = http.get("/catalogue/targets/11.9", "Accept-Language", "nb");
    assertThat(nb.json().get("detail").asText()).isNotEqualTo(en.json().get("detail").asText());
    assertThat(nb.json().get("title").asText()).isEqualTo("Finnes ikke");
    Http.Res nn = http.get("/catalogue/targets/11.9", "Accept-Language", "nn");
    assertThat(nn.json().get("title").asText()).isEqualTo("Finst ikkje");
    Http.Res bad = http.get("/catalogue/goals/18");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("code").asText()).startsWith("SDG-");
  }

  @Test
  void tagTextPlainJsonAndBatch() {
    JsonNode plain = http.post("/tag?textLang=nb", "text/plain; charset=utf-8", CASE).json();
    assertThat(plain.get("textLang").asText()).isEqualTo("nb");
    assertThat(plain.get("goals").toString()).contains("\"goal\":\"13\"");
    JsonNode g13 = null;
    for (JsonNode g : plain.get("goals")) {
      if (g.get("goal").asText().equals("13")) {
        g13 = g;
      }
    }
    assertThat(g13).isNotNull();
    // every goal says how much evidence it rests on and how often such suggestions were right on unseen text
    for (JsonNode g : plain.get("goals")) {
      assertThat(g.get("evidence").asText()).matches("explicit|(several|single)-(sole|top|below)|model");
      assertThat(g.get("confidence").asDouble()).isBetween(0.3, 1.0);
      assertThat(g.get("primary").isBoolean()).isTrue();
    }
    assertThat(plain.get("goals").get(0).get("primary").asBoolean()).isTrue();
    JsonNode span = g13.get("matches").get(0).get("spans").get(0);
    assertThat(CASE.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
    JsonNode json = http.post("/tag", "application/json", "{\"text\":" + Http.JSON.valueToTree(CASE) + "}").json();
    assertThat(json.get("goals")).isEqualTo(plain.get("goals"));
    JsonNode batch = http.post("/tag?lang=en", "application/json", "{\"documents\":[{\"id\":\"a\",\"text\":"
        + Http.JSON.valueToTree(CASE) + "},{\"id\":\"b\",\"text\":\"Nothing here.\",\"textLang\":\"en\"}]}").json();
    assertThat(batch.get("results")).hasSize(2);
    assertThat(batch.get("results").get(0).get("goals").size()).isEqualTo(plain.get("goals").size());
    assertThat(batch.get("results").get(1).get("goals")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"nb, several-sole, 0.89, 'flere belegg, eneste mål', Sikkerhet, '0,89', andelen",
      "nn, single-below, 0.41, 'eitt belegg, under beste mål', Tryggleik, '0,41', delen",
      "en, explicit, 0.99, named explicitly, Confidence, 0.99, the share"})
  void evidenceLevelsWithConfidenceDescriptionAndTheReportsWording(String lang, String id, double confidence,
      String description, String label, String number, String note) {
    JsonNode r = http.get("/tag/evidence-levels?lang=" + lang).json();
    assertThat(r.get("lang").asText()).isEqualTo(lang);
    assertThat(r.get("confidenceLabel").asText()).isEqualTo(label);
    List<String> ids = new ArrayList<>();
    r.get("levels").forEach(l -> ids.add(l.get("id").asText()));
    assertThat(ids).as("every level, in the tagger's order").isEqualTo(io.github.livskraft.tagger.Evidence.ids());
    JsonNode level = r.get("levels").get(ids.indexOf(id));
    assertThat(level.get("confidence").asDouble()).isEqualTo(confidence);
    assertThat(level.get("description").asText()).isEqualTo(description);
    assertThat(level.get("text").asText()).startsWith(label + " " + number + ": " + description + " (" + note + " ")
        .endsWith(")");
    // every level's text is the report's, from the report's message bundles
    Language language = Language.valueOf(lang.toUpperCase(Locale.ROOT));
    for (JsonNode l : r.get("levels")) {
      Evidence e = Evidence.valueOf(l.get("id").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
      assertThat(l.get("text").asText()).isEqualTo(Report.SuggestionView.evidenceTextOf(e).text(language));
    }
    // the level of every /tag suggestion is one of them
    for (JsonNode g : http.post("/tag?textLang=nb", "text/plain; charset=utf-8", CASE).json().get("goals")) {
      assertThat(ids).contains(g.get("evidence").asText());
    }
  }

  /** The OpenAPI document requires the wording fields: without one, the served response would not validate. */
  @Test
  void theDocumentRequiresTheWordingOfTheEvidenceLevels() {
    ObjectNode served = (ObjectNode) http.get("/tag/evidence-levels?lang=nb").json();
    assertThat(levelsErrors(served)).isEmpty();
    ObjectNode noLabel = served.deepCopy();
    noLabel.remove("confidenceLabel");
    assertThat(levelsErrors(noLabel)).contains("confidenceLabel");
    ObjectNode noText = served.deepCopy();
    ((ObjectNode) noText.get("levels").get(2)).remove("text");
    assertThat(levelsErrors(noText)).contains("text");
    ObjectNode emptyText = served.deepCopy();
    ((ObjectNode) emptyText.get("levels").get(0)).put("text", "");
    assertThat(levelsErrors(emptyText)).isNotEmpty();
  }

  private static String levelsErrors(JsonNode body) {
    var report = Http.VALIDATOR.validateResponse("/tag/evidence-levels",
        com.atlassian.oai.validator.model.Request.Method.GET,
        com.atlassian.oai.validator.model.SimpleResponse.Builder.status(200).withContentType("application/json")
            .withBody(body.toString()).build());
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == com.atlassian.oai.validator.report.ValidationReport.Level.ERROR)
        .map(m -> m.getMessage()).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void badInputToTag() {
    Http.Res malformed = http.post("/tag", "application/json", "{\"text\": \"unterminated");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("code").asText()).isEqualTo("SERVER-0001");
    assertThat(malformed.json().get("detail").asText()).contains("line 1");
    Http.Res wrongType = http.post("/tag", "application/xml", "<text/>");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.json().get("code").asText()).isEqualTo("SERVER-0004");
    Http.Res missing = http.post("/tag", "application/json", "{\"id\":\"x\"}", "Accept-Language", "nn");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("detail").asText()).contains("Ugyldig felt 'text'");
    Http.Res deep = http.post("/tag", "application/json", "[".repeat(5000) + "]".repeat(5000));
    assertThat(deep.status()).isEqualTo(400);
    Http.Res badLang = http.post("/tag", "application/json", "{\"text\":\"x\",\"textLang\":\"de\"}");
    assertThat(badLang.status()).isEqualTo(400);
  }

  @Test
  void validatePlansWithPositions() throws IOException {
    JsonNode ok = http.post("/plans/validate?lang=nb", "application/json", planFiles()).json();
    assertThat(ok.get("files")).hasSize(planCount());
    assertThat(ok.get("parseErrors")).isEmpty();
    String broken = "formatVersion: \"1\"\nplans:\n  - id: p1\n    kind: NOT_A_KIND\n";
    JsonNode bad = http.post("/plans/validate?name=broken.yaml", "application/yaml", broken).json();
    assertThat(bad.get("valid").asBoolean()).isFalse();
    JsonNode e = bad.get("parseErrors").get(0);
    assertThat(e.get("file").asText()).isEqualTo("broken.yaml");
    assertThat(e.get("line").asInt()).isGreaterThan(0);
    assertThat(e.get("code").asText()).startsWith("PLAN-P");
  }

  @Test
  void coverageOfTheExamplePlans() throws IOException {
    JsonNode c = http.post("/plans/coverage?lang=en", "application/json", planFiles()).json();
    assertThat(c.get("text").asText()).isNotBlank();
    assertThat(c.get("coverage").isObject()).isTrue();
    Http.Res bad = http.post("/plans/coverage", "application/yaml", "plans: [");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("errors").get(0).get("line").asInt()).isGreaterThan(0);
  }

  @Test
  void yamlBombIsRejectedNotExpanded() {
    StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      String p = String.valueOf((char) (c - 1));
      y.append(c).append(": &").append(c).append(" [*").append(p);
      for (int i = 0; i < 8; i++) {
        y.append(",*").append(p);
      }
      y.append("]\n");
    }
    long before = System.nanoTime();
    Http.Res r = http.post("/plans/validate?name=bomb.yaml", "application/yaml", y.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    assertThat(r.status()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("valid").asBoolean()).isFalse();
    assertThat(j.get("parseErrors").get(0).get("code").asText()).startsWith("PLAN-P");
  }

  @Test
  void indicatorsCompute() {
    String csv = "region,variable,period,value\n3303,population,2015,26000\n3303,population,2024,28000\n"
        + "3303,ghg,2015,150000\n3303,ghg,2024,120000\n";
    Http.Res r = http.post("/indicators/compute?lang=en", "text/csv", csv);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("format").asText()).isEqualTo("livskraft-results/1");
    assertThat(r.body()).contains("3303");
    Http.Res j = http.post("/indicators/compute", "application/json", "{\"csv\":" + Http.JSON.valueToTree(csv)
        + ",\"regions\":[\"3303\"]}");
    assertThat(j.status()).isEqualTo(200);
    Http.Res bad = http.post("/indicators/compute", "text/csv", "region;nope\n1;2\n");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("code").asText()).startsWith("IND-");
    // the library's text in the language asked for, not its English getMessage()
    Http.Res en = http.post("/indicators/compute?lang=en", "text/csv", "region;nope\n1;2\n");
    Http.Res nn = http.post("/indicators/compute?lang=nn", "text/csv", "region;nope\n1;2\n");
    assertThat(nn.json().get("code").asText()).isEqualTo(en.json().get("code").asText());
    assertThat(nn.json().get("detail").asText()).startsWith(nn.json().get("code").asText())
        .isNotEqualTo(en.json().get("detail").asText());
    assertThat(nn.json().get("lang").asText()).isEqualTo("nn");
  }

  /** Each language by ?lang= and by Accept-Language, as HTML and as JSON: the report's own title in that language. */
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
      "nb, nb-NO, Bærekraftsrapport",
      "nn, 'nn-NO, nb;q=0.8', Berekraftsrapport",
      "en, 'en-GB, en;q=0.9, nb;q=0.5', SDG report"})
  void reportInEachLanguage(String lang, String acceptLanguage, String title) {
    String[] others = java.util.stream.Stream.of("Bærekraftsrapport", "Berekraftsrapport", "SDG report")
        .filter(t -> !t.equals(title)).toArray(String[]::new);
    Http.Res html = http.get("/report?lang=" + lang, "Accept", "text/html");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.headers().firstValue("Content-Language")).contains(lang);
    assertThat(html.body()).contains("<html").contains("lang=\"" + lang + "\"").contains(title)
        .contains("Kongsberg").doesNotContain(others);
    Http.Res byHeader = http.get("/report", "Accept-Language", acceptLanguage);
    assertThat(byHeader.headers().firstValue("Content-Language")).contains(lang);
    assertThat(byHeader.body()).isEqualTo(html.body());
    Http.Res json = http.get("/report?format=json", "Accept-Language", acceptLanguage);
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    assertThat(json.headers().firstValue("Content-Language")).contains(lang);
    assertThat(json.json().isObject()).isTrue();
    assertThat(json.body()).contains(title).doesNotContain(others);
    Http.Res byAccept = http.get("/report?lang=" + lang, "Accept", "application/json");
    assertThat(byAccept.body()).isEqualTo(json.body());
  }

  @Test
  void reportRefusesUnknownFormatAndLanguage() {
    Http.Res pdf = http.get("/report?format=pdf&lang=nn");
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.json().get("code").asText()).isEqualTo("SERVER-0003");
    assertThat(pdf.json().get("detail").asText()).contains("'pdf'").contains("er ikkje html eller json");
    Http.Res de = http.get("/report?lang=de", "Accept-Language", "nb");
    assertThat(de.status()).isEqualTo(400);
    assertThat(de.json().get("code").asText()).isEqualTo("SERVER-0003");
    assertThat(de.json().get("detail").asText()).contains("'de'").contains("nb, nn");
    assertThat(de.json().get("lang").asText()).isEqualTo("nb");
  }

  @Test
  void healthReadinessMetricsOpenApiAndPage() {
    assertThat(http.get("/health").json().get("status").asText()).isEqualTo("UP");
    assertThat(http.get("/ready").json().get("status").asText()).isEqualTo("READY");
    http.get("/catalogue/goals");
    Http.Res m = http.get("/metrics");
    assertThat(m.body()).contains("http_server_requests_seconds_count").contains("route=\"/catalogue/goals\"")
        .contains("jvm_memory_used_bytes");
    Http.Res spec = http.get("/openapi.yaml");
    assertThat(spec.body()).startsWith("openapi: 3.1.0");
    Http.Res page = http.get("/");
    assertThat(page.body()).contains("<label for=\"case-text\"").contains("/assets/app.js");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
    assertThat(http.send("GET", "/assets/app.js", null, null, false).body()).contains("confirm");
    assertThat(http.send("GET", "/assets/app.css", null, null, false).status()).isEqualTo(200);
  }

  @Test
  void unknownRouteAndWrongMethod() {
    Http.Res nf = http.send("GET", "/nope", null, null, false);
    assertThat(nf.status()).isEqualTo(404);
    assertThat(nf.contentType()).startsWith("application/problem+json");
    assertThat(nf.json().get("code").asText()).isEqualTo("SERVER-0008");
    Http.Res m = http.send("DELETE", "/tag", null, null, false);
    assertThat(m.status()).isEqualTo(405);
    assertThat(m.json().get("code").asText()).isEqualTo("SERVER-0009");
  }

  @Test
  void requestsAreIndependentNothingWrittenToTemp() throws IOException {
    // other processes share the temp folder, so look only for what Jetty or this server would write there
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    java.util.Set<Path> before;
    try (var s = Files.list(tmp)) {
      before = s.collect(java.util.stream.Collectors.toSet());
    }
    String first = http.post("/tag", "text/plain", CASE).body();
    http.post("/plans/validate?name=x.yaml", "application/yaml", "formatVersion: \"1\"\nplans: []\n");
    http.postBytes("/case/assess", "application/pdf", new byte[200_000]);
    try (var s = Files.list(tmp)) {
      List<String> ours = s.filter(p -> !before.contains(p)).map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("jetty") || n.startsWith("MultiPart")).toList();
      assertThat(ours).isEmpty();
    }
    assertThat(http.post("/tag", "text/plain", CASE).body()).isEqualTo(first);
  }

  @Test
  void manyClientsAtOnceGetTheSameAnswersAsOne() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      texts.add(CASE + " Variant " + i + (i % 2 == 0 ? " med fokus på folkehelse og skole." : " with biodiversity."));
    }
    List<String> alone = new ArrayList<>();
    for (String t : texts) {
      alone.add(http.post("/tag", "text/plain", t).body());
    }
    String plans = planFiles();
    String validatedAlone = http.post("/plans/validate", "application/json", plans).body();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < 256; i++) {
        int k = i;
        checks.add(pool.submit(() -> k % 16 == 0
            ? http.send("POST", "/plans/validate", "application/json", plans.getBytes(StandardCharsets.UTF_8), false)
                .body().equals(validatedAlone)
            : http.send("POST", "/tag", "text/plain", texts.get(k % 8).getBytes(StandardCharsets.UTF_8), false)
                .body().equals(alone.get(k % 8))));
      }
      for (Future<Boolean> f : checks) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
