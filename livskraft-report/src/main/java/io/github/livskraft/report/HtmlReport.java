package io.github.livskraft.report;

import io.github.livskraft.sdg.NumberText;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.plan.EventKind;
import io.github.livskraft.plan.FollowUpStatus;
import io.github.livskraft.report.Report.CycleEventView;
import io.github.livskraft.report.Report.CycleView;
import io.github.livskraft.report.Report.ElementView;
import io.github.livskraft.report.Report.FollowUpRowView;
import io.github.livskraft.report.Report.FollowUpView;
import io.github.livskraft.report.Report.StatusSummaryView;
import io.github.livskraft.report.Report.UnscheduledView;
import java.math.BigDecimal;
import io.github.livskraft.report.Report.FindingView;
import io.github.livskraft.report.Report.GoalView;
import io.github.livskraft.report.Report.IndicatorView;
import io.github.livskraft.report.Report.MunicipalityView;
import io.github.livskraft.report.Report.PlanView;
import io.github.livskraft.report.Report.SourceView;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the report as one self-contained HTML page: inline CSS and SVG, no script, no external fetch (a
 * Content-Security-Policy forbids any), system fonts only.
 */
final class HtmlReport {
  private final Report m;
  private final Language lang;
  private final StringBuilder b = new StringBuilder(256 * 1024);

  private HtmlReport(Report model, Language lang) {
    this.m = model;
    this.lang = lang;
  }

  /** Renders the page. */
  static String render(Report model, Language lang) {
    return new HtmlReport(model, lang).page();
  }

  private String l(String key) {
    return Html.text(Labels.get(key, lang));
  }

  private String t(LocalizedText text) {
    return Html.text(text.text(lang));
  }

  private String page() {
    b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
            + " img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(Html.attr(m.generator())).append("\">\n")
        .append("<title>").append(t(m.title())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n")
        .append("<body>\n<header class=\"top\"><div class=\"wrap\"><p class=\"kicker\">Livskraft</p><h1>")
        .append(t(m.title())).append("</h1><p class=\"sub\">").append(t(m.region().name())).append(" — ");
    List<String> names = new ArrayList<>();
    m.region().municipalities().forEach(mv -> names.add(mv.name() + " (" + mv.code() + ")"));
    b.append(Html.text(String.join(", ", names))).append("</p></div></header>\n<main class=\"wrap\">\n");
    summary();
    goals();
    plans();
    followUp();
    cycle();
    findings();
    matrix();
    suggestions();
    indicators();
    sources();
    b.append("</main>\n<footer class=\"wrap foot\">").append(l("generated")).append(' ')
        .append(Html.text(m.generator())).append("</footer>\n</body>\n</html>\n");
    return b.toString();
  }

  private String status(FollowUpStatus st) {
    return t(Labels.status(st));
  }

  private static String amount(BigDecimal d) {
    return Html.text(d.stripTrailingZeros().toPlainString());
  }

  /** «Oppfølging»: status counts by innsatsområde and by goal, then one row per tiltak or mål. */
  private void followUp() {
    b.append("<section id=\"followup\"><h2>").append(l("followup"));
    if (m.followUp().isEmpty()) {
      b.append("</h2><p class=\"no-data\">").append(l("no.followup")).append("</p></section>\n");
      return;
    }
    FollowUpView f = m.followUp().get();
    b.append(' ').append(f.year()).append("</h2><p>").append(l("followup.intro")).append("</p>");
    summaryTable("by.focus", f.byFocusArea());
    summaryTable("by.goal", f.byGoal());
    b.append("<table class=\"followup-rows\"><thead><tr><th>").append(l("followup.status")).append("</th><th>")
        .append(l("measure.or.goal")).append("</th><th>").append(l("budget")).append("</th><th>")
        .append(l("spent")).append("</th><th>").append(l("comment")).append("</th></tr></thead><tbody>");
    for (FollowUpRowView row : f.rows()) {
      b.append("<tr class=\"followup-row\" data-status=\"").append(row.status().name()).append("\"><td>")
          .append(status(row.status())).append("</td><td>").append(Html.text(row.title())).append("<br><small>")
          .append(Html.text(row.planId() + "#" + row.elementId())).append("</small></td><td>")
          .append(row.budget().map(HtmlReport::amount).orElse("–")).append("</td><td>")
          .append(row.spent().map(HtmlReport::amount).orElse("–")).append("</td><td>")
          .append(Html.text(row.comment().orElse(""))).append("</td></tr>");
    }
    b.append("</tbody></table></section>\n");
  }

