package io.github.livskraft.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.Indicator;
import io.github.livskraft.sdg.IndicatorCode;
import io.github.livskraft.sdg.IndicatorListing;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.SearchHit;
import io.github.livskraft.sdg.Target;
import io.github.livskraft.sdg.TextVariant;
import java.util.List;
import java.util.Locale;

/** JSON output of {@code livskraft catalogue}. Field names are stable; codes are canonical strings. */
final class CatalogueJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private CatalogueJson() {}

  static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw CliException.failureOf("err.write-json");
    }
  }

  /** The resolved text for the language plus every text the entry has, each with its provenance. */
  static ObjectNode text(LocalizedText text, Language language) {
    TextVariant chosen = text.resolve(language);
    ObjectNode n = F.objectNode();
    n.put("text", chosen.text());
    n.put("language", chosen.language().tag());
    n.put("provenance", chosen.provenance().name());
    n.put("fallback", chosen.language() != language);
    ArrayNode all = n.putArray("variants");
    for (TextVariant v : text.variants()) {
      ObjectNode o = all.addObject();
      o.put("language", v.language().tag());
      o.put("text", v.text());
      o.put("provenance", v.provenance().name());
      o.put("source", v.source());
      v.note().ifPresent(x -> o.put("note", x));
    }
    return n;
  }

  static ObjectNode goal(SdgCatalogue cat, Goal goal, Language language) {
    ObjectNode n = F.objectNode();
    n.put("type", "goal");
    n.put("code", goal.codeText());
    n.put("edition", cat.revision().edition());
    n.set("title", text(goal.titleText(), language));
    n.set("shortName", text(goal.shortNameText(), language));
    n.put("colour", goal.colour());
    goal.note().ifPresent(x -> n.put("note", x.text(language)));
    ArrayNode targets = n.putArray("targets");
    cat.targetsOf(goal.code()).forEach(t -> targets.add(targetSummary(t, language)));
    return n;
  }

  static ObjectNode goals(SdgCatalogue cat, Language language) {
    ObjectNode n = F.objectNode();
    n.put("edition", cat.revision().edition());
    ArrayNode goals = n.putArray("goals");
    for (Goal g : cat.goals()) {
      ObjectNode o = goals.addObject();
      o.put("code", g.codeText());
      o.put("shortName", g.shortName(language));
      o.put("title", g.title(language));
      o.put("colour", g.colour());
      o.put("targets", cat.targetsOf(g.code()).size());
    }
    return n;
  }

  private static ObjectNode targetSummary(Target t, Language language) {
    ObjectNode o = F.objectNode();
    o.put("code", t.codeText());
    o.put("kind", t.kind().name());
    o.put("title", t.title(language));
    return o;
  }

  static ObjectNode target(SdgCatalogue cat, Target target, Language language) {
    ObjectNode n = F.objectNode();
    n.put("type", "target");
    n.put("code", target.codeText());
    n.put("edition", cat.revision().edition());
    n.put("goal", target.goal().toString());
    n.put("goalTitle", cat.goalOf(target).title(language));
    n.put("kind", target.kind().name());
    n.put("codeForm", target.code().isLetter() ? "letter" : "numeric");
    n.set("title", text(target.titleText(), language));
    target.note().ifPresent(x -> n.put("note", x.text(language)));
    ArrayNode indicators = n.putArray("indicators");
    for (IndicatorListing l : cat.listingsOf(target.code())) {
      ObjectNode o = indicators.addObject();
      o.put("code", l.code().toString());
      o.put("title", l.title(language));
      Indicator i = cat.getIndicator(l.code());
      if (i.isRepeated()) {
        o.put("sameAs", String.join(", ", i.placements().stream().map(IndicatorCode::toString).toList()));
      }
    }
    return n;
  }

  static ObjectNode indicator(SdgCatalogue cat, Indicator indicator, IndicatorCode asked, Language language) {
    IndicatorListing listing = indicator.findListing(asked).orElse(indicator.primary());
    ObjectNode n = F.objectNode();
    n.put("type", "indicator");
    n.put("code", listing.code().toString());
    n.put("primaryCode", indicator.code().toString());
    n.put("edition", cat.revision().edition());
    ArrayNode placements = n.putArray("placements");
    indicator.placements().forEach(p -> placements.add(p.toString()));
    n.put("unsdCode", listing.unsdCode());
    n.set("title", text(listing.titleText(), language));
    n.put("norwegianFollowsOlderWording", listing.norwegianFollowsOlderWording());
    listing.tier().ifPresentOrElse(t -> {
      ObjectNode o = n.putObject("tier");
      o.put("level", t.level().name());
      o.put("raw", t.raw());
      o.put("asOf", t.asOf().toString());
    }, () -> n.putNull("tier"));
    listing.tierNote().ifPresent(x -> n.put("tierNote", x));
    ArrayNode cust = n.putArray("custodianAgencies");
    listing.custodianAgencies().forEach(cust::add);
    ArrayNode part = n.putArray("partnerAgencies");
    listing.partnerAgencies().forEach(part::add);
    listing.note().ifPresent(x -> n.put("note", x.text(language)));
    cat.findChange(listing.code()).ifPresent(c -> {
      ObjectNode o = n.putObject("changeSince2022");
      o.put("type", c.type().name());
      c.unsdCodeBefore().ifPresent(x -> o.put("unsdCodeBefore", x));
      c.titleBefore().ifPresent(x -> o.put("titleBefore", x));
    });
    return n;
  }

  static ObjectNode search(String query, Language language, List<SearchHit> hits) {
    ObjectNode n = F.objectNode();
    n.put("query", query);
    n.put("language", language.tag());
    ArrayNode arr = n.putArray("hits");
    for (SearchHit h : hits) {
      ObjectNode o = arr.addObject();
      o.put("type", h.entry().entryType().name().toLowerCase(Locale.ROOT));
      o.put("code", h.code());
      o.put("score", Math.round(h.score() * 1000) / 1000.0);
      o.put("text", h.matched().text());
      o.put("language", h.matched().language().tag());
      o.put("provenance", h.matched().provenance().name());
    }
    return n;
  }

  static ObjectNode stats(CatalogueStats s) {
    ObjectNode n = F.objectNode();
    ObjectNode rev = n.putObject("revision");
    rev.put("edition", s.revision().edition());
    rev.put("framework", s.revision().framework());
    rev.put("frameworkAdopted", s.revision().frameworkAdopted().toString());
    rev.put("assembled", s.revision().assembled().toString());
    rev.put("tierAsOf", s.revision().tierAsOf().toString());
    n.put("goals", s.goals());
    ObjectNode t = n.putObject("targets");
    t.put("total", s.targets());
    t.put("numeric", s.numericTargets());
    t.put("letter", s.letterTargets());
    t.put("outcome", s.outcomeTargets());
    t.put("meansOfImplementation", s.meansTargets());
    n.put("indicatorListings", s.indicatorListings());
    n.put("uniqueIndicators", s.uniqueIndicators());
    n.put("repeatGroups", s.repeatGroups());
    n.put("norwegianIndicatorTextsFromOlderWording", s.olderWordingTranslations());
    n.put("indicatorChangesSince2022", s.indicatorChanges());
    ObjectNode texts = n.putObject("texts");
    s.texts().forEach((field, byLang) -> {
      ObjectNode f = texts.putObject(field);
      byLang.forEach((lang, byProv) -> {
        ObjectNode l = f.putObject(lang.tag());
        byProv.forEach((prov, count) -> l.put(prov.name(), count));
      });
    });
    return n;
  }
}
