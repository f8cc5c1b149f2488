package io.github.livskraft.spark.internal;

import io.github.livskraft.indicators.calc.AggregationMethod;
import io.github.livskraft.indicators.calc.PerCapitaScale;
import io.github.livskraft.indicators.calc.RegionalAggregator;
import io.github.livskraft.indicators.calc.SeriesMath;
import io.github.livskraft.indicators.dashboard.DashboardCalculator;
import io.github.livskraft.indicators.dashboard.DashboardResult;
import io.github.livskraft.indicators.dashboard.GoalScore;
import io.github.livskraft.indicators.dashboard.IndicatorScore;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressOptions;
import io.github.livskraft.indicators.progress.ProgressWarning;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.kostra.klass.HarmonisationIssue;
import io.github.livskraft.kostra.klass.HarmonisedSeries;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.kostra.klass.SeriesHarmoniser;
import io.github.livskraft.spark.SerializableSupplier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The per-group bodies of the panels: each reads its group's rows as series and calls the plain-Java calculator.
 */
public final class PanelFunctions {
  /** Output of the progress panel. */
  public static final StructType PROGRESS = new StructType()
      .add("region", DataTypes.StringType, false)
      .add("variable", DataTypes.StringType, false)
      .add("progress_status", DataTypes.StringType, false)
      .add("method", DataTypes.StringType, true)
      .add("progress_value", DataTypes.DoubleType, true)
      .add("progress_score", DataTypes.DoubleType, true)
      .add("base_period", DataTypes.StringType, true)
      .add("base_value", DataTypes.DoubleType, true)
      .add("latest_period", DataTypes.StringType, true)
      .add("latest_value", DataTypes.DoubleType, true)
      .add("warnings", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("warning_codes", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** Output of the SDSN score panel. */
  public static final StructType SCORES = new StructType()
      .add("region", DataTypes.StringType, false)
      .add("period", DataTypes.StringType, false)
      .add("level", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("goal", DataTypes.IntegerType, true)
      .add("value", DataTypes.DoubleType, true)
      .add("score", DataTypes.DoubleType, true)
      .add("band_position", DataTypes.DoubleType, true)
      .add("rating", DataTypes.StringType, true)
      .add("missing_share", DataTypes.DoubleType, true);

  private PanelFunctions() {}

  /** Per capita, one region at a time. */
  public record PerCapita(String numerator, String population, PerCapitaScale scale)
      implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String region, Iterator<Row> rows) {
      TimeSeries num = null;
      TimeSeries pop = null;
      for (TimeSeries s : TidyRows.read(rows, "region " + region)) {
        if (s.variable().equals(numerator)) {
          num = s;
        } else if (s.variable().equals(population)) {
          pop = s;
        }
      }
      List<Row> out = new ArrayList<>();
      if (num != null && pop != null) {
        TidyRows.rows(SeriesMath.perCapita(num, pop, scale), out);
      }
      return out.iterator();
    }
  }

  /** Code harmonisation, one variable at a time (a renumbering chain spans codes). */
  public record Harmonise(int targetYear, SeriesHarmoniser.Policy policy,
      SerializableSupplier<MunicipalityRegistry> registry) implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String variable, Iterator<Row> rows) {
      List<TimeSeries> series = TidyRows.read(rows, "variable " + variable);
      List<Row> out = new ArrayList<>();
      for (HarmonisedSeries h : new SeriesHarmoniser(registry.get()).harmonise(series, targetYear, policy)
          .series()) {
        TidyRows.rows(h.series(), out);
      }
      return out.iterator();
    }
  }

  /** Output of the harmonisation issues. */
  public static final StructType ISSUES = new StructType()
      .add("region", DataTypes.StringType, false)
      .add("variable", DataTypes.StringType, false)
      .add("outcome", DataTypes.StringType, false)
      .add("action", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false);

  /** The harmonisation issues (mergers, splits, unknown codes, conflicts), one variable at a time. */
  public record HarmonisationIssues(int targetYear, SeriesHarmoniser.Policy policy,
      SerializableSupplier<MunicipalityRegistry> registry) implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String variable, Iterator<Row> rows) {
      List<TimeSeries> series = TidyRows.read(rows, "variable " + variable);
      List<Row> out = new ArrayList<>();
      for (HarmonisationIssue i : new SeriesHarmoniser(registry.get()).harmonise(series, targetYear, policy)
          .issues()) {
        out.add(issueRow(i));
      }
      return out.iterator();
    }
  }

  /**
   * The row of one harmonisation issue.
   *
   * @param i the issue
   * @return the row (schema {@link #ISSUES})
   */
  public static Row issueRow(HarmonisationIssue i) {
    return RowFactory.create(i.regionKey(), i.variable(), i.resolution().outcome().name().toLowerCase(Locale.ROOT),
        i.action().name().toLowerCase(Locale.ROOT), i.message());
  }

  /**
   * Regional aggregation, one group at a time. The members' series are passed in region-key order, so that
   * floating-point sums do not depend on the order rows arrive in.
   */
  public record Aggregate(Map<String, List<String>> members, String variable, AggregationMethod method,
      @Nullable String population) implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String group, Iterator<Row> rows) {
      List<TimeSeries> values = new ArrayList<>();
      List<TimeSeries> pops = new ArrayList<>();
      for (TimeSeries s : TidyRows.read(rows, "group " + group)) {
        if (s.variable().equals(variable)) {
          values.add(s);
        } else {
          pops.add(s);
        }
      }
      values.sort(java.util.Comparator.comparing(s -> s.region().key()));
      Region.Group g = new Region.Group(group, group,
          members.get(group).stream().map(MunicipalityCode::parse).toList());
      List<Row> out = new ArrayList<>();
      TidyRows.rows(RegionalAggregator.aggregate(g, values, method, pops), out);
      return out.iterator();
    }
  }

  /** Progress to target, one region at a time. */
  public record Progress(String variable, SerializableSupplier<ProgressOptions> options)
      implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String region, Iterator<Row> rows) {
      ProgressOptions o = options.get();
      ProgressCalculator calc = ProgressCalculator.openSdg();
      List<Row> out = new ArrayList<>();
      for (TimeSeries s : TidyRows.read(rows, "region " + region)) {
        out.add(progressRow(s, calc.assess(s, o)));
      }
      return out.iterator();
    }
  }

  /**
   * The progress row of one series.
   *
   * @param s the series
   * @param a its assessment
   * @return the row (schema {@link #PROGRESS})
   */
  public static Row progressRow(TimeSeries s, ProgressAssessment a) {
    return RowFactory.create(s.region().key(), s.variable(), a.status().code(),
        a.method().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(null), a.progressValue().orElse(null),
        a.score().orElse(null), a.basePeriod().map(Object::toString).orElse(null), a.baseValue().orElse(null),
        a.latestPeriod().map(Object::toString).orElse(null), a.latestValue().orElse(null),
        scala.jdk.javaapi.CollectionConverters.asScala(
            a.warnings().stream().map(w -> w.text(Language.EN)).toList()).toSeq(),
        scala.jdk.javaapi.CollectionConverters.asScala(
            a.warnings().stream().map(ProgressWarning::code).toList()).toSeq());
  }

  /** SDSN-style scores, one region and period at a time. */
  public record Scores(SerializableSupplier<DashboardCalculator> calculator)
      implements FlatMapGroupsFunction<String, Row, Row> {
    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
      Map<String, Double> values = new HashMap<>();
      String region = null;
      String period = null;
      for (TimeSeries s : TidyRows.read(rows, "region and period " + key.replace('\u0000', ' '))) {
        for (Observation o : s.observations()) {
          region = s.region().key();
          period = o.period().toString();
          values.put(s.variable(), o.rawValue());
        }
      }
      List<Row> out = new ArrayList<>();
      if (region != null && period != null) {
        scoreRows(region, period, calculator.get().score(values), out);
      }
      return out.iterator();
    }
  }

  /**
   * The rows of one dashboard: one per indicator, one per goal and one for the index.
   *
   * @param region the region key
   * @param period the period
   * @param r the dashboard
   * @param out where to add the rows (schema {@link #SCORES})
   */
  public static void scoreRows(String region, String period, DashboardResult r, List<Row> out) {
    for (IndicatorScore i : r.indicators()) {
      out.add(RowFactory.create(region, period, "indicator", i.indicatorId(), i.goal().number(), i.value().orElse(null),
          i.score().orElse(null), i.bandPosition().orElse(null), rating(i.rating().name()), null));
    }
    for (GoalScore g : r.goals()) {
      out.add(RowFactory.create(region, period, "goal", g.goal().toString(), g.goal().number(), null,
          g.score().orElse(null), g.twoWorstPosition().orElse(null), rating(g.rating().name()), null));
    }
    Optional<Double> index = r.index();
    out.add(RowFactory.create(region, period, "index", "index", null, null, index.orElse(null), null, null,
        r.missingShare()));
  }

  private static String rating(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
