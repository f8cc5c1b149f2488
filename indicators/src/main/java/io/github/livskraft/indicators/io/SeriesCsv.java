package io.github.livskraft.indicators.io;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.LocalizedText;
import io.github.livskraft.indicators.internal.Csv;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes series as tidy CSV: one observation per line.
 *
 * <pre>
 * region,variable,period,value,status,unit,decimals,source,table,contents_code,updated
 * 3303,population,2024,27923,,personer,0,Statistisk sentralbyrå,07459,Personer1,2024-02-21T07:00:00Z
 * 3303,population,2025,..,,personer,0,Statistisk sentralbyrå,07459,Personer1,
 * </pre>
 *
 * <p>Required columns: {@code region} (3303, F33, NO or a group id), {@code variable}, {@code period} (2024,
 * 2024K1, 2024M01), {@code value}. Optional: {@code status}, {@code unit}, {@code decimals}, {@code source},
 * {@code table}, {@code contents_code}, {@code updated}. Norwegian headers are accepted ({@code kommunenummer},
 * {@code variabel}, {@code år}/{@code periode}, {@code verdi}, {@code enhet}, {@code kilde}, {@code tabell}).
 * The separator is a comma or a semicolon (then a decimal comma is accepted). A value cell may hold an SSB symbol
 * ({@code ..}, {@code .}, {@code :}, {@code -}); an empty value is {@code ..} unless a status says otherwise.
 * Unknown columns and malformed cells fail with the file, line and column. (Numbers in this example are
 * illustrative.)
 */
