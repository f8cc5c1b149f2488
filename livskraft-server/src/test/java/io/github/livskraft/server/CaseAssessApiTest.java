package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.casework.io.AssessmentJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /case/assess} on a real server on 127.0.0.1 with the example plans loaded: each upload format, the
 * JSON call, the arkivmelding (validated against the Fiks Arkiv XSDs) and bad files; every request and response is
 * checked against openapi.yaml by {@link Http}.
 */
class CaseAssessApiTest {
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final List<String> LINES = List.of(
      "Saksframlegg",
      "Arkivsak: 25/1234",
      "Ladestasjoner og klimatiltak i Kongsberg",
      "Forslag til vedtak",
      "Kommunestyret vedtar å halvere klimagassutslippene innen 2030 i tråd med bærekraftsmål 13.",
      "Saksopplysninger",
      "Tiltaket gir flere ladepunkter for elbil, bedre kollektivtransport og trygge gang- og sykkelveier til skolen.");

  static LivskraftServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = LivskraftServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0)
        .withPlansDirectory(ServerApiTest.PLANS));
    http = new Http(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String text() {
    return String.join("\n", LINES) + "\n";
  }

  /** Checks an assessment answer: valid by the casework reader, goal 13 found explicitly, all suggestions. */
  private static Assessment assertAssessment(Http.Res r, String format) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    Assessment a = AssessmentJson.read("response", r.body()); // the strict casework reader (schema version 1)
    JsonNode j = r.json();
    assertThat(j.get("lines").toString()).contains("\"goal\":13");
    assertThat(j.get("explicitReferences").toString()).contains("13");
    assertThat(a.lines()).isNotEmpty();
    assertThat(j.get("lines").findValuesAsText("status")).containsOnly("SUGGESTED");
    assertThat(j.toString()).doesNotContain("SERVER-0012");
    assertThat(format).isNotBlank();
    return a;
  }

  @Test
  void plainTextUpload() {
    Assessment a = assertAssessment(http.post("/case/assess?name=sak.txt", "text/plain; charset=utf-8", text()),
        "text");
    assertThat(a.caseId()).isEqualTo("sak.txt");
  }

  @Test
  void htmlUpload() {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Sak</title>"
        + "<script>var klima = 'ignored';</script></head><body>");
    for (String l : LINES) {
      html.append("<p>").append(l).append("</p>");
    }
    html.append("</body></html>");
    Http.Res r = http.post("/case/assess", "text/html", html.toString());
    assertAssessment(r, "html");
    assertThat(r.body()).doesNotContain("ignored");
  }

  @Test
  void docxUploadBuiltWithPoi() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String l : LINES) {
        doc.createParagraph().createRun().setText(l);
      }
      doc.write(out);
    }
    assertAssessment(http.postBytes("/case/assess?name=sak.docx", DOCX, out.toByteArray()), "docx");
  }

  @Test
  void pdfUploadBuiltWithPdfBox() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        cs.setLeading(14);
        cs.newLineAtOffset(40, 740);
        for (String l : LINES) {
          cs.showText(l);
          cs.newLine();
        }
        cs.endText();
      }
      doc.save(out);
    }
    assertAssessment(http.postBytes("/case/assess", "application/pdf", out.toByteArray()), "pdf");
  }

  @Test
  void jsonCallWithFieldsAndGoldenThread() {
    String body = Http.JSON.createObjectNode().put("id", "sak-77").put("text", text())
        .put("title", "Ladestasjoner").put("caseNumber", "25/1234-3").put("date", "2025-03-01")
        .put("textLang", "nb").toString();
    Http.Res r = http.post("/case/assess", "application/json", body);
    Assessment a = assertAssessment(r, "json");
    assertThat(a.caseId()).isEqualTo("sak-77");
    assertThat(r.json().get("title").asText()).isEqualTo("Ladestasjoner");
    assertThat(r.json().get("caseNumber").asText()).startsWith("2025/1234");
    // the plans loaded at start (--plans) are considered for the golden thread
    assertThat(r.json().get("goldenThread").toString()).containsIgnoringCase("kongsberg");

    Http.Res badDate = http.post("/case/assess", "application/json",
        "{\"text\":\"Klima\",\"date\":\"1. mars\"}");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("code").asText()).isEqualTo("SERVER-0002");
  }

  @Test
  void arkivmeldingValidatesAgainstTheFiksArkivSchemas() {
    String body = Http.JSON.createObjectNode().put("id", "sak-78").put("text", text())
        .put("caseNumber", "25/1234").toString();
    Http.Res r = http.post("/case/assess?lang=nn", "application/json", body, "Accept", "application/xml");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/xml");
    Arkivmelding.validate("response.xml", r.body()); // official Fiks Arkiv V1 XSDs + the casework XSD
    assertThat(r.body()).contains(Arkivmelding.ARKIVMELDING_NS).contains("saksaar>2025</")
        .contains("Livskraft server");
    Assessment back = Arkivmelding.read("response.xml", r.body());
    assertThat(back.caseId()).isEqualTo("sak-78");
    Http.Res json = http.post("/case/assess", "application/json", body);
    assertThat(AssessmentJson.read("json", json.body()).lines().stream().map(l -> l.goal()).toList())
        .isEqualTo(back.lines().stream().map(l -> l.goal()).toList());
  }

  @Test
  void badFilesAreProblemsWithCaseworkCodesInTheAskedLanguage() {
    List<String> seen = new ArrayList<>();
    Http.Res pdf = http.postBytes("/case/assess?name=sak.pdf", "application/pdf",
        "ikke en pdf".getBytes(StandardCharsets.UTF_8), "Accept-Language", "nn");
    assertThat(pdf.status()).isEqualTo(422);
    assertThat(pdf.contentType()).startsWith("application/problem+json");
    assertThat(pdf.json().get("code").asText()).isEqualTo("CASE-0005");
    assertThat(pdf.json().get("detail").asText()).contains("sak.pdf").contains("ikkje ei lesbar PDF-fil");
    assertThat(pdf.json().get("lang").asText()).isEqualTo("nn");
    seen.add(pdf.json().get("code").asText());

    Http.Res doc = http.postBytes("/case/assess?name=sak.doc", "application/octet-stream",
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "Accept-Language", "en");
    assertThat(doc.status()).isEqualTo(415);
    assertThat(doc.json().get("code").asText()).isEqualTo("CASE-0002");
    assertThat(doc.json().get("detail").asText()).contains("sak.doc");

    Http.Res empty = http.postBytes("/case/assess", "text/plain", new byte[0], "Accept-Language", "nb");
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.json().get("code").asText()).isEqualTo("CASE-0001");

    Http.Res latin1 = http.postBytes("/case/assess", "text/plain",
        "Kommunen skal bygge et nytt bibliotek på Stortorget".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.status()).isEqualTo(400);
    assertThat(latin1.json().get("code").asText()).isEqualTo("CASE-0007");

    Http.Res png = http.postBytes("/case/assess", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThat(png.status()).isEqualTo(415);
    assertThat(png.json().get("code").asText()).isEqualTo("SERVER-0004");

    Http.Res notDocx = http.postBytes("/case/assess", DOCX, "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(notDocx.status()).isEqualTo(422);
    assertThat(notDocx.json().get("code").asText()).isEqualTo("CASE-0004");

    Http.Res noText = http.post("/case/assess", "application/json", "{\"id\":\"x\"}");
    assertThat(noText.status()).isEqualTo(400);
    assertThat(seen).containsExactly("CASE-0005");
  }

  @Test
  void extractAnswersTheTextTheSpansPointInto() {
    Http.Res r = http.post("/case/extract?name=sak.txt", "text/plain; charset=utf-8", text());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("format").asText()).isEqualTo("TEXT");
    assertThat(j.get("language").asText()).isEqualTo("nb");
    assertThat(j.get("parts").findValuesAsText("kind")).contains("RECOMMENDATION", "BACKGROUND");
    String extracted = j.get("text").asText();
    Http.Res assessed = http.post("/case/assess?name=sak.txt", "text/plain; charset=utf-8", text());
    for (JsonNode ref : assessed.json().get("explicitReferences")) {
      assertThat(extracted.substring(ref.get("start").asInt(), ref.get("end").asInt()))
          .isEqualTo(ref.get("text").asText());
    }
    for (JsonNode ev : assessed.json().get("lines").findValues("evidence")) {
      for (JsonNode e : ev) {
        assertThat(extracted.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
      }
    }
  }

  @Test
  void decideConfirmsRejectsAndReopensStatelessly() {
    Http.Res assessed = http.post("/case/assess?name=sak.txt", "text/plain; charset=utf-8", text());
    JsonNode lines = assessed.json().get("lines");
    assertThat(lines.size()).as("the case needs two goal lines for this test").isGreaterThanOrEqualTo(2);
    int first = lines.get(0).get("goal").asInt();
    int second = lines.get(1).get("goal").asInt();
    com.fasterxml.jackson.databind.node.ObjectNode body = Http.JSON.createObjectNode();
    body.set("assessment", assessed.json());
    body.putArray("decisions")
        .add(Http.JSON.createObjectNode().put("goal", first).put("action", "confirm").put("by", "Kari Nordmann")
            .put("justification", "Vedtaket gjelder klimatiltak").put("impact", "POSITIVE"))
        .add(Http.JSON.createObjectNode().put("goal", second).put("action", "reject").put("by", "Kari Nordmann"));
    Http.Res decided = http.post("/case/decide", "application/json", body.toString());
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    Assessment a = AssessmentJson.read("decided", decided.body());
    assertThat(a.getLine(io.github.livskraft.sdg.GoalCode.of(first)).status())
        .isEqualTo(io.github.livskraft.casework.LineStatus.CONFIRMED);
    assertThat(a.getLine(io.github.livskraft.sdg.GoalCode.of(first)).impact())
        .contains(io.github.livskraft.casework.Impact.POSITIVE);
    assertThat(a.getLine(io.github.livskraft.sdg.GoalCode.of(first)).decision().orElseThrow().by())
        .isEqualTo("Kari Nordmann");
    assertThat(a.getLine(io.github.livskraft.sdg.GoalCode.of(second)).status())
        .isEqualTo(io.github.livskraft.casework.LineStatus.REJECTED);
    assertThat(a.textSha256()).isEqualTo(assessed.json().get("textSha256").asText());

    // the section names the confirmed goal as the officer's, in nynorsk
    Http.Res section = http.post("/case/section?format=md&lang=nn", "application/json", decided.body());
    assertThat(section.status()).as(section.body()).isEqualTo(200);
    assertThat(section.contentType()).startsWith("text/markdown");
    assertThat(section.body()).contains(String.valueOf(first)).contains("Kari Nordmann");
    Http.Res html = http.post("/case/section?format=html", "application/json", decided.body());
    assertThat(html.contentType()).startsWith("text/html");

    // the arkivmelding carries the confirmed line and reads back with the decision
    Http.Res xml = http.post("/case/arkivmelding?lang=nb", "application/json", decided.body());
    assertThat(xml.status()).as(xml.body()).isEqualTo(200);
    Arkivmelding.validate("decided.xml", xml.body());
    Assessment back = Arkivmelding.read("decided.xml", xml.body());
    assertThat(back.confirmedLines()).extracting(l -> l.goal().number()).containsExactly(first);

    // reopen: back to a suggestion, without decision
    com.fasterxml.jackson.databind.node.ObjectNode again = Http.JSON.createObjectNode();
    again.set("assessment", decided.json());
    again.putArray("decisions").add(Http.JSON.createObjectNode().put("goal", first).put("action", "reopen"));
    Assessment reopened = AssessmentJson.read("reopened", http.post("/case/decide", "application/json",
        again.toString()).body());
    assertThat(reopened.getLine(io.github.livskraft.sdg.GoalCode.of(first)).status())
        .isEqualTo(io.github.livskraft.casework.LineStatus.SUGGESTED);
    assertThat(reopened.getLine(io.github.livskraft.sdg.GoalCode.of(first)).decision()).isEmpty();
  }

  @Test
  void decideRefusesWhatItCannotApply() {
    JsonNode assessed = http.post("/case/assess?name=sak.txt", "text/plain; charset=utf-8", text()).json();
    java.util.Set<Integer> present = new java.util.HashSet<>(assessed.get("lines").findValues("goal").stream()
        .map(JsonNode::asInt).toList());
    int absent = java.util.stream.IntStream.rangeClosed(1, 17).filter(g -> !present.contains(g)).findFirst()
        .orElseThrow();
    int some = assessed.get("lines").get(0).get("goal").asInt();
    String[][] cases = {
        {"{\"goal\":" + absent + ",\"action\":\"confirm\",\"by\":\"K\"}", "decisions[0].goal"},
        {"{\"goal\":" + some + ",\"action\":\"approve\",\"by\":\"K\"}", "decisions[0].action"},
        {"{\"goal\":" + some + ",\"action\":\"confirm\"}", "decisions[0].by"},
        {"{\"goal\":" + some + ",\"action\":\"confirm\",\"by\":\"K\",\"impact\":\"GOOD\"}",
            "decisions[0].impact"}};
    for (String[] c : cases) {
      String body = "{\"assessment\":" + assessed + ",\"decisions\":[" + c[0] + "]}";
      Http.Res r = http.send("POST", "/case/decide", "application/json", body.getBytes(StandardCharsets.UTF_8),
          true, "Accept-Language", "nb");
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      assertThat(r.json().get("code").asText()).isEqualTo("SERVER-0002");
      assertThat(r.json().get("detail").asText()).contains(c[1]);
    }
    Http.Res notAnAssessment = http.send("POST", "/case/section", "application/json",
        "{\"caseId\":\"x\"}".getBytes(StandardCharsets.UTF_8), true);
    assertThat(notAnAssessment.status()).isEqualTo(400);
    assertThat(notAnAssessment.json().get("code").asText()).isEqualTo("CASE-0011");
    Http.Res badFormat = http.send("POST", "/case/section?format=pdf", "application/json",
        assessed.toString().getBytes(StandardCharsets.UTF_8), true);
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.json().get("code").asText()).isEqualTo("SERVER-0003");
  }
}
