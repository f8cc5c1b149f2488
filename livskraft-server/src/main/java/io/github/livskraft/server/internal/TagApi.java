package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.tagger.Evidence;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.MatchSpan;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /tag}: SDG goals and targets for a text ({@code text/plain}, or JSON {@code {"text": …}}) or a batch
 * (JSON {@code {"documents": [{"id", "text"}, …]}}), with the rules that fired and the spans they matched;
 * {@code GET /tag/evidence-levels}: the evidence levels a suggestion may have.
 */
final class TagApi {
  /** Most documents in one batch. */
  static final int MAX_DOCUMENTS = 1000;

  private final SdgTagger tagger;
  private final SdgCatalogue catalogue;

  TagApi(SdgTagger tagger, SdgCatalogue catalogue) {
    this.tagger = tagger;
    this.catalogue = catalogue;
  }

  Reply tag(Req req) {
    Language out = req.language();
    if (req.contentType().equals("text/plain")) {
      Optional<Language> textLang = textLanguage(req.param("textLang").orElse("auto"), "textLang");
      TagResult r = tag("text", req.text(), textLang);
      return Reply.json(Json.write(g -> result(g, r, out)));
    }
    ObjectNode body = Json.parseObject(req);
    Optional<Language> defaultLang = textLanguage(Json.text(body, "textLang").orElse("auto"), "textLang");
    if (body.has("documents")) {
      ArrayNode docs = Json.array(body, "documents", MAX_DOCUMENTS);
      return Reply.json(Json.write(g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("results");
        int i = 0;
        for (JsonNode d : docs) {
          if (!d.isObject()) {
            throw Problems.of(ServerErrorCode.BAD_FIELD, "documents[" + i + "]", ServerErrorCode.BAD_FIELD.fragment("document"));
          }
          ObjectNode od = (ObjectNode) d;
          String id = Json.text(od, "id").orElse(Integer.toString(i));
          String text = Json.text(od, "text").orElseThrow(() -> Problems.of(ServerErrorCode.BAD_FIELD,
              "documents[" + od.path("id").asText("") + "].text", ServerErrorCode.BAD_FIELD.fragment("missing")));
          Optional<Language> l = Json.text(od, "textLang").isPresent()
              ? textLanguage(Json.text(od, "textLang").get(), "textLang") : defaultLang;
          result(g, tag(id, text, l), out);
          i++;
        }
        g.writeEndArray();
        g.writeEndObject();
      }));
    }
    String text = Json.requiredText(body, "text");
    String id = Json.text(body, "id").orElse("text");
    TagResult r = tag(id, text, defaultLang);
    return Reply.json(Json.write(g -> result(g, r, out)));
  }

  /**
   * {@code GET /tag/evidence-levels}: every evidence level of the tagger with its measured confidence, its
   * description and the report's sentence for it ({@code text}) in the requested language, and the report's name of
   * the confidence ({@code confidenceLabel}). The web page's evidence markers use them, so their wording is the
   * report's ({@link SuggestionView}) and app.js has none of it.
   */
  Reply levels(Req req) {
    Language l = req.language();
    ObjectNode o = Json.object();
    o.put("lang", l.tag());
    o.put("confidenceLabel", SuggestionView.confidenceLabel().text(l));
    ArrayNode a = o.putArray("levels");
    for (Evidence e : Evidence.values()) {
      a.addObject().put("id", e.id()).put("confidence", e.confidence()).put("description", e.describe(l.locale()))
          .put("text", SuggestionView.evidenceTextOf(e).text(l));
    }
    return Reply.json(Json.bytes(o));
  }

  private TagResult tag(String id, String text, Optional<Language> language) {
    return language.isPresent() ? tagger.tag(id, text, language.get()) : tagger.tag(id, text);
  }

  private static Optional<Language> textLanguage(String value, String field) {
    if (value.equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    return Optional.of(Languages.parse(value).orElseThrow(() -> Problems.of(ServerErrorCode.BAD_FIELD, field,
        ServerErrorCode.BAD_FIELD.fragment("language", value))));
  }

  /** Writes one result straight to the generator (no intermediate tree: this is the hot path of the server). */
  void result(JsonGenerator g, TagResult r, Language out) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("textLang", r.language().tag());
    g.writeArrayFieldStart("goals");
    for (GoalSuggestion s : r.goals()) {
      Goal goal = catalogue.getGoal(s.goal());
      g.writeStartObject();
      g.writeStringField("goal", s.goal().toString());
      g.writeStringField("title", goal.shortName(out));
      g.writeStringField("colour", goal.colour());
      g.writeNumberField("score", round(s.score()));
      g.writeBooleanField("primary", s.primary());
      g.writeStringField("evidence", s.evidence().id());
      g.writeNumberField("confidence", s.confidence());
      matches(g, s.matches());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (TargetSuggestion t : r.targets()) {
      g.writeStartObject();
      g.writeStringField("target", t.target().toString());
      g.writeStringField("title", catalogue.getTarget(t.target()).title(out));
      g.writeNumberField("score", round(t.score()));
      matches(g, t.matches());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void matches(JsonGenerator g, java.util.List<RuleMatch> matches) throws IOException {
    g.writeArrayFieldStart("matches");
    for (RuleMatch m : matches) {
      g.writeStartObject();
      g.writeStringField("rule", m.ruleId());
      g.writeStringField("code", m.code());
      g.writeNumberField("weight", round(m.weight()));
      g.writeNumberField("contribution", round(m.contribution()));
      g.writeArrayFieldStart("spans");
      for (MatchSpan s : m.spans()) {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
