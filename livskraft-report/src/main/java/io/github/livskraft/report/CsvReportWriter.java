package io.github.livskraft.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.report.Report.ElementView;
import io.github.livskraft.report.Report.FindingView;
import io.github.livskraft.report.Report.IndicatorView;
import io.github.livskraft.report.Report.MunicipalityView;
import io.github.livskraft.report.Report.PlanView;
import io.github.livskraft.report.Report.SuggestionView;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link Report} as tidy CSV tables (one observation per row, RFC 4180, UTF-8, header line) with
 * jackson-dataformat-csv. A year published without a figure has an empty {@code value} and SSB's symbol in
 * {@code status} ({@code ..}, {@code :}, …).
 */
public final class CsvReportWriter {
  /** The tables. */
  public enum Table {
    /** {@code indicator_id, level, code, name, year, value, status, unit, source}. */
    INDICATOR_VALUES("indicator-values.csv", "indicator_id", "level", "code", "name", "year", "value", "status",
        "unit", "source"),
    /**
     * {@code plan_id, element_id, goal, target, link, evidence, confidence}: {@code link} is {@code explicit} or
     * {@code suggested}; a suggested link has the tagger's evidence level ({@code Evidence.id()}, e.g.
     * {@code several-sole}) and its confidence (0–1, a full stop for the decimal), an explicit link leaves both empty.
     */
    GOAL_LINKS("goal-links.csv", "plan_id", "element_id", "goal", "target", "link", "evidence", "confidence"),
    /** {@code severity, code, where, message}. */
    FINDINGS("findings.csv", "severity", "code", "where", "message");

    private final String fileName;
    private final List<String> columns;

    Table(String fileName, String... columns) {
      this.fileName = fileName;
      this.columns = List.of(columns);
    }

    /** The file name {@link ReportFiles} uses, e.g. {@code indicator-values.csv}. */
    public String fileName() {
      return fileName;
    }

    /** The column names, in order. */
    public List<String> columns() {
      return columns;
    }
  }

  private final Language language;

  private CsvReportWriter(Language language) {
    this.language = language;
  }

  /**
   * A writer for one language (names and messages; codes and numbers are the same in every language).
   *
   * @param language bokmål, nynorsk or English
   * @return the writer
   */
  public static CsvReportWriter create(Language language) {
    return new CsvReportWriter(Objects.requireNonNull(language, "language"));
  }

  /**
   * Writes one table.
   *
   * @param report the report
   * @param table the table
   * @param out the destination (not closed)
   * @throws IOException if writing fails
   */
  public void write(Report report, Table table, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    table.columns().forEach(schema::addColumn);
    try (SequenceWriter w = Csv.MAPPER.writerFor(Object[].class).with(schema.build())
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
      switch (table) {
        case INDICATOR_VALUES -> values(report, w);
        case GOAL_LINKS -> links(report, w);
        case FINDINGS -> findings(report, w);
        default -> throw new IllegalStateException(table.name());
      }
    }
    out.flush();
  }

  /**
   * Writes one table as UTF-8.
   *
   * @param report the report
   * @param table the table
   * @param out the destination (not closed)
   * @throws IOException if writing fails
   */
  public void write(Report report, Table table, OutputStream out) throws IOException {
    write(report, table, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  String toString(Report report, Table table) {
    StringWriter s = new StringWriter();
    try {
      write(report, table, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  /**
   * Writes one row; every text cell goes through the shared formula guard ({@link SafeText#neutralise}), numbers
   * are written as numbers (issue 17).
   */
  private static void write(SequenceWriter w, Object[] row) throws IOException {
    for (int i = 0; i < row.length; i++) {
      if (row[i] instanceof String s) {
        row[i] = SafeText.neutralise(s);
      }
    }
    w.write(row);
  }

  private void values(Report m, SequenceWriter w) throws IOException {
    for (IndicatorView i : m.indicators()) {
      for (MunicipalityView mv : m.region().municipalities()) {
        TimeSeries s = i.perMunicipality().get(mv.code());
        if (s != null) {
          series(w, i, "municipality", mv.code().value(), mv.name(), s);
        }
      }
      if (i.regional().isPresent()) {
        series(w, i, "region", m.region().id(), m.region().name().text(language), i.regional().get());
      }
    }
  }

  private void series(SequenceWriter w, IndicatorView i, String level, String code, String name, TimeSeries s)
      throws IOException {
    for (Observation o : s.observations()) {
      write(w, new Object[] {i.id(), level, code, name, Integer.toString(o.period().year()),
          o.hasValue() ? (Object) Double.valueOf(o.getValue()) : "", o.status().symbol(), i.unit().text(language),
          i.sourceId()});
    }
  }

  private static void links(Report m, SequenceWriter w) throws IOException {
    for (PlanView p : m.plans()) {
      for (ElementView e : p.elements()) {
        for (int g : e.goals()) {
          List<String> targets = e.targets().stream().filter(t -> t.startsWith(g + ".")).toList();
          if (targets.isEmpty()) {
            write(w, new Object[] {p.id(), e.id(), Integer.toString(g), "", "explicit", "", ""});
          }
          for (String t : targets) {
            write(w, new Object[] {p.id(), e.id(), Integer.toString(g), t, "explicit", "", ""});
          }
        }
      }
    }
    for (SuggestionView s : m.suggestions()) {
      if (!s.alreadyLinked()) {
        write(w, new Object[] {s.planId(), s.elementId(), Integer.toString(s.goal()), s.target(), "suggested",
            s.evidenceLevel().id(), Double.toString(s.confidence())});
      }
    }
  }

  private void findings(Report m, SequenceWriter w) throws IOException {
    for (FindingView f : m.findings()) {
      write(w, new Object[] {f.severity().name(), f.code(), f.where().orElse(""), f.message().text(language)});
    }
  }
}