public final class SeriesCsv {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("region", "region"), Map.entry("kommunenummer", "region"), Map.entry("kommunenr", "region"),
      Map.entry("region_code", "region"), Map.entry("variable", "variable"), Map.entry("variabel", "variable"),
      Map.entry("indicator", "variable"), Map.entry("indikator", "variable"), Map.entry("period", "period"),
      Map.entry("periode", "period"), Map.entry("year", "period"), Map.entry("år", "period"),
      Map.entry("aar", "period"), Map.entry("tid", "period"), Map.entry("value", "value"),
      Map.entry("verdi", "value"), Map.entry("status", "status"), Map.entry("unit", "unit"),
      Map.entry("enhet", "unit"), Map.entry("decimals", "decimals"), Map.entry("desimaler", "decimals"),
      Map.entry("source", "source"), Map.entry("kilde", "source"), Map.entry("table", "table"),
      Map.entry("tabell", "table"), Map.entry("contents_code", "contents_code"),
      Map.entry("contentscode", "contents_code"), Map.entry("updated", "updated"),
      Map.entry("oppdatert", "updated"));
  private static final String SSB = "Statistisk sentralbyrå";
  private static final List<String> REQUIRED = List.of("region", "variable", "period", "value");

  private SeriesCsv() {}

  /**
   * Reads a UTF-8 file.
   *
   * @param file the file
   * @return the series
   * @throws IndicatorException {@code IND-0005} naming file, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SeriesSet read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads CSV text.
   *
   * @param reader the input (not closed)
   * @param source the name for messages
   * @return the series
   * @throws IndicatorException {@code IND-0005} naming source, line and column
   */
  public static SeriesSet read(Reader reader, String source) {
    Csv.Parsed parsed;
    try {
      parsed = Csv.read(reader, source);
    } catch (IOException e) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_FORMAT, IndicatorErrorCode.SERIES_FORMAT.detail("read", source, e.getMessage()), e);
    }
    if (parsed.rows().isEmpty()) {
      throw fail(source, 1, at("header"), exp("header-line"));
    }
    Csv.Row header = parsed.rows().get(0);
    if (isJsonStatCsv(header)) {
      return readJsonStatCsv(parsed, source);
    }
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String h = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      String canonical = ALIASES.get(h);
      if (canonical == null) {
        throw fail(source, header.line(), at("column", i + 1), exp("column-name", h));
      }
      if (col.putIfAbsent(canonical, i) != null) {
        throw fail(source, header.line(), at("column", i + 1), exp("column-once", canonical));
      }
    }
    for (String r : REQUIRED) {
      if (!col.containsKey(r)) {
        throw fail(source, header.line(), at("header"), exp("column", r));
      }
    }
    return readRows(parsed, source, new Layout(col, "region", "variable", "period", List.of(), List.of(), null));
  }

  /**
   * The layout {@code livskraft jsonstat csv} and {@code livskraft ssb fetch --format csv} write: one column per
   * dimension (codes), optional {@code <dimension>_label} columns, then {@code value} and {@code status}.
   */
  private static boolean isJsonStatCsv(Csv.Row header) {
    boolean value = false;
    boolean tid = false;
    boolean labels = false;
    for (String f : header.fields()) {
      String h = f.strip().toLowerCase(Locale.ROOT);
      value |= h.equals("value");
      tid |= h.equals("tid");
      labels |= h.endsWith("_label");
    }
    return value && (tid || labels) && !header.fields().stream()
        .anyMatch(f -> f.strip().equalsIgnoreCase("variable") || f.strip().equalsIgnoreCase("variabel"));
  }

  /**
   * Reads the JSON-stat CSV layout: the region dimension is the one named {@code Region}, {@code *region*} or
   * {@code Kommune*}, the time dimension {@code Tid}, the variable is the {@code ContentsCode} code (other dimensions
   * with more than one code are appended as {@code [DIM=code,…]}, as kostra-adapter names series), and
   * {@code _label} columns are ignored. Provenance: SSB, CC BY 4.0.
   */
  private static SeriesSet readJsonStatCsv(Csv.Parsed parsed, String source) {
    Csv.Row header = parsed.rows().get(0);
    Map<String, Integer> col = new HashMap<>();
    List<Integer> extra = new ArrayList<>();
    List<String> extraNames = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      String h = name.toLowerCase(Locale.ROOT);
      if (h.endsWith("_label")) {
        continue;
      }
      String role = h.equals("value") ? "value" : h.equals("status") ? "status" : h.equals("tid") ? "period"
          : h.equals("contentscode") ? "variable"
          : h.contains("region") || h.startsWith("kommune") ? "region" : null;
      if (role == null) {
        extra.add(i);
        extraNames.add(name);
      } else if (col.putIfAbsent(role, i) != null) {
        throw fail(source, header.line(), at("column", i + 1), exp("dimension-once", role, name));
      }
    }
    for (String r : List.of("region", "period", "value")) {
      if (!col.containsKey(r)) {
        throw fail(source, header.line(), at("header"), exp("jsonstat-column", r.equals("period") ? "Tid" : r));
      }
    }
    return readRows(parsed, source, new Layout(col, "region-ssb", "ContentsCode", "Tid", extra, extraNames, SSB));
  }

  /**
   * What differs between the tidy and the JSON-stat layout once the header is read.
   *
   * @param col column index by role ({@code region}, {@code variable}, {@code period}, {@code value}, …)
   * @param regionExpect the {@code IND-0005.expect.*} key for a region code that does not parse
   * @param variableColumn the column a blank variable is reported in
   * @param periodColumn the column a bad period is reported in
   * @param extra further dimension columns appended to the variable as {@code [DIM=code,…]}
   * @param extraNames their header names
   * @param publisher the publisher when no {@code source} column says otherwise, or {@code null}
   */
  private record Layout(Map<String, Integer> col, String regionExpect, String variableColumn, String periodColumn,
      List<Integer> extra, List<String> extraNames, String publisher) {
    String variable(Csv.Row row) {
      String base = col.containsKey("variable") ? cell(row, col, "variable") : "value";
      if (extra.isEmpty()) {
        return base;
      }
      StringBuilder variable = new StringBuilder(base).append('[');
      for (int j = 0; j < extra.size(); j++) {
        variable.append(j == 0 ? "" : ",").append(extraNames.get(j)).append('=')
            .append(row.fields().get(extra.get(j)).strip());
      }
      return variable.append(']').toString();
    }
  }

  /** The one row loop of both layouts: one observation per line, grouped into series by region and variable. */
  private static SeriesSet readRows(Csv.Parsed parsed, String source, Layout layout) {
    int width = parsed.rows().get(0).fields().size();
    Map<String, Integer> col = layout.col();
    boolean decimalComma = parsed.separator() == ';';
    Map<String, Acc> series = new LinkedHashMap<>();
    for (int k = 1; k < parsed.rows().size(); k++) {
      Csv.Row row = parsed.rows().get(k);
      if (row.fields().size() != width) {
        throw fail(source, row.line(), at("row"), exp("fields", width, row.fields().size()));
      }
      String regionText = cell(row, col, "region");
      Region region;
      try {
        region = Region.parse(regionText);
      } catch (IllegalArgumentException e) {
        throw fail(source, row.line(), "region", exp(layout.regionExpect(), regionText));
      }
      String variable = layout.variable(row);
      if (variable.isBlank()) {
        throw fail(source, row.line(), layout.variableColumn(), exp("variable"));
      }
      Period period;
      try {
        period = Period.parse(cell(row, col, "period"));
      } catch (IndicatorException e) {
        throw fail(source, row.line(), layout.periodColumn(), exp("period", cell(row, col, "period")));
      }
      Observation obs = observation(source, row, col, period, decimalComma);
      series.computeIfAbsent(region.key() + "\u0000" + variable, x -> new Acc(region, variable, layout.publisher()))
          .add(source, row, col, obs);
    }
    List<TimeSeries> out = new ArrayList<>(series.size());
    for (Acc a : series.values()) {
      out.add(a.build(source));
    }
    return SeriesSet.of(out);
  }

  private static Observation observation(String source, Csv.Row row, Map<String, Integer> col, Period period,
      boolean decimalComma) {
    String v = cell(row, col, "value").strip();
    Optional<ObservationStatus> status = Optional.empty();
    if (col.containsKey("status")) {
      String s = cell(row, col, "status").strip();
      if (!s.isEmpty()) {
        status = Optional.of(parseStatus(source, row, s));
      }
    }
    Optional<ObservationStatus> symbol = v.isEmpty() ? Optional.empty() : ObservationStatus.fromSymbol(v);
    if (symbol.isPresent() && !symbol.get().hasValue() || v.isEmpty()) {
      ObservationStatus st = symbol.orElse(status.filter(x -> !x.hasValue()).orElse(ObservationStatus.NOT_AVAILABLE));
      return Observation.missing(period, st);
    }
    if (symbol.isPresent() && symbol.get() == ObservationStatus.NIL) {
      return Observation.missing(period, ObservationStatus.NIL);
    }
    String num = decimalComma ? v.replace(',', '.') : v;
    double d;
    try {
      d = Double.parseDouble(num);
    } catch (NumberFormatException e) {
      throw fail(source, row.line(), "value", exp("value", v));
    }
    if (!Double.isFinite(d)) {
      throw fail(source, row.line(), "value", exp("finite", v));
    }
    ObservationStatus st = status.orElse(ObservationStatus.OK);
    if (!st.hasValue()) {
      throw fail(source, row.line(), "status", exp("status-no-value", st.symbol(), v));
    }
    if (st == ObservationStatus.NIL && d != 0) {
      throw fail(source, row.line(), "status", exp("nil", v));
    }
    return Observation.of(period, d, st);
  }

  private static ObservationStatus parseStatus(String source, Csv.Row row, String s) {
    Optional<ObservationStatus> bySymbol = ObservationStatus.fromSymbol(s);
    if (bySymbol.isPresent()) {
      return bySymbol.get();
    }
    String t = s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (ObservationStatus st : ObservationStatus.values()) {
      if (st.name().equals(t)) {
        return st;
      }
    }
    throw fail(source, row.line(), "status", exp("status", s));
  }

  private static String cell(Csv.Row row, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null ? "" : row.fields().get(i).strip();
  }

  private static IndicatorException fail(String source, int line, Object where, LocalizedText expected) {
    return new IndicatorException(IndicatorErrorCode.SERIES_FORMAT, null, source, line, where, expected);
  }

  /** Where in a line: {@code IND-0005.at.header}, {@code .at.row} or {@code .at.column}. */
  private static LocalizedText at(String where, Object... args) {
    return IndicatorErrorCode.SERIES_FORMAT.detail("at." + where, args);
  }

  /** What was expected: {@code IND-0005.expect.<key>}. */
  private static LocalizedText exp(String key, Object... args) {
    return IndicatorErrorCode.SERIES_FORMAT.detail("expect." + key, args);
  }

  /** SSB's figures are CC BY 4.0; the licence goes into the attribution. */
  private static String attribution(String publisher) {
    return "Kilde: " + publisher + (publisher.equals(SSB) ? ", CC BY 4.0" : "");
  }

  private static final class Acc {
    final Region region;
    final String variable;
    final List<Observation> observations = new ArrayList<>();
    final Map<String, Integer> periodLine = new HashMap<>();
    String unit;
    Integer decimals;
    String src;
    String table;
    String contents;
    String updated;
    int firstLine;

    Acc(Region region, String variable, String publisher) {
      this.region = region;
      this.variable = variable;
      this.src = publisher;
    }

    void add(String source, Csv.Row row, Map<String, Integer> col, Observation o) {
      Integer prev = periodLine.putIfAbsent(o.period().toString(), row.line());
      if (prev != null) {
        throw fail(source, row.line(), "period", exp("one-row", o.period(), region, variable, prev));
      }
      if (firstLine == 0) {
        firstLine = row.line();
      }
      unit = same(source, row, "unit", unit, cell(row, col, "unit"));
      String dec = cell(row, col, "decimals");
      if (!dec.isEmpty()) {
        try {
          int d = Integer.parseInt(dec);
          if (decimals != null && decimals != d) {
            throw fail(source, row.line(), "decimals", exp("decimals-same", decimals, d));
          }
          decimals = d;
        } catch (NumberFormatException e) {
          throw fail(source, row.line(), "decimals", exp("integer", dec));
        }
      }
      src = same(source, row, "source", src, cell(row, col, "source"));
      table = same(source, row, "table", table, cell(row, col, "table"));
      contents = same(source, row, "contents_code", contents, cell(row, col, "contents_code"));
      String up = cell(row, col, "updated");
      if (!up.isEmpty()) {
        updated = up;
      }
      observations.add(o);
    }

    private String same(String source, Csv.Row row, String name, String current, String value) {
      if (value.isEmpty()) {
        return current;
      }
      if (current != null && !current.equals(value)) {
        throw fail(source, row.line(), name, exp("same", current, region, variable, value));
      }
      return value;
    }

    TimeSeries build(String source) {
      Provenance p;
      if (table != null) {
        if (!table.matches("[0-9]{5}")) {
          throw fail(source, firstLine, "table", exp("table", table));
        }
        String publisher = src == null ? SSB : src;
        p = new Provenance(publisher, Optional.of(table), Optional.ofNullable(contents), Optional.ofNullable(updated),
            false, attribution(publisher), List.of());
      } else if (src != null) {
        p = new Provenance(src, Optional.empty(), Optional.ofNullable(contents), Optional.ofNullable(updated), false,
            attribution(src), List.of());
      } else {
        p = Provenance.of(source, "");
      }
      return TimeSeries.of(region, variable, unit == null ? "" : unit, decimals == null ? 1 : decimals, p,
          observations);
    }
  }

  /**
   * Writes series as tidy CSV (comma-separated, UTF-8 text, header first), readable by {@link #read}.
   *
   * @param series the series
   * @param out the output (not closed)
   * @throws UncheckedIOException on write errors
   */
  public static void write(List<TimeSeries> series, Writer out) {
    try {
      out.write("region,variable,period,value,status,unit,decimals,source,table,contents_code,updated\n");
      for (TimeSeries s : series) {
        Provenance p = s.provenance();
        for (Observation o : s.observations()) {
          out.write(String.join(",", Csv.field(s.region().key()), Csv.field(s.variable()), o.period().toString(),
              o.hasValue() ? Double.toString(o.rawValue()) : o.status().symbol(),
              o.hasValue() ? o.status().symbol() : "", Csv.field(s.unit()), Integer.toString(s.decimals()),
              Csv.field(p.source()), p.tableId().orElse(""), Csv.field(p.contentsCode().orElse("")),
              Csv.field(p.updated().orElse(""))));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
