package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.jsonstat.JsonStatCollection;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatDimension;
import io.github.livskraft.jsonstat.JsonStatDimensionDocument;
import io.github.livskraft.jsonstat.JsonStatLink;
import io.github.livskraft.jsonstat.JsonStatResponse;
import io.github.livskraft.jsonstat.JsonStatUnit;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Text and JSON summaries of a JSON-stat document for {@code livskraft jsonstat inspect}. */
final class JsonStatInspection {
  private static final int MAX_CODES_SHOWN = 8;

  private JsonStatInspection() {}

  static ObjectNode toJson(ObjectMapper mapper, JsonStatResponse doc) {
    ObjectNode n = mapper.createObjectNode();
    n.put("class", doc.jsonStatClass());
    n.put("version", doc.version());
    doc.label().ifPresent(v -> n.put("label", v));
    doc.source().ifPresent(v -> n.put("source", v));
    doc.updated().ifPresent(v -> n.put("updated", v));
    doc.href().ifPresent(v -> n.put("href", v));
    if (doc instanceof JsonStatDataset ds) {
      n.put("cells", ds.cellCount());
      n.put("nonNullCells", ds.nonNullCount());
      n.put("nullCells", ds.cellCount() - ds.nonNullCount());
      ObjectNode status = n.putObject("statusCounts");
      ds.statusCounts().forEach(status::put);
      ArrayNode size = n.putArray("size");
      for (int s : ds.sizes()) {
        size.add(s);
      }
      ArrayNode dims = n.putArray("dimensions");
      for (JsonStatDimension d : ds.dimensions()) {
        ObjectNode dn = dims.addObject();
        dn.put("id", d.id());
        d.label().ifPresent(v -> dn.put("label", v));
        dn.put("size", d.size());
        ArrayNode roles = dn.putArray("roles");
        rolesOf(ds, d.id()).forEach(roles::add);
        ArrayNode cats = dn.putArray("categories");
        for (int i = 0; i < d.size(); i++) {
          cats.addObject().put("code", d.code(i)).put("label", d.labelAt(i));
        }
      }
      ArrayNode units = n.putArray("units");
      for (JsonStatDimension d : ds.dimensions()) {
        for (Map.Entry<String, JsonStatUnit> e : d.units().entrySet()) {
          ObjectNode un = units.addObject();
          un.put("dimension", d.id());
          un.put("category", e.getKey());
          JsonStatUnit u = e.getValue();
          u.base().ifPresent(v -> un.put("base", v));
          u.label().ifPresent(v -> un.put("label", v));
          u.symbol().ifPresent(v -> un.put("symbol", v));
          u.position().ifPresent(v -> un.put("position", v.jsonName()));
          u.type().ifPresent(v -> un.put("type", v));
          if (u.decimals().isPresent()) {
            un.put("decimals", u.decimals().getAsInt());
          }
          if (u.multiplier().isPresent()) {
            un.put("multiplier", u.multiplier().getAsInt());
          }
        }
      }
    } else if (doc instanceof JsonStatCollection c) {
      ArrayNode items = n.putArray("items");
      for (JsonStatLink l : c.items()) {
        ObjectNode in = l.embedded().isPresent() ? toJson(mapper, l.embedded().get()) : items.objectNode();
        if (l.embedded().isEmpty()) {
          l.linkClass().ifPresent(v -> in.put("class", v));
          l.label().ifPresent(v -> in.put("label", v));
        }
        l.href().ifPresent(v -> in.put("href", v));
        in.put("embedded", l.embedded().isPresent());
        items.add(in);
      }
    } else if (doc instanceof JsonStatDimensionDocument dd) {
      JsonStatDimension d = dd.dimension();
      n.put("size", d.size());
      ArrayNode cats = n.putArray("categories");
      for (int i = 0; i < d.size(); i++) {
        cats.addObject().put("code", d.code(i)).put("label", d.labelAt(i));
      }
    }
    return n;
  }

  private static List<String> rolesOf(JsonStatDataset ds, String id) {
    List<String> out = new ArrayList<>();
    ds.roles().forEach((role, ids) -> {
      if (ids.contains(id)) {
        out.add(role);
      }
    });
    return out;
  }

