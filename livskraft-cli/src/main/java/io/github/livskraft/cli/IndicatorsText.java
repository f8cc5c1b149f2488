package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.indicators.DataSource;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.TargetLink;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text and JSON rendering for {@code livskraft indicators}. */
final class IndicatorsText {
  private IndicatorsText() {}


  static String direction(IndicatorDefinition d, Language lang) {
    boolean en = lang == Language.EN;
    return switch (d.direction()) {
      case HIGHER_IS_BETTER -> en ? "higher is better" : "høyere er bedre";
      case LOWER_IS_BETTER -> en ? "lower is better" : "lavere er bedre";
      case TARGET_BAND -> en ? "target band" : "målbånd";
    };
  }

  static String targets(IndicatorDefinition d) {
    List<String> l = new ArrayList<>();
    for (TargetLink t : d.targetLinks()) {
      l.add(t.target() + (t.role().name().equals("PRIMARY") ? "" : "(" + t.role().name().toLowerCase(Locale.ROOT)
          .charAt(0) + ")"));
    }
    return String.join(" ", l);
  }

  /** Prints rows as aligned columns (the last column is not padded). */
  static void table(PrintWriter out, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int cols = rows.get(0).length;
    int[] w = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols; i++) {
        w[i] = Math.max(w[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        b.append(r[i]);
        if (i < cols - 1) {
          b.append(" ".repeat(w[i] - r[i].codePointCount(0, r[i].length()) + 2));
        }
      }
      out.println(b.toString().stripTrailing());
    }
  }

  static ObjectNode json(ObjectMapper m, IndicatorDefinition d, boolean full) {
    ObjectNode n = m.createObjectNode();
    n.put("id", d.id());
    n.set("name", text(m, d.name()));
    n.put("theme", d.theme());
    n.set("unit", text(m, d.unit()));
    n.put("decimals", d.decimals());
    n.put("direction", d.direction().name().toLowerCase(Locale.ROOT));
    ArrayNode targets = n.putArray("targets");
    for (TargetLink t : d.targetLinks()) {
      targets.addObject().put("target", t.target().toString()).put("role", t.role().name().toLowerCase(Locale.ROOT));
    }
    d.unIndicator().ifPresent(u -> n.put("unIndicator", u.toString()));
    n.put("verified", d.verified());
    n.put("derived", d.derived());
    if (full) {
      d.description().ifPresent(x -> n.set("description", text(m, x)));
      d.limit().ifPresent(l -> n.put("limit", l));
      ObjectNode f = n.putObject("formula");
      f.put("kind", d.formula().kind().name().toLowerCase(Locale.ROOT));
      f.put("numerator", d.formula().numerator());
      d.formula().denominator().ifPresent(x -> f.put("denominator", x));
      f.put("factor", d.formula().factor());
      f.put("text", d.formula().text());
      ArrayNode src = n.putArray("sources");
      for (DataSource s : d.sources()) {
        ObjectNode o = src.addObject();
        o.put("key", s.key());
        o.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        o.put("publisher", s.publisher());
        s.tableId().ifPresent(x -> o.put("table", x));
        s.contentsCode().ifPresent(x -> o.put("contentsCode", x));
        if (!s.filters().isEmpty()) {
          ObjectNode fl = o.putObject("filters");
          s.filters().forEach(fl::put);
        }
        s.url().ifPresent(x -> o.put("url", x));
        o.put("verified", s.verified());
        s.note().ifPresent(x -> o.put("note", x));
      }
      n.put("aggregation", d.aggregation().name().toLowerCase(Locale.ROOT));
      ArrayNode cav = n.putArray("caveats");
      d.caveats().forEach(c -> cav.add(text(m, c)));
    }
    return n;
  }

  private static ObjectNode text(ObjectMapper m, LocalizedText t) {
    ObjectNode n = m.createObjectNode();
    n.put("nb", t.text(Language.NB));
    n.put("en", t.text(Language.EN));
    t.find(Language.NN).ifPresent(x -> n.put("nn", x.text()));
    return n;
  }
}
