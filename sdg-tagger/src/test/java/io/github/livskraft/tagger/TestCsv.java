package io.github.livskraft.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the RFC 4180 CSV test resources (quoted fields, doubled quotes, newlines inside quotes). */
final class TestCsv {
  private TestCsv() {}

  static List<Map<String, String>> read(String resource) {
    try (InputStream in = TestCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      List<List<String>> rows = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> header = rows.get(0);
      List<Map<String, String>> out = new ArrayList<>();
      for (List<String> r : rows.subList(1, rows.size())) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i), i < r.size() ? r.get(i) : "");
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<List<String>> parse(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        f.append(c);
      }
    }
    if (f.length() > 0 || !row.isEmpty()) {
      row.add(f.toString());
      rows.add(row);
    }
    return rows;
  }
}
