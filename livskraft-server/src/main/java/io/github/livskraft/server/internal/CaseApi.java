package io.github.livskraft.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.CaseInput;
import io.github.livskraft.casework.CaseNumber;
import io.github.livskraft.casework.CasePart;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.Decision;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.Impact;
import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.casework.io.AssessmentJson;
import io.github.livskraft.casework.io.SectionFormat;
import io.github.livskraft.casework.io.SectionWriter;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.server.ServerErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code POST /case/assess}: the casework module's bærekraftsvurdering of a saksframlegg uploaded as text, HTML,
 * DOCX or PDF, or sent as JSON (the vendor's fields and the text). Answers the assessment JSON
 * ({@code casework-assessment-1}) or, with {@code Accept: application/xml}, the Fiks Arkiv arkivmelding. The upload
 * has already been read within the server's upload limit; the casework reader then applies its own limits (bytes,
 * characters, PDF pages, DOCX expansion).
 *
 * <p>The officer's work on an assessment is stateless on the server: {@code POST /case/decide} takes an assessment
 * (as answered by {@code /case/assess}) and the officer's decisions and answers the changed assessment;
 * {@code POST /case/section} writes its bærekraftsvurdering section and {@code POST /case/arkivmelding} its Fiks Arkiv
 * arkivmelding. {@code POST /case/extract} answers the text and the recognised parts the assessment's spans refer to.
 */
public final class CaseApi {
  /** Upload content types and the file extension that tells the casework reader what to expect. */
  private static final Map<String, String> UPLOAD_TYPES = Map.of(
      "text/plain", "txt",
      "text/html", "html",
      "application/pdf", "pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
      "application/octet-stream", "");
  private static final String ACCEPTED = "text/plain, text/html, application/pdf, "
      + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/octet-stream, "
      + "application/json";

  private final CaseReader reader;
  private final CaseAssessor assessor;
  private final Arkivmelding arkivmelding;
  private final SectionWriter sections;
  private final Clock clock;

  /** Decisions in one call: one per goal at most. */
  private static final int MAX_DECISIONS = 17;
  private static final int MAX_FIELD = 2_000;

  /**
   * The routes over the casework module.
   *
   * @param reader the reader (its byte limit is the server's upload limit)
   * @param assessor the assessor, with the plans loaded at start
   * @param arkivmelding the arkivmelding writer
   * @param sections the section writer
   * @param clock the clock for the time of a decision
   */
  public CaseApi(CaseReader reader, CaseAssessor assessor, Arkivmelding arkivmelding, SectionWriter sections,
      Clock clock) {
    this.reader = reader;
    this.assessor = assessor;
    this.arkivmelding = arkivmelding;
    this.sections = sections;
    this.clock = clock;
  }

  /** {@code POST /case/extract}: the text the reader extracted, its language, header fields and parts. */
  Reply extract(Req req) {
    CaseDocument doc = read(req);
    ObjectNode o = Json.object();
    o.put("id", doc.id());
    o.put("format", doc.format().name());
    o.put("language", doc.language().tag());
    o.put("title", doc.title());
    ObjectNode h = o.putObject("header");
    doc.header().caseOfficer().ifPresent(v -> h.put("caseOfficer", v));
    doc.header().archiveCode().ifPresent(v -> h.put("archiveCode", v));
    doc.header().caseNumber().ifPresent(v -> h.put("caseNumber", v.toString()));
    doc.header().date().ifPresent(v -> h.put("date", v.toString()));
    doc.header().committee().ifPresent(v -> h.put("committee", v));
    doc.header().meetingDate().ifPresent(v -> h.put("meetingDate", v.toString()));
    doc.header().committeeCaseNumber().ifPresent(v -> h.put("committeeCaseNumber", v));
    doc.header().decidedBy().ifPresent(v -> h.put("decidedBy", v));
    ArrayNode parts = o.putArray("parts");
    for (CasePart p : doc.parts()) {
      parts.addObject().put("kind", p.kind().name()).put("heading", p.heading()).put("start", p.start())
          .put("end", p.end());
    }
    o.put("text", doc.text());
    return Reply.json(Json.bytes(o));
  }

