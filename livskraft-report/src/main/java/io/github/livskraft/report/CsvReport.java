package io.github.livskraft.report;

import io.github.livskraft.report.ReportModel.ElementView;
import io.github.livskraft.report.ReportModel.FindingView;
import io.github.livskraft.report.ReportModel.IndicatorView;
import io.github.livskraft.report.ReportModel.MunicipalityView;
import io.github.livskraft.report.ReportModel.PlanView;
import io.github.livskraft.report.ReportModel.SuggestionView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Tidy CSV files (one observation per row, RFC 4180, UTF-8, header line). */
final class CsvReport {
  private CsvReport() {}

  /** File name → content. */
  static Map<String, String> render(ReportModel m, ReportLanguage lang) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("indicator-values.csv", values(m, lang));
    files.put("goal-links.csv", links(m));
    files.put("findings.csv", findings(m, lang));
    return files;
  }

  private static String values(ReportModel m, ReportLanguage lang) {
    StringBuilder b = new StringBuilder("indicator_id,level,code,name,year,value,unit,source\n");
    for (IndicatorView i : m.indicators()) {
      for (MunicipalityView mv : m.region().municipalities()) {
        NavigableMap<Integer, Double> s = i.perMunicipality().get(mv.code());
        if (s != null) {
          s.forEach((y, v) -> row(b, i.id(), "municipality", mv.code().value(), mv.name(), y, v, i.unit().in(lang),
              i.sourceId()));
        }
      }
      i.regional().forEach((y, v) -> row(b, i.id(), "region", m.region().id(), m.region().name().in(lang), y, v,
          i.unit().in(lang), i.sourceId()));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String id, String level, String code, String name, int year, double v,
      String unit, String source) {
    b.append(String.join(",", List.of(Csv.quote(id), level, Csv.quote(code), Csv.quote(name),
        Integer.toString(year), Double.toString(v), Csv.quote(unit), Csv.quote(source)))).append('\n');
  }

  private static String links(ReportModel m) {
    StringBuilder b = new StringBuilder("plan_id,element_id,goal,target,link\n");
    for (PlanView p : m.plans()) {
      for (ElementView e : p.elements()) {
        for (int g : e.goals()) {
          List<String> targets = e.targets().stream().filter(t -> t.startsWith(g + ".")).toList();
          if (targets.isEmpty()) {
            b.append(Csv.quote(p.id())).append(',').append(Csv.quote(e.id())).append(',').append(g)
                .append(",,explicit\n");
          }
          for (String t : targets) {
            b.append(Csv.quote(p.id())).append(',').append(Csv.quote(e.id())).append(',').append(g).append(',')
                .append(Csv.quote(t)).append(",explicit\n");
          }
        }
      }
    }
    for (SuggestionView s : m.suggestions()) {
      if (!s.alreadyLinked()) {
        b.append(Csv.quote(s.planId())).append(',').append(Csv.quote(s.elementId())).append(',').append(s.goal())
            .append(',').append(Csv.quote(s.target())).append(",suggested\n");
      }
    }
    return b.toString();
  }

  private static String findings(ReportModel m, ReportLanguage lang) {
    StringBuilder b = new StringBuilder("severity,code,where,message\n");
    for (FindingView f : m.findings()) {
      b.append(f.severity()).append(',').append(Csv.quote(f.code())).append(',')
          .append(Csv.quote(f.where().orElse(""))).append(',').append(Csv.quote(f.message().in(lang))).append('\n');
    }
    return b.toString();
  }
}
