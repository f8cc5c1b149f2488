package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.report.Report.ElementView;
import io.github.livskraft.report.Report.FindingView;
import io.github.livskraft.report.Report.GoalView;
import io.github.livskraft.report.Report.IndicatorView;
import io.github.livskraft.report.Report.MunicipalityView;
import io.github.livskraft.report.Report.PlanView;
import io.github.livskraft.report.Report.SourceView;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.municipalities.MunicipalityCode;
import java.io.UncheckedIOException;
import java.util.Map;
import io.github.livskraft.indicators.series.TimeSeries;

/** Renders the report model as JSON (tree model; stable field names, documented in docs/report.md). */
final class JsonReport {
  /** The {@code $id} of the published schema. */
  static final String SCHEMA_ID = "https://livskraft.github.io/schema/livskraft-report-1.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String render(Report m, Language lang) {
    try {
      return MAPPER.writeValueAsString(tree(m, lang)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(Report m, Language lang) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "livskraft-report/1");
    root.put("$schema", SCHEMA_ID);
    root.put("language", lang.tag());
    root.put("title", m.title().text(lang));
    root.put("generator", m.generator());
    ObjectNode region = root.putObject("region");
    region.put("id", m.region().id());
    region.put("name", m.region().name().text(lang));
    ArrayNode munis = region.putArray("municipalities");
    for (MunicipalityView mv : m.region().municipalities()) {
      munis.addObject().put("code", mv.code().value()).put("name", mv.name());
    }
    ArrayNode prio = root.putArray("priorityGoals");
    m.priorityGoals().forEach(prio::add);
    ArrayNode goals = root.putArray("goals");
    for (GoalView g : m.goals()) {
      ObjectNode o = goals.addObject().put("goal", g.number()).put("title", g.title().text(lang))
          .put("colour", g.colour()).put("priority", m.priorityGoals().contains(g.number()));
      LocalizedText depth = m.coverage().depth().get(g.number());
      if (depth != null) {
        o.put("depth", depth.text(lang));
      }
      ArrayNode ex = o.putArray("linkedElements");
      m.coverage().explicit().getOrDefault(g.number(), java.util.List.of()).forEach(ex::add);
      ArrayNode su = o.putArray("suggestedElements");
      m.coverage().suggested().getOrDefault(g.number(), java.util.List.of()).forEach(su::add);
    }
    ArrayNode gaps = root.putArray("gaps");
    m.coverage().gaps().forEach(gaps::add);
    ArrayNode pg = root.putArray("priorityGaps");
    for (Report.GapView g : m.coverage().priorityGaps()) {
      pg.addObject().put("goal", g.goal()).put("depth", g.depth().text(lang)).put("explanation", g.explanation().text(lang));
    }
    ArrayNode plans = root.putArray("plans");
    for (PlanView p : m.plans()) {
      ObjectNode o = plans.addObject().put("id", p.id()).put("kind", p.kind().text(lang)).put("title", p.title())
          .put("owner", p.owner()).put("source", p.source());
      p.period().ifPresent(v -> o.put("period", v));
      p.parent().ifPresent(v -> o.put("parent", v));
      ArrayNode els = o.putArray("elements");
      for (ElementView e : p.elements()) {
        ObjectNode eo = els.addObject().put("id", e.id()).put("kind", e.kind().text(lang)).put("title", e.title())
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
          .put("message", f.message().text(lang));
      f.where().ifPresent(w -> o.put("where", w));
    }
    ArrayNode sugg = root.putArray("suggestions");
    for (SuggestionView s : m.suggestions()) {
      ObjectNode o = sugg.addObject().put("plan", s.planId()).put("element", s.elementId()).put("target", s.target())
          .put("goal", s.goal()).put("score", s.score()).put("alreadyLinked", s.alreadyLinked())
          .put("confirmed", false);
      ArrayNode ev = o.putArray("evidence");
      s.evidence().forEach(ev::add);
      o.put("evidenceLevel", s.evidenceLevel().id()).put("confidence", s.confidence());
    }
    ArrayNode planInds = root.putArray("planIndicators");
    for (Report.PlanIndicatorRow r : m.planIndicators()) {
      ObjectNode o = planInds.addObject().put("plan", r.planId()).put("element", r.elementId()).put("title", r.title())
          .put("hasFigures", r.hasFigures()).put("status", r.status().text(lang));
      r.unit().ifPresent(u -> o.put("unit", u));
      r.target().ifPresent(t -> o.put("target", t));
      r.reportIndicator().ifPresent(i -> o.put("indicator", i));
    }
    ArrayNode inds = root.putArray("indicators");
    for (IndicatorView i : m.indicators()) {
      ObjectNode o = inds.addObject().put("id", i.id()).put("name", i.name().text(lang)).put("unit", i.unit().text(lang))
          .put("aggregation", i.aggregation().text(lang)).put("direction", i.direction().text(lang))
          .put("source", i.sourceId()).put("hasData", i.hasData());
      ArrayNode t = o.putArray("sdgTargets");
      i.targets().forEach(t::add);
      i.noData().ifPresent(nd -> o.put("noData", nd.text(lang)));
      ObjectNode per = o.putObject("municipalities");
      for (Map.Entry<MunicipalityCode, TimeSeries> e : i.perMunicipality().entrySet()) {
        series(per.putObject(e.getKey().value()), e.getValue());
      }
      i.regional().ifPresent(r -> series(o.putObject("region"), r));
      o.put("regionIsTotal", i.regionIsTotal());
      i.regionalNote().ifPresent(n -> o.put("regionNote", n.text(lang)));
      i.baseline().ifPresent(b -> o.putObject("baseline").put("fromYear", b.fromYear()).put("toYear", b.toYear())
          .put("value", b.value()));
      i.target().ifPresent(tv -> o.putObject("target").put("year", tv.year()).put("value", tv.value())
          .put("origin", tv.origin().text(lang)));
      i.status().ifPresent(s -> o.putObject("status").put("code", s.code()).put("label", s.label().text(lang))
          .put("detail", s.detail().text(lang)));
      ObjectNode ms = o.putObject("municipalStatus");
      i.municipalStatus().forEach((code, s) -> ms.putObject(code.value()).put("code", s.code())
          .put("label", s.label().text(lang)).put("detail", s.detail().text(lang)));
      ArrayNode notes = o.putArray("notes");
      i.notes().forEach(n -> notes.add(n.text(lang)));
    }
    ArrayNode src = root.putArray("sources");
    for (SourceView s : m.sources()) {
      src.addObject().put("id", s.id()).put("name", s.name().text(lang)).put("attribution", s.attribution().text(lang))
          .put("licence", s.licence()).put("url", s.url());
    }
    ArrayNode notes = root.putArray("notes");
    m.notes().forEach(n -> notes.add(n.text(lang)));
    followUp(root, m, lang);
    cycle(root, m, lang);
    return root;
  }

  /** {@code followUp}: null without follow-up, else the year, the summaries and the rows. */
  private static void followUp(ObjectNode root, Report m, Language lang) {
    if (m.followUp().isEmpty()) {
      root.putNull("followUp");
      return;
    }
    Report.FollowUpView f = m.followUp().get();
    ObjectNode o = root.putObject("followUp").put("year", f.year());
    summaries(o.putArray("byFocusArea"), f.byFocusArea(), lang);
    summaries(o.putArray("byGoal"), f.byGoal(), lang);
    ArrayNode rows = o.putArray("rows");
    for (Report.FollowUpRowView r : f.rows()) {
      ObjectNode row = rows.addObject().put("planId", r.planId()).put("elementId", r.elementId())
          .put("title", r.title()).put("status", r.status().name())
          .put("statusLabel", Labels.status(r.status()).text(lang));
      r.budget().ifPresent(v -> row.put("budget", v));
      r.spent().ifPresent(v -> row.put("spent", v));
      r.comment().ifPresent(v -> row.put("comment", v));
      ArrayNode areas = row.putArray("focusAreas");
      r.focusAreas().forEach(areas::add);
      ArrayNode goals = row.putArray("goals");
      r.goals().forEach(goals::add);
    }
  }

  private static void summaries(ArrayNode out, java.util.List<Report.StatusSummaryView> rows, Language lang) {
    for (Report.StatusSummaryView s : rows) {
      ObjectNode o = out.addObject().put("key", s.key()).put("label", s.label()).put("total", s.total());
      ObjectNode counts = o.putObject("counts");
      s.counts().forEach((st, n) -> counts.put(st.name(), n));
      o.put("budget", s.budget()).put("spent", s.spent());
    }
  }

  /** {@code arshjul}: null without an årshjul, else the year, the events and the events without dates. */
  private static void cycle(ObjectNode root, Report m, Language lang) {
    if (m.cycle().isEmpty()) {
      root.putNull("arshjul");
      return;
    }
    Report.CycleView c = m.cycle().get();
    ObjectNode o = root.putObject("arshjul").put("year", c.year());
    ArrayNode events = o.putArray("events");
    for (Report.CycleEventView e : c.events()) {
      ObjectNode ev = events.addObject();
      e.planId().ifPresent(v -> ev.put("planId", v));
      ev.put("eventId", e.eventId()).put("title", e.title()).put("kind", e.kind().name())
          .put("kindLabel", Labels.kind(e.kind()).text(lang)).put("month", e.month().toString());
      e.date().ifPresent(v -> ev.put("date", v.toString()));
      e.time().ifPresent(v -> ev.put("time", v.toString()));
      e.body().ifPresent(v -> ev.put("body", v));
    }
    ArrayNode un = o.putArray("unscheduled");
    for (Report.UnscheduledView u : c.unscheduled()) {
      un.addObject().put("planId", u.planId()).put("eventId", u.eventId()).put("title", u.title())
          .put("kind", u.kind().name()).put("kindLabel", Labels.kind(u.kind()).text(lang)).put("rule", u.rule().toString())
          .put("ruleLabel", u.rule().describe(lang));
    }
  }

  /** {@code {"values": {year: value}, "missing": {year: SSB symbol}}}. */
  private static void series(ObjectNode o, TimeSeries s) {
    ObjectNode values = o.putObject("values");
    Series.values(s).forEach((y, v) -> values.put(Integer.toString(y), v));
    ObjectNode missing = o.putObject("missing");
    Series.missing(s).forEach((y, st) -> missing.put(Integer.toString(y), st.symbol()));
  }
}
