package io.github.livskraft.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.report.ReportModel.ElementView;
import io.github.livskraft.report.ReportModel.FindingView;
import io.github.livskraft.report.ReportModel.GoalView;
import io.github.livskraft.report.ReportModel.IndicatorView;
import io.github.livskraft.report.ReportModel.MunicipalityView;
import io.github.livskraft.report.ReportModel.PlanView;
import io.github.livskraft.report.ReportModel.SourceView;
import io.github.livskraft.report.ReportModel.SuggestionView;
import io.github.livskraft.municipalities.MunicipalityCode;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.NavigableMap;

/** Renders the report model as JSON (tree model; stable field names, documented in docs/report.md). */
final class JsonReport {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String render(ReportModel m, ReportLanguage lang) {
    try {
      return MAPPER.writeValueAsString(tree(m, lang)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(ReportModel m, ReportLanguage lang) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "livskraft-report/1");
    root.put("language", lang.tag());
    root.put("title", m.title().in(lang));
    root.put("generator", m.generator());
    ObjectNode region = root.putObject("region");
    region.put("id", m.region().id());
    region.put("name", m.region().name().in(lang));
    ArrayNode munis = region.putArray("municipalities");
    for (MunicipalityView mv : m.region().municipalities()) {
      munis.addObject().put("code", mv.code().value()).put("name", mv.name());
    }
    ArrayNode prio = root.putArray("priorityGoals");
    m.priorityGoals().forEach(prio::add);
    ArrayNode goals = root.putArray("goals");
    for (GoalView g : m.goals()) {
      ObjectNode o = goals.addObject().put("goal", g.number()).put("title", g.title().in(lang))
          .put("colour", g.colour()).put("priority", m.priorityGoals().contains(g.number()));
      Text depth = m.coverage().depth().get(g.number());
      if (depth != null) {
        o.put("depth", depth.in(lang));
      }
      ArrayNode ex = o.putArray("linkedElements");
      m.coverage().explicit().getOrDefault(g.number(), java.util.List.of()).forEach(ex::add);
      ArrayNode su = o.putArray("suggestedElements");
      m.coverage().suggested().getOrDefault(g.number(), java.util.List.of()).forEach(su::add);
    }
    ArrayNode gaps = root.putArray("gaps");
    m.coverage().gaps().forEach(gaps::add);
    ArrayNode pg = root.putArray("priorityGaps");
    for (ReportModel.GapView g : m.coverage().priorityGaps()) {
      pg.addObject().put("goal", g.goal()).put("depth", g.depth().in(lang)).put("explanation", g.explanation().in(lang));
    }
    ArrayNode plans = root.putArray("plans");
    for (PlanView p : m.plans()) {
      ObjectNode o = plans.addObject().put("id", p.id()).put("kind", p.kind().in(lang)).put("title", p.title())
          .put("owner", p.owner()).put("source", p.source());
      p.period().ifPresent(v -> o.put("period", v));
      p.parent().ifPresent(v -> o.put("parent", v));
      ArrayNode els = o.putArray("elements");
      for (ElementView e : p.elements()) {
        ObjectNode eo = els.addObject().put("id", e.id()).put("kind", e.kind().in(lang)).put("title", e.title())
            .put("depth", e.depth());
        ArrayNode eg = eo.putArray("goals");
        e.goals().forEach(eg::add);
        ArrayNode et = eo.putArray("targets");
        e.targets().forEach(et::add);
        ArrayNode ei = eo.putArray("indicators");
        e.indicators().forEach(ei::add);
      }
    }
    ArrayNode findings = root.putArray("findings");
    for (FindingView f : m.findings()) {
      ObjectNode o = findings.addObject().put("severity", f.severity().name()).put("code", f.code())
          .put("message", f.message().in(lang));
      f.where().ifPresent(w -> o.put("where", w));
    }
    ArrayNode sugg = root.putArray("suggestions");
    for (SuggestionView s : m.suggestions()) {
      ObjectNode o = sugg.addObject().put("plan", s.planId()).put("element", s.elementId()).put("target", s.target())
          .put("goal", s.goal()).put("score", s.score()).put("alreadyLinked", s.alreadyLinked())
          .put("confirmed", false);
      ArrayNode ev = o.putArray("evidence");
      s.evidence().forEach(ev::add);
    }
    ArrayNode planInds = root.putArray("planIndicators");
    for (ReportModel.PlanIndicatorRow r : m.planIndicators()) {
      ObjectNode o = planInds.addObject().put("plan", r.planId()).put("element", r.elementId()).put("title", r.title())
          .put("hasFigures", r.hasFigures()).put("status", r.status().in(lang));
      r.unit().ifPresent(u -> o.put("unit", u));
      r.target().ifPresent(t -> o.put("target", t));
      r.reportIndicator().ifPresent(i -> o.put("indicator", i));
    }
    ArrayNode inds = root.putArray("indicators");
    for (IndicatorView i : m.indicators()) {
      ObjectNode o = inds.addObject().put("id", i.id()).put("name", i.name().in(lang)).put("unit", i.unit().in(lang))
          .put("aggregation", i.aggregation().in(lang)).put("direction", i.direction().in(lang))
          .put("source", i.sourceId()).put("hasData", i.hasData());
      ArrayNode t = o.putArray("sdgTargets");
      i.targets().forEach(t::add);
      i.noData().ifPresent(nd -> o.put("noData", nd.in(lang)));
      ObjectNode per = o.putObject("municipalities");
      for (Map.Entry<MunicipalityCode, NavigableMap<Integer, Double>> e : i.perMunicipality().entrySet()) {
        series(per.putObject(e.getKey().value()), e.getValue());
      }
      if (!i.regional().isEmpty()) {
        series(o.putObject("region"), i.regional());
      }
      i.regionalNote().ifPresent(n -> o.put("regionNote", n.in(lang)));
      i.baseline().ifPresent(b -> o.putObject("baseline").put("year", b.year()).put("value", b.value()));
      i.target().ifPresent(tv -> o.putObject("target").put("year", tv.year()).put("value", tv.value())
          .put("origin", tv.origin().in(lang)));
      i.status().ifPresent(s -> o.putObject("status").put("code", s.code()).put("label", s.label().in(lang))
          .put("detail", s.detail().in(lang)));
      ObjectNode ms = o.putObject("municipalStatus");
      i.municipalStatus().forEach((code, s) -> ms.putObject(code.value()).put("code", s.code())
          .put("label", s.label().in(lang)).put("detail", s.detail().in(lang)));
      ArrayNode notes = o.putArray("notes");
      i.notes().forEach(n -> notes.add(n.in(lang)));
    }
    ArrayNode src = root.putArray("sources");
    for (SourceView s : m.sources()) {
      src.addObject().put("id", s.id()).put("name", s.name().in(lang)).put("attribution", s.attribution().in(lang))
          .put("licence", s.licence()).put("url", s.url());
    }
    ArrayNode notes = root.putArray("notes");
    m.notes().forEach(n -> notes.add(n.in(lang)));
    return root;
  }

  private static void series(ObjectNode o, NavigableMap<Integer, Double> s) {
    s.forEach((y, v) -> o.put(Integer.toString(y), v));
  }
}
