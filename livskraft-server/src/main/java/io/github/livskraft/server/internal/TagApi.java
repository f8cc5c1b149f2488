package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.MatchSpan;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import java.util.Optional;

/**
 * {@code POST /tag}: SDG goals and targets for a text ({@code text/plain}, or JSON {@code {"text": …}}) or a batch
 * (JSON {@code {"documents": [{"id", "text"}, …]}}), with the rules that fired and the spans they matched.
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
      return Reply.json(Json.bytes(result(tag("text", req.text(), textLang), out)));
    }
    ObjectNode body = Json.parseObject(req);
    Optional<Language> defaultLang = textLanguage(Json.text(body, "textLang").orElse("auto"), "textLang");
    if (body.has("documents")) {
      ArrayNode docs = Json.array(body, "documents", MAX_DOCUMENTS);
      ObjectNode o = Json.object();
      ArrayNode results = o.putArray("results");
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
        results.add(result(tag(id, text, l), out));
        i++;
      }
      return Reply.json(Json.bytes(o));
    }
    String text = Json.requiredText(body, "text");
    String id = Json.text(body, "id").orElse("text");
    return Reply.json(Json.bytes(result(tag(id, text, defaultLang), out)));
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

  ObjectNode result(TagResult r, Language out) {
    ObjectNode o = Json.object();
    o.put("id", r.id());
    o.put("textLang", r.language().tag());
    ArrayNode goals = o.putArray("goals");
    for (GoalSuggestion g : r.goals()) {
      ObjectNode go = goals.addObject();
      go.put("goal", g.goal().toString());
      go.put("title", catalogue.getGoal(g.goal()).shortName(out));
      go.put("colour", catalogue.getGoal(g.goal()).colour());
      go.put("score", round(g.score()));
      matches(go.putArray("matches"), g.matches());
    }
    ArrayNode targets = o.putArray("targets");
    for (TargetSuggestion t : r.targets()) {
      ObjectNode to = targets.addObject();
      to.put("target", t.target().toString());
      to.put("title", catalogue.getTarget(t.target()).title(out));
      to.put("score", round(t.score()));
      matches(to.putArray("matches"), t.matches());
    }
    return o;
  }

  private static void matches(ArrayNode a, java.util.List<RuleMatch> matches) {
    for (RuleMatch m : matches) {
      ObjectNode mo = a.addObject();
      mo.put("rule", m.ruleId());
      mo.put("code", m.code());
      mo.put("weight", round(m.weight()));
      mo.put("contribution", round(m.contribution()));
      ArrayNode spans = mo.putArray("spans");
      for (MatchSpan s : m.spans()) {
        ObjectNode so = spans.addObject();
        so.put("start", s.start());
        so.put("end", s.end());
        so.put("text", s.text());
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
