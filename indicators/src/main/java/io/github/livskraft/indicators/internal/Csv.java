package io.github.livskraft.indicators.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader/writer (quoted fields, doubled quotes, CRLF or LF, comma or semicolon). */
public final class Csv {
  private Csv() {}

  /**
   * One parsed record with the line it started on.
   *
   * @param line the 1-based line number
   * @param fields the fields
   */
  public record Row(int line, List<String> fields) {}

  /**
   * Reads all records; the separator is detected from the first line (semicolon if it has more semicolons than
   * commas).
   *
   * @param reader the input
   * @param source the name for messages
   * @return the rows, and the separator as the first element's... see {@link Parsed}
   * @throws IOException on read errors
   */
  public static Parsed read(Reader reader, String source) throws IOException {
    BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = r.read(buf)) > 0) {
      all.append(buf, 0, n);
    }
    String text = all.toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    int firstEnd = text.indexOf('\n');
    String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
    long semis = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    char sep = semis > commas ? ';' : ',';
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          f.append(c);
        }
      } else if (c == '"' && f.length() == 0 && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == sep) {
        fields.add(f.toString());
        f.setLength(0);
        fieldStarted = false;
      } else if (c == '\r') {
        continue;
      } else if (c == '\n') {
        fields.add(f.toString());
        f.setLength(0);
        fieldStarted = false;
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
        line++;
        rowLine = line;
      } else {
        f.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new IOException(source + " line " + rowLine + ": unterminated quoted field / uavsluttet anførselstegn");
    }
    if (f.length() > 0 || !fields.isEmpty()) {
      fields.add(f.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return new Parsed(sep, rows);
  }

  /**
   * Parsed content.
   *
   * @param separator the separator found
   * @param rows the rows (header first)
   */
  public record Parsed(char separator, List<Row> rows) {}

  /**
   * Quotes a field if needed.
   *
   * @param s the text
   * @return the CSV field
   */
  public static String field(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || s.indexOf(';') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