  /**
   * {@code POST /case/decide}: {@code {"assessment": {...}, "decisions": [{"goal": 13, "action": "confirm",
   * "by": "…", "justification": "…", "impact": "POSITIVE"}]}} → the changed assessment (JSON, or the arkivmelding
   * with {@code Accept: application/xml}). {@code action} is confirm, reject or reopen (back to a suggestion).
   */
  Reply decide(Req req) {
    ObjectNode body = Json.parseObject(req);
    JsonNode an = body.get("assessment");
    if (an == null || !an.isObject()) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, "assessment", ServerErrorCode.BAD_FIELD.fragment("assessment"));
    }
    Assessment a = AssessmentJson.read("assessment", an.toString());
    ArrayNode decisions = Json.array(body, "decisions", MAX_DECISIONS);
    for (int i = 0; i < decisions.size(); i++) {
      a = apply(a, decisions.get(i), "decisions[" + i + "]");
    }
    return answer(req, a);
  }

  /** {@code POST /case/section?format=text|html|md}: the bærekraftsvurdering section of an assessment. */
  Reply section(Req req) {
    Assessment a = assessment(req);
    String f = req.param("format").orElse("text");
    SectionFormat format = switch (f) {
      case "text" -> SectionFormat.TEXT;
      case "html" -> SectionFormat.HTML;
      case "md", "markdown" -> SectionFormat.MARKDOWN;
      default -> throw Problems.of(ServerErrorCode.BAD_PARAMETER, "format", ServerErrorCode.BAD_PARAMETER.fragment("section-format", f));
    };
    String type = switch (format) {
      case TEXT -> "text/plain; charset=utf-8";
      case HTML -> "text/html; charset=utf-8";
      case MARKDOWN -> "text/markdown; charset=utf-8";
    };
    return Reply.text(type, sections.write(a, req.language(), format));
  }

  /** {@code POST /case/arkivmelding}: the Fiks Arkiv arkivmelding of an assessment (validated before it is sent). */
  Reply arkivmelding(Req req) {
    return Reply.text("application/xml; charset=utf-8", arkivmelding.write(assessment(req), req.language()));
  }

  private Reply answer(Req req, Assessment a) {
    if (req.accepts("application/xml") || req.accepts("text/xml")) {
      return Reply.text("application/xml; charset=utf-8", arkivmelding.write(a, req.language()));
    }
    return Reply.text("application/json", AssessmentJson.write(a));
  }

  private static Assessment assessment(Req req) {
    Json.requireType(req, "application/json");
    return AssessmentJson.read("request body", new String(req.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  private Assessment apply(Assessment a, JsonNode d, String path) {
    if (!d.isObject()) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, path, ServerErrorCode.BAD_FIELD.fragment("decision"));
    }
    ObjectNode o = (ObjectNode) d;
    JsonNode g = o.get("goal");
    if (g == null || !g.canConvertToInt() || g.asInt() < 1 || g.asInt() > 17) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, path + ".goal", ServerErrorCode.BAD_FIELD.fragment("goal"));
    }
    GoalCode goal = GoalCode.of(g.asInt());
    GoalLine line = a.findLine(goal).orElseThrow(() -> Problems.of(ServerErrorCode.BAD_FIELD, path + ".goal",
        ServerErrorCode.BAD_FIELD.fragment("no-line", goal.number())));
    String action = Json.requiredText(o, "action");
    if (action.equals("reopen")) {
      return a.withLine(line.reopened());
    }
    String by = bounded(o, "by", path).filter(v -> !v.isBlank()).orElseThrow(() -> Problems.of(
        ServerErrorCode.BAD_FIELD, path + ".by", ServerErrorCode.BAD_FIELD.fragment("officer")));
    Decision decision = Decision.now(by.strip(), clock, bounded(o, "justification", path).filter(v -> !v.isBlank()));
    return switch (action) {
      case "confirm" -> a.withLine(line.confirmed(decision, impact(o, path)));
      case "reject" -> a.withLine(line.rejected(decision));
      default -> throw Problems.of(ServerErrorCode.BAD_FIELD, path + ".action",
          ServerErrorCode.BAD_FIELD.fragment("action", action));
    };
  }

  private static Optional<String> bounded(ObjectNode o, String field, String path) {
    Optional<String> v = Json.text(o, field);
    if (v.isPresent() && v.get().length() > MAX_FIELD) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, path + "." + field,
          ServerErrorCode.BAD_FIELD.fragment("max-chars", MAX_FIELD));
    }
    return v;
  }

  private static Optional<Impact> impact(ObjectNode o, String path) {
    Optional<String> v = Json.text(o, "impact");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Impact.valueOf(v.get().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, path + ".impact",
          ServerErrorCode.BAD_FIELD.fragment("impact", v.get()));
    }
  }

  Reply assess(Req req) {
    boolean xml = req.accepts("application/xml") || req.accepts("text/xml");
    Assessment a = assessor.assess(read(req));
    if (xml) {
      return Reply.text("application/xml; charset=utf-8", arkivmelding.write(a, req.language()));
    }
    return Reply.text("application/json", AssessmentJson.write(a));
  }

  private CaseDocument read(Req req) {
    String type = req.contentType();
    if (type.equals("application/json")) {
      return reader.read(input(Json.parseObject(req)));
    }
    String ext = UPLOAD_TYPES.get(type);
    if (ext == null) {
      throw Problems.of(ServerErrorCode.UNSUPPORTED_MEDIA_TYPE, type.isEmpty() ? ServerErrorCode.UNSUPPORTED_MEDIA_TYPE.fragment("none") : type, ACCEPTED);
    }
    String name = req.param("name").map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 255)
        .orElse(ext.isEmpty() ? "upload" : "upload." + ext);
    if (!ext.isEmpty() && !name.toLowerCase(Locale.ROOT).endsWith("." + ext)
        && !(ext.equals("html") && name.toLowerCase(Locale.ROOT).endsWith(".htm"))) {
      name = name + "." + ext;
    }
    return reader.read(name, name, req.body());
  }

  private static CaseInput input(ObjectNode body) {
    String text = Json.requiredText(body, "text");
    CaseInput.Builder b = CaseInput.builder(Json.text(body, "id").orElse("case"), text);
    Json.text(body, "title").ifPresent(b::title);
    Json.text(body, "caseNumber").ifPresent(v -> b.caseNumber(CaseNumber.parse(v)));
    Json.text(body, "caseOfficer").ifPresent(b::caseOfficer);
    Json.text(body, "archiveCode").ifPresent(b::archiveCode);
    date(body, "date", b::date);
    Json.text(body, "committee").ifPresent(b::committee);
    date(body, "meetingDate", b::meetingDate);
    Json.text(body, "committeeCaseNumber").ifPresent(b::committeeCaseNumber);
    Optional<String> lang = Json.text(body, "textLang").filter(v -> !v.equalsIgnoreCase("auto"));
    if (lang.isPresent()) {
      Language l = Languages.parse(lang.get()).orElseThrow(() -> Problems.of(ServerErrorCode.BAD_FIELD, "textLang",
          ServerErrorCode.BAD_FIELD.fragment("language", lang.get())));
      b.language(l);
    }
    return b.build();
  }

  private static void date(ObjectNode body, String field, Consumer<LocalDate> set) {
    Optional<String> v = Json.text(body, field);
    if (v.isPresent()) {
      try {
        set.accept(LocalDate.parse(v.get()));
      } catch (DateTimeParseException e) {
        throw Problems.of(ServerErrorCode.BAD_FIELD, field, ServerErrorCode.BAD_FIELD.fragment("date", v.get()));
      }
    }
  }
}
