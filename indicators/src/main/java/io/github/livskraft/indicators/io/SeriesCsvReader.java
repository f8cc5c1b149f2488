package io.github.livskraft.indicators.io;

import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.internal.Csv;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.MessageFragment;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads tidy CSV series files (the format {@link SeriesCsv} describes) with documented limits.
 *
 * <p>The reader streams: it holds one line at a time, keeps per row only the observation (period, value, status)
 * and the line it came from, shares equal periods, regions and provenances, and checks every limit while it
 * reads, before the row, field or input over the limit is kept. Over a limit it fails with {@code IND-0010}
 * naming the file, the line, the limit and how to raise it. The defaults are chosen so that any file inside all of
 * them is read in a 256 MB heap (tested in a forked {@code -Xmx256m} JVM at each limit and one over):
 *
 * <table>
 * <caption>Limits</caption>
 * <tr><th>limit</th><th>default</th></tr>
 * <tr><td>{@link Builder#maxBytes(long) maxBytes}: size of the file in bytes (a {@code Path} is checked before it
 *   is opened; any input is also counted while it is read, a character counting as at least one UTF-8 byte)</td>
 *   <td>{@value #DEFAULT_MAX_BYTES} (64 MiB)</td></tr>
 * <tr><td>{@link Builder#maxRows(int) maxRows}: data rows (lines after the header)</td>
 *   <td>{@value #DEFAULT_MAX_ROWS}</td></tr>
 * <tr><td>{@link Builder#maxSeries(int) maxSeries}: distinct region and variable pairs</td>
 *   <td>{@value #DEFAULT_MAX_SERIES}</td></tr>
 * <tr><td>{@link Builder#maxFieldLength(int) maxFieldLength}: characters in one field</td>
 *   <td>{@value #DEFAULT_MAX_FIELD_LENGTH}</td></tr>
 * <tr><td>{@link Builder#maxColumns(int) maxColumns}: fields in one line</td>
 *   <td>{@value #DEFAULT_MAX_COLUMNS}</td></tr>
 * </table>
 *
 * <pre>{@code
 * SeriesSet data = SeriesCsvReader.create().read(Path.of("kongsbergregionen.csv"));
 * SeriesSet big = SeriesCsvReader.builder().maxRows(5_000_000).build().read(path); // needs a larger heap
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SeriesCsvReader {
  /** Default {@code maxBytes}: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  /** Default {@code maxRows}. */
  public static final int DEFAULT_MAX_ROWS = 1_000_000;
  /** Default {@code maxSeries}. */
  public static final int DEFAULT_MAX_SERIES = 100_000;
  /** Default {@code maxFieldLength}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;
  /** Default {@code maxColumns}. */
  public static final int DEFAULT_MAX_COLUMNS = 200;

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
  /** Entries of the per-read caches of period and region texts; past it texts are parsed each time. */
  private static final int CACHE_ENTRIES = 10_000;

  private final long maxBytes;
  private final int maxRows;
  private final int maxSeries;
  private final int maxFieldLength;
  private final int maxColumns;

  private SeriesCsvReader(Builder b) {
    this.maxBytes = b.maxBytes;
    this.maxRows = b.maxRows;
    this.maxSeries = b.maxSeries;
    this.maxFieldLength = b.maxFieldLength;
    this.maxColumns = b.maxColumns;
  }

  /**
   * A reader with the default limits.
   *
   * @return the reader
   */
  public static SeriesCsvReader create() {
    return Holder.DEFAULT;
  }

  /**
   * A builder starting from the default limits.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static final class Holder {
    static final SeriesCsvReader DEFAULT = new Builder().build();
  }

  /** @return the largest file in bytes */
  public long maxBytes() {
    return maxBytes;
  }

  /** @return the most data rows */
  public int maxRows() {
    return maxRows;
  }

  /** @return the most distinct region and variable pairs */
  public int maxSeries() {
    return maxSeries;
  }

  /** @return the most characters in one field */
  public int maxFieldLength() {
    return maxFieldLength;
  }

  /** @return the most fields in one line */
  public int maxColumns() {
    return maxColumns;
  }

  @Override
  public String toString() {
    return "SeriesCsvReader[maxBytes=" + maxBytes + ", maxRows=" + maxRows + ", maxSeries=" + maxSeries
        + ", maxFieldLength=" + maxFieldLength + ", maxColumns=" + maxColumns + "]";
  }

  /**
   * Reads a UTF-8 file; its size is checked before it is opened.
   *
   * @param file the file
   * @return the series
   * @throws IndicatorException {@code IND-0005} naming file, line and column; {@code IND-0010} over a limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public SeriesSet read(Path file) {
    String source = file.toString();
    try {
      if (Files.isRegularFile(file)) {
        long size = Files.size(file);
        if (size > maxBytes) {
          throw limit(source, "bytes", "maxBytes", size, maxBytes);
        }
      }
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return read(r, source);
      }
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
   * @throws IndicatorException {@code IND-0005} naming source, line and column; {@code IND-0010} over a limit
   */
  public SeriesSet read(Reader reader, String source) {
    Objects.requireNonNull(source, "source");
    Csv.Records records = Csv.records(reader, maxBytes, maxFieldLength, maxColumns,
        (problem, line, args) -> switch (problem) {
          case TOO_MANY_CHARS -> limit(source, "chars", "maxBytes", line, maxBytes);
          case FIELD_TOO_LONG -> limit(source, "field", "maxFieldLength", line, args[0], maxFieldLength);
          case TOO_MANY_COLUMNS -> limit(source, "columns", "maxColumns", line, maxColumns);
          case UNTERMINATED_QUOTE -> fail(source, line, at("row"), exp("closing-quote"));
          case TEXT_AFTER_QUOTE -> fail(source, line, at("row"), exp("after-quote"));
        });
    try {
      Csv.Row header = records.next();
      if (header == null) {
        throw fail(source, 1, at("header"), exp("header-line"));
      }
      Read read = new Read(source, records.separator() == ';');
      if (isJsonStatCsv(header)) {
        read.jsonStatHeader(header);
      } else {
        read.tidyHeader(header);
      }
      int rows = 0;
      for (Csv.Row row = records.next(); row != null; row = records.next()) {
        if (++rows > maxRows) {
          throw limit(source, "rows", "maxRows", row.line(), maxRows);
        }
        read.row(row);
      }
      return read.build();
    } catch (IOException e) {
      throw new IndicatorException(IndicatorErrorCode.SERIES_FORMAT,
          IndicatorErrorCode.SERIES_FORMAT.fragment("read", source, IoReason.of(e)), e);
    }
  }

  /** A region and variable. */
  private record Key(Region region, String variable) {}

  /** The state of one read. */
  private final class Read {
    final String source;
    final boolean decimalComma;
    Csv.@Nullable Row header;
    boolean jsonStat;
    final Map<String, Integer> col = new HashMap<>();
    final List<Integer> extra = new ArrayList<>();
    final List<String> extraNames = new ArrayList<>();
    final Map<Key, Acc> series = new LinkedHashMap<>();
    final Map<String, Period> periods = new HashMap<>();
    final Map<String, Region> regions = new HashMap<>();
    final Map<Provenance, Provenance> provenances = new HashMap<>();

    Read(String source, boolean decimalComma) {
      this.source = source;
      this.decimalComma = decimalComma;
    }

    void tidyHeader(Csv.Row h) {
      header = h;
      for (int i = 0; i < h.fields().size(); i++) {
        String name = h.fields().get(i).strip().toLowerCase(Locale.ROOT);
        String canonical = ALIASES.get(name);
        if (canonical == null) {
          throw fail(source, h.line(), at("column", i + 1), exp("column-name", name));
        }
        if (col.putIfAbsent(canonical, i) != null) {
          throw fail(source, h.line(), at("column", i + 1), exp("column-once", canonical));
        }
      }
      for (String r : REQUIRED) {
        if (!col.containsKey(r)) {
          throw fail(source, h.line(), at("header"), exp("column", r));
        }
      }
    }

    /**
     * The layout {@code livskraft jsonstat csv} and {@code livskraft ssb fetch --format csv} write: the region
     * dimension is the one named {@code Region}, {@code *region*} or {@code Kommune*}, the time dimension
     * {@code Tid}, the variable is the {@code ContentsCode} code (other dimensions with more than one code are
     * appended as {@code [DIM=code,…]}, as kostra-adapter names series), and {@code _label} columns are ignored.
     */
    void jsonStatHeader(Csv.Row h) {
      header = h;
      jsonStat = true;
      for (int i = 0; i < h.fields().size(); i++) {
        String name = h.fields().get(i).strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("_label")) {
          continue;
        }
        String role = lower.equals("value") ? "value" : lower.equals("status") ? "status"
            : lower.equals("tid") ? "period" : lower.equals("contentscode") ? "variable"
            : lower.contains("region") || lower.startsWith("kommune") ? "region" : null;
        if (role == null) {
          extra.add(i);
          extraNames.add(name);
        } else if (col.putIfAbsent(role, i) != null) {
          throw fail(source, h.line(), at("column", i + 1), exp("dimension-once", role, name));
        }
      }
      for (String r : List.of("region", "period", "value")) {
        if (!col.containsKey(r)) {
          throw fail(source, h.line(), at("header"), exp("jsonstat-column", r.equals("period") ? "Tid" : r));
        }
      }
    }

    void row(Csv.Row row) {
      Csv.Row h = Objects.requireNonNull(header);
      if (row.fields().size() != h.fields().size()) {
        throw fail(source, row.line(), at("row"), exp("fields", h.fields().size(), row.fields().size()));
      }
      String regionText = cell(row, "region");
      Region region = regions.get(regionText);
      if (region == null) {
        try {
          region = Region.parse(regionText);
        } catch (IllegalArgumentException e) {
          throw fail(source, row.line(), "region", exp(jsonStat ? "region-ssb" : "region", regionText));
        }
        cache(regions, regionText, region);
      }
      String variable;
      if (jsonStat) {
        String contents = col.containsKey("variable") ? cell(row, "variable") : "value";
        if (contents.isBlank()) {
          throw fail(source, row.line(), "ContentsCode", exp("variable"));
        }
        StringBuilder v = new StringBuilder(contents);
        if (!extra.isEmpty()) {
          v.append('[');
          for (int j = 0; j < extra.size(); j++) {
            v.append(j == 0 ? "" : ",").append(extraNames.get(j)).append('=')
                .append(row.fields().get(extra.get(j)).strip());
          }
          v.append(']');
        }
        variable = v.toString();
      } else {
        variable = cell(row, "variable");
        if (variable.isBlank()) {
          throw fail(source, row.line(), "variable", exp("variable"));
        }
      }
      String periodText = cell(row, "period");
      Period period = periods.get(periodText);
      if (period == null) {
        try {
          period = Period.parse(periodText);
        } catch (IndicatorException e) {
          throw fail(source, row.line(), jsonStat ? "Tid" : "period", exp("period", periodText));
        }
        cache(periods, periodText, period);
      }
      Observation obs = observation(row, period);
      Key key = new Key(region, variable);
      Acc acc = series.get(key);
      if (acc == null) {
        if (series.size() >= maxSeries) {
          throw limit(source, "series", "maxSeries", row.line(), maxSeries);
        }
        acc = new Acc(region, variable);
        series.put(key, acc);
      }
      acc.add(this, row, obs);
      if (jsonStat) {
        acc.src = SSB;
      }
    }

    <T> void cache(Map<String, T> cache, String text, T value) {
      if (cache.size() < CACHE_ENTRIES) {
        cache.put(text, value);
      }
    }

    String cell(Csv.Row row, String name) {
      Integer i = col.get(name);
      return i == null ? "" : row.fields().get(i).strip();
    }

    Observation observation(Csv.Row row, Period period) {
      String v = cell(row, "value");
      Optional<ObservationStatus> status = Optional.empty();
      if (col.containsKey("status")) {
        String s = cell(row, "status");
        if (!s.isEmpty()) {
          status = Optional.of(parseStatus(row, s));
        }
      }
      Optional<ObservationStatus> symbol = v.isEmpty() ? Optional.empty() : ObservationStatus.fromSymbol(v);
      if (symbol.isPresent() && !symbol.get().hasValue() || v.isEmpty()) {
        ObservationStatus st = symbol.orElse(status.filter(x -> !x.hasValue())
            .orElse(ObservationStatus.NOT_AVAILABLE));
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

    ObservationStatus parseStatus(Csv.Row row, String s) {
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

    SeriesSet build() {
      List<TimeSeries> out = new ArrayList<>(series.size());
      for (Acc a : series.values()) {
        out.add(a.build(this));
      }
      series.clear();
      return SeriesSet.of(out);
    }
  }

  /** The observations of one series so far, with the line of each. */
  private static final class Acc {
    final Region region;
    final String variable;
    final List<Observation> observations = new ArrayList<>();
    int[] lines = new int[4];
    /** Whether the periods so far are strictly increasing (the usual case: a duplicate is then a search away). */
    boolean increasing = true;
    /** Period → line, built only once the periods stop increasing. */
    @Nullable Map<Period, Integer> lineOf;
    @Nullable String unit;
    @Nullable Integer decimals;
    @Nullable String src;
    @Nullable String table;
    @Nullable String contents;
    @Nullable String updated;

    Acc(Region region, String variable) {
      this.region = region;
      this.variable = variable;
    }

    void add(Read r, Csv.Row row, Observation o) {
      if (!observations.isEmpty() && observations.get(0).period().frequency() != o.period().frequency()) {
        throw fail(r.source, row.line(), "period", exp("frequency", observations.get(0).period(),
            region, variable, lines[0], o.period()));
      }
      checkOnce(r, row, o.period());
      unit = same(r, row, "unit", unit, r.cell(row, "unit"));
      String dec = r.cell(row, "decimals");
      if (!dec.isEmpty()) {
        try {
          int d = Integer.parseInt(dec);
          if (decimals != null && decimals != d) {
            throw fail(r.source, row.line(), "decimals", exp("decimals-same", decimals, d));
          }
          decimals = d;
        } catch (NumberFormatException e) {
          throw fail(r.source, row.line(), "decimals", exp("integer", dec));
        }
      }
      src = same(r, row, "source", src, r.cell(row, "source"));
      table = same(r, row, "table", table, r.cell(row, "table"));
      contents = same(r, row, "contents_code", contents, r.cell(row, "contents_code"));
      String up = r.cell(row, "updated");
      if (!up.isEmpty() && !up.equals(updated)) {
        updated = up;
      }
      int n = observations.size();
      if (n == lines.length) {
        lines = Arrays.copyOf(lines, n + (n >> 1) + 1);
      }
      lines[n] = row.line();
      observations.add(o);
    }

    /** Refuses a second row for a period, naming the line of the first. */
    private void checkOnce(Read r, Csv.Row row, Period p) {
      int n = observations.size();
      Integer prev = null;
      if (increasing) {
        if (n == 0 || observations.get(n - 1).period().compareTo(p) < 0) {
          return;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
          int mid = (lo + hi) >>> 1;
          int c = observations.get(mid).period().compareTo(p);
          if (c < 0) {
            lo = mid + 1;
          } else if (c > 0) {
            hi = mid - 1;
          } else {
            prev = lines[mid];
            break;
          }
        }
        if (prev == null) {
          increasing = false;
          Map<Period, Integer> m = new HashMap<>();
          for (int i = 0; i < n; i++) {
            m.put(observations.get(i).period(), lines[i]);
          }
          m.put(p, row.line());
          lineOf = m;
          return;
        }
      } else {
        prev = Objects.requireNonNull(lineOf).putIfAbsent(p, row.line());
      }
      if (prev != null) {
        throw fail(r.source, row.line(), "period", exp("one-row", p, region, variable, prev));
      }
    }

    private @Nullable String same(Read r, Csv.Row row, String name, @Nullable String current, String value) {
      if (value.isEmpty()) {
        return current;
      }
      if (current != null && !current.equals(value)) {
        throw fail(r.source, row.line(), name, exp("same", current, region, variable, value));
      }
      return current == null ? value : current;
    }

    TimeSeries build(Read r) {
      Provenance p;
      if (table != null) {
        if (!table.matches("[0-9]{5}")) {
          throw fail(r.source, lines[0], "table", exp("table", table));
        }
        String publisher = src == null ? SSB : src;
        p = new Provenance(publisher, Optional.of(table), Optional.ofNullable(contents),
            Optional.ofNullable(updated), false, attribution(publisher), List.of());
      } else if (src != null) {
        p = new Provenance(src, Optional.empty(), Optional.ofNullable(contents), Optional.ofNullable(updated),
            false, attribution(src), List.of());
      } else {
        p = Provenance.of(r.source, "");
      }
      p = r.provenances.computeIfAbsent(p, x -> x);
      return TimeSeries.of(region, variable, unit == null ? "" : unit, decimals == null ? 1 : decimals, p,
          observations);
    }
  }

  /** SSB's figures are CC BY 4.0; the licence goes into the attribution. */
  private static String attribution(String publisher) {
    return "Kilde: " + publisher + (publisher.equals(SSB) ? ", CC BY 4.0" : "");
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
    return value && (tid || labels) && header.fields().stream()
        .noneMatch(f -> f.strip().equalsIgnoreCase("variable") || f.strip().equalsIgnoreCase("variabel"));
  }

  private static IndicatorException fail(String source, int line, Object where, MessageFragment expected) {
    return new IndicatorException(IndicatorErrorCode.SERIES_FORMAT, null, source, line, where, expected);
  }

  /**
   * {@code IND-0010}: source, what ({@code IND-0010.<variant>}), the builder method that raises the limit and the
   * matching {@code livskraft indicators compute} option.
   */
  private static IndicatorException limit(String source, String variant, String method, Object... args) {
    String option = "--" + method.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    return new IndicatorException(IndicatorErrorCode.SERIES_LIMIT, null, source,
        IndicatorErrorCode.SERIES_LIMIT.fragment(variant, args), method, option);
  }

  /** Where in a line: {@code IND-0005.at.header}, {@code .at.row} or {@code .at.column}. */
  private static MessageFragment at(String where, Object... args) {
    return IndicatorErrorCode.SERIES_FORMAT.fragment("at." + where, args);
  }

  /** What was expected: {@code IND-0005.expect.<key>}. */
  private static MessageFragment exp(String key, Object... args) {
    return IndicatorErrorCode.SERIES_FORMAT.fragment("expect." + key, args);
  }

  /** Limits for {@link SeriesCsvReader}; every limit must be positive. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxSeries = DEFAULT_MAX_SERIES;
    private int maxFieldLength = DEFAULT_MAX_FIELD_LENGTH;
    private int maxColumns = DEFAULT_MAX_COLUMNS;

    private Builder() {}

    /**
     * The largest input in UTF-8 bytes.
     *
     * @param n a positive limit
     * @return this builder
     */
    public Builder maxBytes(long n) {
      maxBytes = positive(n, "maxBytes");
      return this;
    }

    /**
     * The most data rows.
     *
     * @param n a positive limit
     * @return this builder
     */
    public Builder maxRows(int n) {
      maxRows = (int) positive(n, "maxRows");
      return this;
    }

    /**
     * The most distinct region and variable pairs.
     *
     * @param n a positive limit
     * @return this builder
     */
    public Builder maxSeries(int n) {
      maxSeries = (int) positive(n, "maxSeries");
      return this;
    }

    /**
     * The most characters in one field.
     *
     * @param n a positive limit
     * @return this builder
     */
    public Builder maxFieldLength(int n) {
      maxFieldLength = (int) positive(n, "maxFieldLength");
      return this;
    }

    /**
     * The most fields in one line.
     *
     * @param n a positive limit
     * @return this builder
     */
    public Builder maxColumns(int n) {
      maxColumns = (int) positive(n, "maxColumns");
      return this;
    }

    private static long positive(long n, String name) {
      if (n < 1) {
        String option = "--" + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        throw io.github.livskraft.indicators.IndicatorArgumentException.of(IndicatorErrorCode.SERIES_LIMIT,
            "at-least-one", name, n, option);
      }
      return n;
    }

    /**
     * The reader.
     *
     * @return an immutable reader with these limits
     */
    public SeriesCsvReader build() {
      return new SeriesCsvReader(this);
    }
  }
}
