package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.CaseInput;
import io.github.livskraft.casework.CaseNumber;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.casework.io.AssessmentJson;
import io.github.livskraft.sdg.Language;
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

  /**
   * The route over the casework module.
   *
   * @param reader the reader (its byte limit is the server's upload limit)
   * @param assessor the assessor, with the plans loaded at start
   * @param arkivmelding the arkivmelding writer
   */
  public CaseApi(CaseReader reader, CaseAssessor assessor, Arkivmelding arkivmelding) {
    this.reader = reader;
    this.assessor = assessor;
    this.arkivmelding = arkivmelding;
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