  static void printText(PrintWriter target, JsonStatResponse doc, String indent) {
    PrintWriter out = target instanceof TerminalSafe ? target : new TerminalSafe(target);
    out.println(indent + "Class: " + doc.jsonStatClass() + " (JSON-stat " + doc.version() + ")");
    doc.label().ifPresent(v -> out.println(indent + "Label: " + v));
    doc.source().ifPresent(v -> out.println(indent + "Source: " + v));
    doc.updated().ifPresent(v -> out.println(indent + "Updated: " + v));
    if (doc instanceof JsonStatDataset ds) {
      int nulls = ds.cellCount() - ds.nonNullCount();
      out.println(indent + "Cells: " + ds.cellCount() + " (" + ds.nonNullCount() + " non-null, " + nulls + " null)");
      if (ds.statusCounts().isEmpty()) {
        out.println(indent + "Status: none");
      } else {
        List<String> parts = new ArrayList<>();
        ds.statusCounts().forEach((s, c) -> parts.add("\"" + s + "\" " + c));
        out.println(indent + "Status: " + String.join(", ", parts));
      }
      out.println(indent + "Dimensions (" + ds.dimensions().size() + "):");
      int w = ds.ids().stream().mapToInt(String::length).max().orElse(0);
      for (JsonStatDimension d : ds.dimensions()) {
        List<String> roles = rolesOf(ds, d.id());
        StringBuilder sb = new StringBuilder(indent + "  ").append(d.id());
        sb.append(" ".repeat(w - d.id().length() + 2)).append(String.format(java.util.Locale.ROOT, "%6d", d.size()))
            .append("  ").append(d.label().orElse("")).append(roles.isEmpty() ? "" : "  [" + String.join(", ",
                roles) + "]");
        out.println(sb);
        List<String> codes = d.codes();
        String shown = String.join(", ", codes.subList(0, Math.min(MAX_CODES_SHOWN, codes.size())));
        out.println(indent + "    " + shown + (codes.size() > MAX_CODES_SHOWN ? ", … (" + codes.size() + ")" : ""));
      }
      boolean any = false;
      for (JsonStatDimension d : ds.dimensions()) {
        for (Map.Entry<String, JsonStatUnit> e : d.units().entrySet()) {
          if (!any) {
            out.println(indent + "Units:");
            any = true;
          }
          out.println(indent + "  " + d.id() + "=" + e.getKey() + ": " + describe(e.getValue()));
        }
      }
    } else if (doc instanceof JsonStatCollection c) {
      out.println(indent + "Items (" + c.items().size() + "):");
      int i = 0;
      for (JsonStatLink l : c.items()) {
        i++;
        if (l.embedded().isPresent()) {
          out.println(indent + "  [" + i + "] embedded:");
          printText(out, l.embedded().get(), indent + "      ");
        } else {
          out.println(indent + "  [" + i + "] " + l.linkClass().orElse("?") + " " + l.href().orElse("")
              + l.label().map(v -> "  " + v).orElse(""));
        }
      }
    } else if (doc instanceof JsonStatDimensionDocument dd) {
      JsonStatDimension d = dd.dimension();
      out.println(indent + "Categories (" + d.size() + "):");
      for (int i = 0; i < d.size(); i++) {
        out.println(indent + "  " + d.code(i) + "  " + d.labelAt(i));
      }
    }
  }

  private static String describe(JsonStatUnit u) {
    List<String> parts = new ArrayList<>();
    u.base().ifPresent(v -> parts.add("base " + v));
    u.label().ifPresent(v -> parts.add("label " + v));
    u.symbol().ifPresent(v -> parts.add("symbol " + v + u.position().map(p -> " (" + p.jsonName() + ")").orElse("")));
    if (u.decimals().isPresent()) {
      parts.add("decimals " + u.decimals().getAsInt());
    }
    if (u.multiplier().isPresent()) {
      parts.add("multiplier " + u.multiplier().getAsInt());
    }
    u.type().ifPresent(v -> parts.add("type " + v));
    return parts.isEmpty() ? "(no details)" : String.join(", ", parts);
  }

  /**
   * Every line printed goes through {@link SafeText#terminal}: a label from a file cannot move the cursor, change
   * colours or set the window title (issue 17).
   */
  static final class TerminalSafe extends PrintWriter {
    TerminalSafe(PrintWriter out) {
      super(out, true);
    }

    @Override
    public void println(String x) {
      super.println(SafeText.terminal(x));
    }

    @Override
    public void println(Object x) {
      super.println(SafeText.terminal(String.valueOf(x)));
    }
  }
}