  private void summaryTable(String heading, List<StatusSummaryView> rows) {
    b.append("<h3>").append(l(heading)).append("</h3><table class=\"followup-summary\"><thead><tr><th></th>");
    for (FollowUpStatus st : FollowUpStatus.values()) {
      b.append("<th>").append(status(st)).append("</th>");
    }
    b.append("<th>").append(l("budget")).append("</th><th>").append(l("spent")).append("</th></tr></thead><tbody>");
    for (StatusSummaryView s : rows) {
      b.append("<tr class=\"summary-row\" data-key=\"").append(Html.attr(s.key())).append("\"><th>")
          .append(Html.text(s.label())).append("</th>");
      for (FollowUpStatus st : FollowUpStatus.values()) {
        b.append("<td>").append(s.counts().get(st)).append("</td>");
      }
      b.append("<td>").append(amount(s.budget())).append("</td><td>").append(amount(s.spent())).append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  /** «Årshjul»: the circular picture, the events as a table, and the events without dates. */
  private void cycle() {
    b.append("<section id=\"arshjul\"><h2>").append(l("arshjul"));
    if (m.cycle().isEmpty()) {
      b.append("</h2><p class=\"no-data\">").append(l("no.arshjul")).append("</p></section>\n");
      return;
    }
    CycleView c = m.cycle().get();
    b.append(' ').append(c.year()).append("</h2><p>").append(l("arshjul.intro")).append("</p><figure class=\"wheel\">")
        .append(CycleSvg.render(c, lang)).append("<figcaption class=\"legend-line\">");
    for (EventKind k : EventKind.values()) {
      b.append("<span class=\"dot round\" style=\"background:").append(CycleSvg.COLOURS.get(k)).append("\"></span>")
          .append(t(Labels.kind(k))).append("&nbsp;&nbsp; ");
    }
    b.append("</figcaption></figure><table class=\"arshjul-rows\"><thead><tr><th>").append(l("when"))
        .append("</th><th>").append(l("what")).append("</th><th>").append(l("plan"))
        .append("</th></tr></thead><tbody>");
    for (CycleEventView e : c.events()) {
      b.append("<tr class=\"arshjul-row\" data-kind=\"").append(e.kind().name()).append("\"><td>")
          .append(Html.text(e.date().map(Object::toString).orElse(e.month().toString())
              + e.time().map(x -> " " + x).orElse(""))).append("</td><td>").append(Html.text(e.title()))
          .append(e.body().map(x -> " <small>(" + Html.text(x) + ")</small>").orElse("")).append("</td><td>")
          .append(Html.text(e.planId().orElse(""))).append("</td></tr>");
    }
    b.append("</tbody></table>");
    if (!c.unscheduled().isEmpty()) {
      b.append("<h3>").append(l("unscheduled")).append("</h3><ul class=\"unscheduled\">");
      for (UnscheduledView u : c.unscheduled()) {
        b.append("<li>").append(Html.text(u.title() + ": " + u.rule().describe(lang) + " [" + u.planId() + "]")).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</section>\n");
  }

  private void summary() {
    long linkedGoals = m.coverage().explicit().values().stream().filter(v -> !v.isEmpty()).count();
    long withData = m.indicators().stream().filter(IndicatorView::hasData).count();
    long newSuggestions = m.suggestions().stream().filter(s -> !s.alreadyLinked()).count();
    b.append("<section id=\"summary\" class=\"cards\">");
    card(linkedGoals + " / 17", l("goals.linked"));
    if (m.priorityGoals().isEmpty()) {
      card("0", l("no.priority.card")); // no gap count: there is nothing to have a gap against
    } else if (m.coverage().priorityGaps().isEmpty()) {
      card(Integer.toString(m.coverage().gaps().size()), l("gaps"));
    } else {
      card(m.coverage().priorityGaps().size() + " / " + m.priorityGoals().size(), l("gaps.card"));
    }
    card(Integer.toString(m.findings().size()), l("findings.count"));
    card(newSuggestions + "", l("suggestions.count"));
    card(withData + " / " + m.indicators().size(), l("indicators.with.data"));
    b.append("</section>\n");
  }

  private void card(String value, String label) {
    b.append("<div class=\"card\"><span class=\"big\">").append(Html.text(value)).append("</span><span>")
        .append(label).append("</span></div>");
  }

  private void goals() {
    b.append("<section id=\"coverage\"><h2>").append(l("coverage")).append("</h2><p>")
        .append(l(m.priorityGoals().isEmpty() ? "coverage.intro.nopriority" : "coverage.intro"))
        .append("</p>\n<div class=\"tiles\">");
    for (GoalView g : m.goals()) {
      int linked = m.coverage().explicit().getOrDefault(g.number(), List.of()).size();
      int suggested = m.coverage().suggested().getOrDefault(g.number(), List.of()).size();
      boolean priority = m.priorityGoals().contains(g.number());
      boolean gap = m.coverage().gaps().contains(g.number());
      // an unlinked goal is shown faded: the official colour mixed 40/60 with white; the text colour (black or
      // white) is chosen per tile for WCAG AA contrast against the colour actually shown
      String bg = linked == 0 ? Contrast.mixWithWhite(g.colour(), 0.4) : g.colour();
      b.append("<div class=\"goal-tile").append(linked == 0 ? " unlinked" : "").append(priority ? " priority" : "")
          .append(gap ? " gap" : "").append("\" data-goal=\"").append(g.number()).append("\" style=\"background:")
          .append(bg).append(";color:").append(Contrast.textOn(bg)).append("\"><span class=\"num\">").append(g.number()).append("</span><span class=\"gt\">")
          .append(t(g.title())).append("</span><span class=\"cnt\">").append(linked).append(' ')
          .append(linked == 1 ? l("link") : l("links"));
      if (suggested > 0) {
        b.append(" · +").append(suggested).append(' ').append(l("suggested"));
      }
      b.append("</span>");
      LocalizedText depth = m.coverage().depth().get(g.number());
      if (depth != null && linked > 0) {
        b.append("<span class=\"depth\">").append(t(depth)).append("</span>");
      }
      if (priority) {
        b.append("<span class=\"badge\">").append(gap ? l("gap") : l("priority")).append("</span>");
      }
      b.append("</div>");
    }
    b.append("</div>\n");
    if (m.priorityGoals().isEmpty()) {
      b.append("</section>\n"); // no priority goals: no gap list, not even "0 gaps"
      return;
    }
    b.append("<h3>").append(l("gaps")).append("</h3>");
    if (!m.coverage().priorityGaps().isEmpty()) {
      b.append("<p>").append(l("gaps.depth")).append("</p><ul class=\"gaps\">");
      for (Report.GapView g : m.coverage().priorityGaps()) {
        b.append("<li class=\"gap-item\"><span class=\"dot\" style=\"background:").append(goal(g.goal()).colour())
            .append("\"></span><strong>").append(l("goal")).append(' ').append(g.goal()).append(" — ")
            .append(t(goal(g.goal()).title())).append("</strong> <span class=\"muted\">(").append(t(g.depth()))
            .append(")</span>: ").append(t(g.explanation())).append("</li>");
      }
      b.append("</ul>");
    } else if (m.coverage().gaps().isEmpty()) {
      b.append("<p class=\"ok\">").append(l("no.gaps")).append("</p>");
    } else {
      b.append("<ul class=\"gaps\">");
      for (int g : m.coverage().gaps()) {
        b.append("<li><span class=\"dot\" style=\"background:").append(goal(g).colour()).append("\"></span>")
            .append(l("goal")).append(' ').append(g).append(" — ").append(t(goal(g).title())).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("</section>\n");
  }

  private GoalView goal(int n) {
    return m.goals().get(n - 1);
  }

  private void plans() {
    b.append("<section id=\"plans\"><h2>").append(l("plans")).append("</h2>");
    if (m.plans().isEmpty()) {
      b.append("<p class=\"no-data\">").append(l("no.plans")).append("</p></section>\n");
      return;
    }
    // the chain as a tree: each plan under the plan it follows up, in document order otherwise
    Map<String, List<PlanView>> children = new java.util.LinkedHashMap<>();
    List<PlanView> roots = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    m.plans().forEach(p -> ids.add(p.id()));
    for (PlanView p : m.plans()) {
      if (p.parent().isPresent() && ids.contains(p.parent().get())) {
        children.computeIfAbsent(p.parent().get(), k -> new ArrayList<>()).add(p);
      } else {
        roots.add(p);
      }
    }
    b.append("<table class=\"chain\"><thead><tr><th>").append(l("plan")).append("</th><th>").append(l("kind"))
        .append("</th><th>").append(l("owner")).append("</th><th>").append(l("period")).append("</th><th>")
        .append(l("elements")).append("</th></tr></thead><tbody>");
    for (PlanView r : roots) {
      planRow(r, 0, children);
    }
    b.append("</tbody></table></section>\n");
  }

  private void planRow(PlanView p, int depth, Map<String, List<PlanView>> children) {
    b.append("<tr class=\"plan\" data-plan=\"").append(Html.attr(p.id())).append("\"><td style=\"padding-left:")
        .append(8 + 18 * Math.min(depth, 6)).append("px\">").append(depth > 0 ? "<span class=\"arrow\">↳</span> " : "")
        .append("<strong>").append(Html.text(p.title())).append("</strong><div class=\"plan-src\"><code>")
        .append(Html.text(p.id())).append("</code> · ").append(Html.text(p.source())).append("</div></td><td>")
        .append(t(p.kind())).append("</td><td>").append(Html.text(p.owner())).append("</td><td>")
        .append(p.period().map(Html::text).orElse("–")).append("</td><td class=\"num\">").append(p.elements().size())
        .append("</td></tr>");
    for (PlanView c : children.getOrDefault(p.id(), List.of())) {
      planRow(c, depth + 1, children);
    }
  }

  private void findings() {
    b.append("<section id=\"findings\"><h2>").append(l("findings")).append("</h2>");
    if (m.findings().isEmpty()) {
      b.append("<p class=\"ok\">").append(l("no.findings")).append("</p></section>\n");
      return;
    }
    b.append("<table class=\"findings\"><tbody>");
    for (FindingView f : m.findings()) {
      b.append("<tr class=\"sev-").append(f.severity().name().toLowerCase(java.util.Locale.ROOT))
          .append("\"><td class=\"sev\">").append(l("severity." + f.severity().name())).append("</td><td><code>")
          .append(Html.text(f.code())).append("</code></td><td>").append(t(f.message()));
      f.where().ifPresent(w -> b.append(" <span class=\"where\">(").append(Html.text(w)).append(")</span>"));
      b.append("</td></tr>");
    }
    b.append("</tbody></table></section>\n");
  }

  private void matrix() {
    b.append("<section id=\"matrix\"><h2>").append(l("matrix")).append("</h2><p class=\"legend-line\">")
        .append(l("matrix.legend")).append("</p>");
    List<ElementView> rows = new ArrayList<>();
    Map<String, Map<Integer, SuggestionView>> suggestedByElement = new java.util.HashMap<>();
    for (SuggestionView s : m.suggestions()) {
      if (!s.alreadyLinked()) {
        suggestedByElement.computeIfAbsent(s.planId() + "/" + s.elementId(), k -> new java.util.TreeMap<>())
            .putIfAbsent(s.goal(), s);
      }
    }
    for (PlanView p : m.plans()) {
      for (ElementView e : p.elements()) {
        if (!e.goals().isEmpty() || suggestedByElement.containsKey(p.id() + "/" + e.id())) {
          rows.add(e);
        }
      }
    }
    if (rows.isEmpty()) {
      b.append("<p class=\"no-data\">").append(l("no.plans")).append("</p></section>\n");
      return;
    }
    b.append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th class=\"el\">").append(l("element"))
        .append("</th>");
    for (GoalView g : m.goals()) {
      b.append("<th class=\"g").append(m.priorityGoals().contains(g.number()) ? " prio" : "")
          .append("\" style=\"background:").append(g.colour()).append(";color:").append(Contrast.textOn(g.colour()))
          .append("\" title=\"").append(Html.attr(g.title().text(lang)))
          .append("\">").append(g.number()).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    String lastPlan = "";
    for (ElementView e : rows) {
      if (!e.planId().equals(lastPlan)) {
        lastPlan = e.planId();
        String planTitle = m.plans().stream().filter(p -> p.id().equals(e.planId())).map(PlanView::title)
            .findFirst().orElse(e.planId());
        b.append("<tr class=\"plan-row\"><th colspan=\"18\">").append(Html.text(planTitle)).append("</th></tr>");
      }
      Map<Integer, SuggestionView> sug = suggestedByElement.getOrDefault(e.planId() + "/" + e.id(), Map.of());
      b.append("<tr><td class=\"el\" style=\"padding-left:").append(6 + 12 * Math.min(e.depth(), 4)).append("px\">")
          .append("<span class=\"ek\">").append(t(e.kind())).append("</span> ").append(Html.text(e.title()))
          .append("</td>");
      for (GoalView g : m.goals()) {
        boolean linked = e.goals().contains(g.number());
        boolean suggested = !linked && sug.containsKey(g.number());
        b.append("<td class=\"c").append(m.priorityGoals().contains(g.number()) ? " prio" : "").append("\">");
        if (linked) {
          b.append("<span class=\"on\">●</span>");
        } else if (suggested) {
          b.append("<span class=\"sug\" title=\"").append(Html.attr(sug.get(g.number()).evidenceText().text(lang)))
              .append("\">○</span>");
        }
        b.append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div></section>\n");
  }

  private void suggestions() {
    b.append("<section id=\"suggestions\"><h2>").append(l("suggestions")).append("</h2><p class=\"warn\">")
        .append(l("suggestions.intro")).append("</p>");
    if (m.suggestions().isEmpty()) {
      b.append("<p>").append(l("no.suggestions")).append("</p></section>\n");
      return;
    }
    b.append("<table class=\"suggestions\"><thead><tr><th>").append(l("element")).append("</th><th>")
        .append(l("suggestion")).append("</th><th>").append(l("score")).append("</th><th>").append(l("evidence"))
        .append("</th><th>").append(l("confidence")).append("</th></tr></thead><tbody>");
    for (SuggestionView s : m.suggestions()) {
      b.append("<tr class=\"suggestion").append(s.alreadyLinked() ? " known" : "").append("\"><td>")
          .append(Html.text(s.elementTitle())).append("</td><td><span class=\"chip\" style=\"background:")
          .append(goal(s.goal()).colour()).append(";color:").append(Contrast.textOn(goal(s.goal()).colour())).append("\">").append(Html.text(s.target())).append("</span> ")
          .append(s.alreadyLinked() ? l("already") : "<em>" + l("new") + "</em>").append("</td><td>")
          .append(Html.text(NumberText.fixed(s.score(), 2, lang))).append("</td><td>")
          .append(Html.text(String.join(", ", s.evidence()))).append("</td><td>")
          .append(confidenceMarker(s)).append("</td></tr>");
    }
    b.append("</tbody></table></section>\n");
  }

  /**
   * The compact marker of a suggestion's confidence: the measured share ("0,89") with one to three dots for the band
   * (≥ 0.8, ≥ 0.6, below), the confidence and the evidence level's description as title text.
   */
  private String confidenceMarker(SuggestionView s) {
    String dots = s.confidence() >= 0.8 ? "●●●" : s.confidence() >= 0.6 ? "●●○" : "●○○";
    return "<span class=\"conf\" data-evidence=\"" + Html.attr(s.evidenceLevel().id()) + "\" title=\""
        + Html.attr(s.evidenceText().text(lang)) + "\"><span aria-hidden=\"true\">" + dots + "</span> "
        + Html.text(NumberText.fixed(s.confidence(), 2, lang)) + "</span>";
  }

  private void indicators() {
    b.append("<section id=\"indicators\"><h2>").append(l("indicators")).append("</h2><p>")
        .append(l("indicators.intro")).append("</p><p class=\"legend-line progress-rules\">")
        .append(l("progress.rules")).append("</p>");
    planIndicators();
    for (IndicatorView ind : m.indicators()) {
      indicator(ind);
    }
    b.append("</section>\n");
  }

  private void planIndicators() {
    if (m.planIndicators().isEmpty()) {
      return;
    }
    b.append("<h3>").append(l("plan.indicators")).append("</h3><table class=\"plan-indicators\"><thead><tr><th>")
        .append(l("element")).append("</th><th>").append(l("target")).append("</th><th>").append(l("figures"))
        .append("</th></tr></thead><tbody>");
    for (Report.PlanIndicatorRow r : m.planIndicators()) {
      b.append("<tr class=\"").append(r.hasFigures() ? "has" : "none").append("\"><td>").append(Html.text(r.title()))
          .append(r.unit().map(u -> " <span class=\"muted\">(" + Html.text(u) + ")</span>").orElse(""))
          .append("<div class=\"muted\">").append(Html.text(r.planTitle())).append("</div></td><td>")
          .append(r.target().map(Html::text).orElse("<span class=\"muted\">" + l("no.target") + "</span>"))
          .append("</td><td>");
      if (r.reportIndicator().isPresent()) {
        b.append("<a href=\"#ind-").append(Html.attr(r.reportIndicator().get())).append("\">")
            .append(code(r.status().text(lang))).append("</a>");
      } else {
        b.append(code(r.status().text(lang)));
      }
      b.append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  private void indicator(IndicatorView ind) {
    b.append("<article class=\"indicator\" id=\"ind-").append(Html.attr(ind.id())).append("\"><h3>")
        .append(t(ind.name())).append(" <span class=\"unit\">").append(t(ind.unit())).append("</span></h3>");
    b.append("<div class=\"meta\">");
    for (String target : ind.targets()) {
      int g = Integer.parseInt(target.contains(".") ? target.substring(0, target.indexOf('.')) : target);
      b.append("<span class=\"chip\" style=\"background:").append(goal(g).colour()).append(";color:")
          .append(Contrast.textOn(goal(g).colour())).append("\">")
          .append(Html.text(target)).append("</span>");
    }
    b.append("<span class=\"kv\">").append(l("aggregation")).append(": ").append(t(ind.aggregation()))
        .append("</span><span class=\"kv\">").append(l("direction")).append(": ").append(t(ind.direction()))
        .append("</span></div>");
    b.append("<figure class=\"chart\" data-indicator=\"").append(Html.attr(ind.id())).append("\">");
    if (ind.noData().isPresent() || !ind.hasData()) {
      b.append("<div class=\"no-data\"><strong>")
          .append(l(ind.noData().isPresent() ? "no.bundled.data" : "no.data")).append("</strong>");
      ind.noData().ifPresent(nd -> b.append(" — ").append(code(nd.text(lang))));
      b.append("</div>");
    } else {
      b.append(SvgChart.render(ind, m.region().municipalities(), lang, m.region().name().text(lang)));
    }
    b.append("</figure>");
    if (ind.hasData()) {
      b.append("<dl class=\"facts\">");
      b.append("<div><dt>").append(l("baseline")).append("</dt><dd>");
      b.append(ind.baseline().map(p -> Html.text(NumberText.fixed(p.value(), ind.decimals(), lang)) + " ("
          + (p.toYear() > p.fromYear() ? p.fromYear() + "–" + p.toYear() + ", " + l("median") : p.fromYear())
          + ")").orElse("–")).append("</dd></div>");
      NavigableMap<Integer, Double> main = mainSeries(ind);
      b.append("<div><dt>").append(l("latest")).append("</dt><dd>");
      b.append(main.isEmpty() ? "–" : Html.text(NumberText.fixed(main.lastEntry().getValue(), ind.decimals(), lang))
          + " (" + main.lastKey() + ")").append("</dd></div>");
      b.append("<div><dt>").append(l("target")).append("</dt><dd>");
      b.append(ind.target().map(tv -> Html.text(NumberText.fixed(tv.value(), ind.decimals(), lang)) + " (" + tv.year()
          + ") <span class=\"origin\">" + t(tv.origin()) + "</span>").orElse("<span class=\"muted\">"
          + l("no.target") + "</span>")).append("</dd></div>");
      b.append("<div><dt>").append(l("status")).append("</dt><dd>");
      b.append(ind.status().map(s -> "<span class=\"status\" data-status=\"" + Html.attr(s.code())
          + "\" style=\"background:" + s.colour() + ";color:" + Contrast.textOn(s.colour()) + "\">" + t(s.label()) + "</span> <span class=\"muted\">"
          + t(s.detail()) + "</span>").orElse("–")).append("</dd></div>");
      b.append("</dl>");
    }
    List<LocalizedText> notes = new ArrayList<>(ind.notes());
    ind.regionalNote().ifPresent(notes::add);
    if (!notes.isEmpty()) {
      b.append("<ul class=\"notes\">");
      notes.forEach(n -> b.append("<li>").append(code(n.text(lang))).append("</li>"));
      b.append("</ul>");
    }
    if (ind.hasData()) {
      table(ind);
    }
    source(ind.sourceId());
    b.append("</article>\n");
  }

  /** The series the facts describe: the region's, or the only municipality's (as the builder assesses it). */
  private NavigableMap<Integer, Double> mainSeries(IndicatorView ind) {
    if (ind.regional().isPresent()) {
      return Series.values(ind.regional().get());
    }
    if (m.region().municipalities().size() == 1) {
      TimeSeries only = ind.perMunicipality().get(m.region().municipalities().get(0).code());
      return only == null ? new java.util.TreeMap<>() : Series.values(only);
    }
    return new java.util.TreeMap<>();
  }

  private void table(IndicatorView ind) {
    TreeSet<Integer> years = new TreeSet<>();
    ind.regional().ifPresent(r -> r.periods().forEach(p -> years.add(p.year())));
    ind.perMunicipality().values().forEach(s -> s.periods().forEach(p -> years.add(p.year())));
    b.append("<details><summary>").append(l("table")).append("</summary><div class=\"scroll\"><table class=\"data\">")
        .append("<thead><tr><th></th>");
    years.forEach(y -> b.append("<th>").append(y).append("</th>"));
    boolean statuses = !ind.municipalStatus().isEmpty();
    if (statuses) {
      b.append("<th class=\"st\">").append(l("status")).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (MunicipalityView mv : m.region().municipalities()) {
      row(mv.name(), Optional.ofNullable(ind.perMunicipality().get(mv.code())), years, ind.decimals(), false);
      if (statuses) {
        statusCell(Optional.ofNullable(ind.municipalStatus().get(mv.code())));
      }
      b.append("</tr>");
    }
    if (ind.regional().isPresent()) {
      row(m.region().name().text(lang), ind.regional(), years, ind.decimals(), true);
      if (statuses) {
        statusCell(ind.status());
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div></details>");
  }

  /** A table row: the figure, SSB's symbol for a published year without one (with its meaning), or "·". */
  private void row(String label, Optional<TimeSeries> s, Set<Integer> years, int decimals, boolean strong) {
    b.append("<tr").append(strong ? " class=\"strong\"" : "").append("><th>").append(Html.text(label)).append("</th>");
    for (int y : years) {
      Optional<Observation> o = s.flatMap(ts -> ts.find(Period.year(y)));
      b.append("<td>");
      if (o.isEmpty()) {
        b.append("<span class=\"muted\">·</span>");
      } else if (o.get().hasValue()) {
        b.append(Html.text(NumberText.fixed(o.get().getValue(), decimals, lang)));
      } else {
        b.append("<abbr class=\"ssb-status\" title=\"").append(Html.attr(l("missing.symbol") + ": "
            + o.get().status().label(lang))).append("\">").append(Html.text(o.get().status().symbol()))
            .append("</abbr>");
      }
      b.append("</td>");
    }
  }

  private void statusCell(Optional<Report.StatusView> st) {
    b.append("<td class=\"st\">");
    st.ifPresent(s -> b.append("<span class=\"status small\" title=\"").append(Html.attr(s.detail().text(lang)))
        .append("\" style=\"background:").append(s.colour()).append(";color:").append(Contrast.textOn(s.colour()))
        .append("\">").append(t(s.label())).append("</span>"));
    b.append("</td>");
  }

  private void source(String sourceId) {
    m.sources().stream().filter(s -> s.id().equals(sourceId)).findFirst().ifPresent(s -> b
        .append("<p class=\"attribution\">").append(t(s.attribution())).append("</p>"));
  }

  private void sources() {
    b.append("<section id=\"sources\"><h2>").append(l("sources")).append("</h2><ul class=\"sources\">");
    for (SourceView s : m.sources()) {
      b.append("<li><strong>").append(t(s.name())).append("</strong> — ").append(t(s.attribution()))
          .append(". <span class=\"muted\">").append(Html.text(s.licence())).append(" · ").append(Html.text(s.url()))
          .append("</span></li>");
    }
    b.append("</ul>");
    if (!m.notes().isEmpty()) {
      b.append("<h3>").append(l("notes")).append("</h3><ul class=\"notes\">");
      m.notes().forEach(n -> b.append("<li>").append(code(n.text(lang))).append("</li>"));
      b.append("</ul>");
    }
    b.append("</section>\n");
  }

  /** Escapes text and renders `back-quoted` parts as code. */
  static String code(String s) {
    String[] parts = s.split("`", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      boolean inCode = i % 2 == 1 && (parts.length % 2 == 1 || i < parts.length - 1);
      if (inCode) {
        out.append("<code>").append(Html.text(parts[i])).append("</code>");
      } else {
        if (i % 2 == 1) {
          out.append('`');
        }
        out.append(Html.text(parts[i]));
      }
    }
    return out.toString();
  }

  private static final String CSS = """
      :root{--ink:#1b1b1b;--muted:#5b6470;--line:#d9dde3;--bg:#f6f7f9;--accent:#19486A}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
      .wrap{max-width:1120px;margin:0 auto;padding:0 20px}
      header.top{background:var(--accent);color:#fff;padding:22px 0 18px}
      header .kicker{margin:0;text-transform:uppercase;letter-spacing:.12em;font-size:12px;color:#dfe8ef}
      header h1{margin:4px 0 6px;font-size:28px;line-height:1.2}
      header .sub{margin:0;color:#eef3f7}
      h2{margin:34px 0 10px;font-size:22px;border-bottom:2px solid var(--line);padding-bottom:4px}
      h3{font-size:17px;margin:22px 0 8px}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-top:20px}
      .card{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:12px 14px;display:flex;flex-direction:column}
      .card .big{font-size:26px;font-weight:700}
      .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(136px,1fr));gap:8px}
      .goal-tile{position:relative;border-radius:6px;padding:10px;min-height:118px;display:flex;flex-direction:column;gap:4px}
      .goal-tile .num{font-size:28px;font-weight:800;line-height:1}
      .goal-tile .gt{font-size:12.5px;font-weight:600;line-height:1.25;flex:1;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:normal;word-break:normal}
      .goal-tile .cnt{font-size:12px}
      .goal-tile .depth{font-size:11px;font-style:italic}
            .goal-tile.priority{outline:3px solid var(--ink);outline-offset:2px}
      .goal-tile .badge{align-self:flex-start;background:#fff;color:var(--ink);font-size:10.5px;font-weight:700;border-radius:10px;padding:1px 7px;text-transform:uppercase}
      .goal-tile.gap .badge{background:#fff3cd;color:#7a4b00}
      ul.gaps{list-style:none;padding:0}
      ul.gaps li{margin:4px 0}
      .dot{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:8px;vertical-align:-1px}
      .ok{color:#1f6f3b}
      table.chain{width:100%}
      table.chain th{text-align:left;font-size:12px;color:var(--muted);text-transform:uppercase;border-bottom:2px solid var(--line);padding:4px 8px}
      table.chain td{border-bottom:1px solid var(--line);padding:5px 8px;vertical-align:top}
      table.chain td.num{text-align:right}
      table.chain .arrow{color:var(--muted)}
      .plan-src{font-size:12px;color:var(--muted)}
      table{border-collapse:collapse;font-size:13.5px}
      table.findings td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}
      tr.sev-error .sev{color:#b00020;font-weight:700}
      tr.sev-warning .sev{color:#8a5a00;font-weight:700}
      tr.sev-info .sev{color:var(--muted)}
      .where{color:var(--muted)}
      .scroll{overflow-x:auto}
      table.matrix th.g{width:26px;min-width:26px;text-align:center;font-size:12px;padding:4px 0}
      table.matrix th.g.prio{outline:2px solid var(--ink);outline-offset:-2px}
      table.matrix td.c{text-align:center;border-bottom:1px solid var(--line);font-size:15px}
      table.matrix td.c.prio{background:#f2f4f7}
      table.matrix td.el{border-bottom:1px solid var(--line);padding:4px 8px;min-width:320px}
      table.matrix tr.plan-row th{text-align:left;background:var(--bg);padding:6px 8px;font-size:13px}
      .ek{font-size:11px;color:var(--muted);text-transform:uppercase}
      .legend-line{color:var(--muted);font-size:13px}
      .warn{background:#fff8e1;border-left:4px solid #FCC30B;padding:8px 12px}
      table.plan-indicators{width:100%;margin-bottom:10px}
      table.plan-indicators th,table.plan-indicators td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
      table.plan-indicators tr.none td:last-child{color:#7a4b00}
      table.suggestions th,table.suggestions td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
      tr.suggestion.known{color:var(--muted)}
      .conf{white-space:nowrap;border-bottom:1px dotted currentColor;cursor:help}
      .chip{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:700;margin-right:4px}
      article.indicator{border-top:1px solid var(--line);padding-top:4px;margin-top:18px}
      .unit{font-weight:400;color:var(--muted);font-size:14px}
      .meta{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;font-size:13px}
      .kv{color:var(--muted)}
      figure.chart{margin:10px 0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:6px}
      .chart-svg{width:100%;height:auto;display:block}
      .chart-svg .grid{stroke:#e6e8ec;stroke-width:1}
      .chart-svg .axis{stroke:#9aa1ab;stroke-width:1}
      .chart-svg .tick{font-size:11px;fill:#5b6470}
      .chart-svg .note{font-size:11px;fill:#5b6470}
      .chart-svg .legend{font-size:12px;fill:#1b1b1b}
      .chart-svg .legend.strong{font-weight:700}
      .chart-svg .baseline{stroke:#9aa1ab;stroke-dasharray:2 3}
      .chart-svg .base-period{fill:#eef1f5}
      abbr.ssb-status{text-decoration:none;color:var(--muted);cursor:help}
      table.matrix .on,table.matrix .sug{color:var(--ink)}
      .chart-svg .target-line{stroke-width:2;stroke-dasharray:7 5}
      .no-data{background:var(--bg);border:1px dashed #aab1bb;border-radius:6px;padding:14px;color:#3b4250}
      dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:6px 16px;margin:8px 0}
      dl.facts dt{font-size:12px;color:var(--muted);text-transform:uppercase}
      dl.facts dd{margin:0}
      .status{color:#fff;border-radius:4px;padding:1px 8px;font-weight:700;font-size:13px}
      .status.small{font-size:11.5px;font-weight:600;white-space:nowrap}
      table.data td.st{text-align:left}
      .muted,.origin{color:var(--muted);font-size:13px}
      ul.notes{font-size:13px;color:#3b4250}
      details summary{cursor:pointer;color:var(--accent);font-size:13.5px}
      table.data th,table.data td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
      table.data th:first-child{text-align:left}
      table.data th.st{text-align:left}
      table.data tr.strong{font-weight:700}
      .attribution{font-size:12.5px;color:var(--muted);margin:6px 0 0}
      ul.sources li{margin:6px 0}
      a{color:var(--accent)}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;background:#f0f2f5;padding:0 3px;border-radius:3px}
      .foot{color:var(--muted);font-size:12.5px;padding:30px 20px 40px}
      table.followup-summary,table.followup-rows,table.arshjul-rows{margin-bottom:10px}
      table.followup-summary th,table.followup-summary td,table.followup-rows th,table.followup-rows td,table.arshjul-rows th,table.arshjul-rows td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      figure.wheel{margin:10px 0}
      .dot.round{border-radius:50%;border:1px solid #1b1b1b}
      svg.arshjul{max-width:100%;height:auto}
      @media print{.goal-tile{break-inside:avoid}article.indicator{break-inside:avoid}}
      """;
}
