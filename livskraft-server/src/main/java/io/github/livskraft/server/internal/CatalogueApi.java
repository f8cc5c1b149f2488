package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.Indicator;
import io.github.livskraft.sdg.IndicatorListing;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.SearchHit;
import io.github.livskraft.sdg.Target;
import io.github.livskraft.sdg.TextVariant;

/** {@code GET /catalogue/…}: goals, targets, indicators and search, texts in the requested language. */
final class CatalogueApi {
  /** Longest search query. */
  static final int MAX_QUERY = 200;

  private final SdgCatalogue catalogue;

  CatalogueApi(SdgCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  Reply goals(Req req) {
    Language l = req.language();
    ObjectNode o = Json.object();
    o.put("edition", catalogue.revision().edition());
    o.put("lang", l.tag());
    ArrayNode a = o.putArray("goals");
    for (Goal g : catalogue.goals()) {
      a.add(goalSummary(g, l));
    }
    return Reply.json(Json.bytes(o));
  }

  Reply goal(Req req) {
    Language l = req.language();
    Goal g = catalogue.getGoal(req.pathParam("code"));
    ObjectNode o = goalSummary(g, l);
    o.put("edition", catalogue.revision().edition());
    o.put("lang", l.tag());
    o.set("titleText", text(g.titleText(), l));
    ArrayNode ts = o.putArray("targets");
    for (Target t : catalogue.targetsOf(g.code())) {
      ObjectNode to = ts.addObject();
      to.put("code", t.codeText());
      to.put("title", t.title(l));
    }
    return Reply.json(Json.bytes(o));
  }

  Reply target(Req req) {
    Language l = req.language();
    Target t = catalogue.getTarget(req.pathParam("code"));
    ObjectNode o = Json.object();
    o.put("type", "target");
    o.put("code", t.codeText());
    o.put("goal", t.goal().toString());
    o.put("kind", t.kind().name());
    o.put("edition", catalogue.revision().edition());
    o.put("lang", l.tag());
    o.put("title", t.title(l));
    o.set("titleText", text(t.titleText(), l));
    ArrayNode is = o.putArray("indicators");
    for (IndicatorListing il : catalogue.listingsOf(t.code())) {
      ObjectNode io = is.addObject();
      io.put("code", il.code().toString());
      io.put("title", il.title(l));
    }
    return Reply.json(Json.bytes(o));
  }

  Reply indicator(Req req) {
    Language l = req.language();
    Indicator i = catalogue.getIndicator(req.pathParam("code"));
    ObjectNode o = Json.object();
    o.put("type", "indicator");
    o.put("code", i.codeText());
    o.put("unsdCode", i.unsdCode());
    o.put("edition", catalogue.revision().edition());
    o.put("lang", l.tag());
    o.put("title", i.title(l));
    o.set("titleText", text(i.titleText(), l));
    i.tier().ifPresent(t -> o.put("tier", t.raw()));
    ArrayNode targets = o.putArray("targets");
    i.targets().forEach(t -> targets.add(t.toString()));
    ArrayNode cust = o.putArray("custodianAgencies");
    i.custodianAgencies().forEach(cust::add);
    return Reply.json(Json.bytes(o));
  }

  Reply search(Req req) {
    Language l = req.language();
    String q = req.param("q").orElseThrow(() -> Problems.of(ServerErrorCode.BAD_PARAMETER, "q", ServerErrorCode.BAD_FIELD.fragment("missing")));
    if (q.isBlank() || q.length() > MAX_QUERY) {
      throw Problems.of(ServerErrorCode.BAD_PARAMETER, "q", ServerErrorCode.BAD_PARAMETER.fragment("length", MAX_QUERY));
    }
    int limit = req.param("limit").map(s -> {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw Problems.of(ServerErrorCode.BAD_PARAMETER, "limit", ServerErrorCode.BAD_PARAMETER.fragment("integer", s));
      }
    }).orElse(20);
    if (limit < 1 || limit > 200) {
      throw Problems.of(ServerErrorCode.BAD_PARAMETER, "limit", ServerErrorCode.BAD_PARAMETER.fragment("range", 1, 200));
    }
    ObjectNode o = Json.object();
    o.put("query", q);
    o.put("lang", l.tag());
    ArrayNode hits = o.putArray("hits");
    for (SearchHit h : catalogue.search(q, l, limit)) {
      ObjectNode ho = hits.addObject();
      ho.put("type", h.entry().entryType().name().toLowerCase(java.util.Locale.ROOT));
      ho.put("code", h.code());
      ho.put("title", h.entry().title(l));
      ho.put("matched", h.matched().text());
      ho.put("score", h.score());
    }
    return Reply.json(Json.bytes(o));
  }

  private static ObjectNode goalSummary(Goal g, Language l) {
    ObjectNode o = Json.object();
    o.put("type", "goal");
    o.put("code", g.codeText());
    o.put("title", g.title(l));
    o.put("shortName", g.shortName(l));
    o.put("colour", g.colour());
    return o;
  }

  /** The chosen text with its language, provenance and whether it fell back to another language. */
  static ObjectNode text(LocalizedText text, Language l) {
    TextVariant v = text.resolve(l);
    ObjectNode o = Json.object();
    o.put("text", v.text());
    o.put("language", v.language().tag());
    o.put("provenance", v.provenance().name());
    o.put("source", v.source());
    o.put("fallback", v.language() != l);
    return o;
  }
}
