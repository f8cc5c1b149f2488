package io.github.livskraft.indicators.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.livskraft.indicators.dashboard.DashboardResult;
import io.github.livskraft.indicators.dashboard.GoalScore;
import io.github.livskraft.indicators.dashboard.IndicatorScore;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.ProgressWarning;
import io.github.livskraft.indicators.progress.TrendAssessment;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes results as data for reports and the command line: JSON (one object per indicator and region, with
 * observations, progress, trend and score side by side) or tidy CSV (one row per observation; progress, trend and
 * score columns filled on the latest row with a value).
 *
 * <pre>{@code
 * ResultsWriter.json(results, Language.NB, writer);
 * ResultsWriter.csv(results, Language.EN, writer);
 * }</pre>
 *
 * <p>Numbers are written in full precision; status symbols and labels are written beside them; absent values are
 * JSON {@code null} / empty CSV cells with the status symbol in {@code status}. Stateless.
 */
public final class ResultsWriter {
  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private ResultsWriter() {}

  /**
   * Writes JSON.
   *
   * @param results the results
   * @param language the language of labels
   * @param out the output (not closed)
   */
  public static void json(List<IndicatorResult> results, Language language, Writer out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", "livskraft-results/1");
      g.writeArrayFieldStart("results");
      for (IndicatorResult r : results) {
        writeResult(g, r, language);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeResult(JsonGenerator g, IndicatorResult r, Language language) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", r.indicatorId());
    g.writeStringField("region", r.series().region().key());
    g.writeStringField("unit", r.series().unit());
    g.writeNumberField("decimals", r.series().decimals());
    writeProvenance(g, "provenance", r.series().provenance());
    g.writeArrayFieldStart("observations");
    for (Observation o : r.series().observations()) {
      g.writeStartObject();
      g.writeStringField("period", o.period().toString());
      if (o.hasValue()) {
        g.writeNumberField("value", o.rawValue());
      } else {
        g.writeNullField("value");
      }
      g.writeStringField("status", o.status().symbol());
      g.writeStringField("statusLabel", o.status().label(language));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (r.progress().isPresent()) {
      ProgressAssessment p = r.progress().get();
      g.writeObjectFieldStart("progress");
      g.writeStringField("status", p.status().code());
      g.writeStringField("label", p.label(language));
      if (p.method().isPresent()) {
        g.writeStringField("method", p.method().get().name().toLowerCase(Locale.ROOT));
      }
      num(g, "progressValue", p.progressValue());
      num(g, "observedGrowth", p.observedGrowth());
      num(g, "requiredGrowth", p.requiredGrowth());
      num(g, "limitCoefficient", p.limitCoefficient());
      num(g, "score", p.score());
      if (p.basePeriod().isPresent()) {
        g.writeStringField("basePeriod", p.basePeriod().get().toString());
      }
      num(g, "baseValue", p.baseValue());
      if (p.latestPeriod().isPresent()) {
        g.writeStringField("latestPeriod", p.latestPeriod().get().toString());
      }
      num(g, "latestValue", p.latestValue());
      g.writeArrayFieldStart("warnings");
      for (ProgressWarning w : p.warnings()) {
        g.writeString(w.text(language));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warningCodes");
      for (ProgressWarning w : p.warnings()) {
        g.writeString(w.code());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (r.trend().isPresent()) {
      TrendAssessment t = r.trend().get();
      g.writeObjectFieldStart("trend");
      g.writeStringField("arrow", t.arrow().symbol());
      g.writeStringField("code", t.arrow().name().toLowerCase(Locale.ROOT));
      g.writeStringField("label", t.arrow().label(language));
      num(g, "observedGrowth", t.observedGrowth());
      num(g, "requiredGrowth", t.requiredGrowth());
      num(g, "ratio", t.ratio());
      g.writeEndObject();
    }
    if (r.score().isPresent()) {
      g.writeFieldName("score");
      writeScore(g, r.score().get(), language);
    }
    g.writeEndObject();
  }

  private static void writeScore(JsonGenerator g, IndicatorScore s, Language language) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", s.indicatorId());
    g.writeStringField("goal", s.goal().toString());
    num(g, "value", s.value());
    num(g, "score", s.score());
    num(g, "bandPosition", s.bandPosition());
    g.writeStringField("rating", s.rating().name().toLowerCase(Locale.ROOT));
    g.writeStringField("ratingLabel", s.rating().label(language));
    g.writeEndObject();
  }

  private static void writeProvenance(JsonGenerator g, String field, Provenance p) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("source", p.source());
    if (p.tableId().isPresent()) {
      g.writeStringField("table", p.tableId().get());
    }
    if (p.contentsCode().isPresent()) {
      g.writeStringField("contentsCode", p.contentsCode().get());
    }
    if (p.updated().isPresent()) {
      g.writeStringField("updated", p.updated().get());
    }
    g.writeBooleanField("derived", p.derived());
    g.writeStringField("attribution", p.attribution());
    if (!p.inputs().isEmpty()) {
      g.writeArrayFieldStart("inputs");
      for (Provenance in : p.inputs()) {
        g.writeStartObject();
        g.writeStringField("source", in.source());
        if (in.tableId().isPresent()) {
          g.writeStringField("table", in.tableId().get());
        }
        if (in.contentsCode().isPresent()) {
          g.writeStringField("contentsCode", in.contentsCode().get());
        }
        g.writeBooleanField("derived", in.derived());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void num(JsonGenerator g, String field, Optional<Double> v) throws IOException {
    if (v.isPresent() && Double.isFinite(v.get())) {
      g.writeNumberField(field, v.get());
    } else {
      g.writeNullField(field);
    }
  }

  /**
   * Writes tidy CSV.
   *
   * @param results the results
   * @param language the language of labels
   * @param out the output (not closed)
   */
  public static void csv(List<IndicatorResult> results, Language language, Writer out) {
    try {
      out.write("indicator,region,period,value,status,unit,progress_status,progress_label,progress_value,"
          + "progress_score,trend,score,band_position,rating,attribution\n");
      for (IndicatorResult r : results) {
        Optional<Observation> latest = r.latest();
        for (Observation o : r.series().observations()) {
          boolean last = latest.isPresent() && latest.get().period().equals(o.period());
          StringBuilder b = new StringBuilder();
          b.append(field(r.indicatorId())).append(',').append(field(r.series().region().key())).append(',')
              .append(o.period()).append(',').append(o.hasValue() ? Double.toString(o.rawValue()) : "").append(',')
              .append(field(o.status().symbol())).append(',').append(field(r.series().unit())).append(',');
          if (last && r.progress().isPresent()) {
            ProgressAssessment p = r.progress().get();
            b.append(p.status().code()).append(',').append(field(p.label(language))).append(',')
                .append(str(p.progressValue())).append(',').append(str(p.score())).append(',');
          } else {
            b.append(",,,,");
          }
          b.append(last ? r.trend().map(t -> t.arrow().symbol()).orElse("") : "").append(',');
          if (last && r.score().isPresent()) {
            IndicatorScore s = r.score().get();
            b.append(str(s.score())).append(',').append(str(s.bandPosition())).append(',')
                .append(s.rating().name().toLowerCase(Locale.ROOT)).append(',');
          } else {
            b.append(",,,");
          }
          b.append(field(r.series().provenance().attribution())).append('\n');
          out.write(b.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a dashboard as JSON.
   *
   * @param dashboard the dashboard
   * @param language the language of labels
   * @param out the output (not closed)
   */
  public static void json(DashboardResult dashboard, Language language, Writer out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", "livskraft-dashboard/1");
      g.writeArrayFieldStart("goals");
      for (GoalScore s : dashboard.goals()) {
        g.writeStartObject();
        g.writeStringField("goal", s.goal().toString());
        num(g, "score", s.score());
        num(g, "twoWorstPosition", s.twoWorstPosition());
        g.writeStringField("rating", s.rating().name().toLowerCase(Locale.ROOT));
        g.writeStringField("ratingLabel", s.rating().label(language));
        g.writeNumberField("indicatorsWithData", s.indicatorsWithData());
        g.writeNumberField("indicatorsTotal", s.indicatorsTotal());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("indicators");
      for (IndicatorScore s : dashboard.indicators()) {
        writeScore(g, s, language);
      }
      g.writeEndArray();
      num(g, "index", dashboard.index());
      g.writeNumberField("missingShare", dashboard.missingShare());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String str(Optional<Double> v) {
    return v.filter(Double::isFinite).map(d -> Double.toString(d)).orElse("");
  }

  /** One field, quoted by sdg-core's one CSV quoting function (RFC 4180; no formula guard: data for programs). */
  private static String field(String s) {
    return SafeText.csvField(s, ',', false);
  }
}
