package io.github.livskraft.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.calc.AggregationMethod;
import io.github.livskraft.indicators.calc.PerCapitaScale;
import io.github.livskraft.indicators.calc.RegionalAggregator;
import io.github.livskraft.indicators.calc.SeriesMath;
import io.github.livskraft.indicators.dashboard.ColourThresholds;
import io.github.livskraft.indicators.dashboard.DashboardCalculator;
import io.github.livskraft.indicators.dashboard.IndicatorScoring;
import io.github.livskraft.indicators.dashboard.Normalisation;
import io.github.livskraft.indicators.io.SeriesCsv;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressOptions;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.kostra.klass.HarmonisedSeries;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.kostra.klass.SeriesHarmoniser;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.spark.internal.PanelFunctions;
import io.github.livskraft.spark.internal.TidyRows;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each panel on real SSB data for every municipality (population, kindergarten coverage 2015–2023, with SSB's own
 * {@code .} and {@code ..}) plus a small synthetic series with every status flag, against the plain-Java
 * calculators on the same input.
 */
class IndicatorPanelsTest {
  /** Synthetic sample (not SSB data): one series per status flag case. */
  static final String SAMPLE = """
      region,variable,period,value,status,unit,decimals,source,table,contents_code,updated
      3006,sample.count,2020,120,,stk,0,Syntetisk testeksempel,,,
      3006,sample.count,2021,:,,stk,0,Syntetisk testeksempel,,,
      3006,sample.count,2022,..,,stk,0,Syntetisk testeksempel,,,
      3006,sample.count,2023,-,,stk,0,Syntetisk testeksempel,,,
      3050,sample.count,2020,.,,stk,0,Syntetisk testeksempel,,,
      3050,sample.count,2021,15,*,stk,0,Syntetisk testeksempel,,,
      3050,sample.count,2022,,:,stk,0,Syntetisk testeksempel,,,
      3051,sample.count,2020,7,,stk,0,Syntetisk testeksempel,,,
      """;

  private static SparkSession spark;
  private static Dataset<Row> observations;
  private static SeriesSet plain;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    spark = LocalSpark.start("panels-test");
    Path panel = Path.of("src/test/resources/io/github/livskraft/spark/panel.csv");
    Files.copy(panel, dir.resolve("panel.csv"));
    Files.writeString(dir.resolve("sample.csv"), SAMPLE, StandardCharsets.UTF_8);
    observations = IndicatorPanels.readTidyCsv(spark, dir.toString()).cache();
    List<TimeSeries> all = new ArrayList<>(SeriesCsv.read(panel).all());
    all.addAll(SeriesCsv.read(new java.io.StringReader(SAMPLE), "sample").all());
    plain = SeriesSet.of(all);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<String> lines(Dataset<Row> df) {
    return df.collectAsList().stream().map(IndicatorPanelsTest::canon).sorted().toList();
  }

  /** A row as text, with Scala sequences shown as Java lists. */
  static String canon(Row r) {
    List<Object> fields = new ArrayList<>();
    for (int i = 0; i < r.length(); i++) {
      Object v = r.get(i);
      fields.add(v instanceof scala.collection.Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : v);
    }
    return fields.toString();
  }

  private static List<String> tidy(List<TimeSeries> series) {
    List<Row> rows = new ArrayList<>();
    series.forEach(s -> TidyRows.rows(s, rows));
    return rows.stream().map(IndicatorPanelsTest::canon).sorted().toList();
  }

  @Test
  void perCapitaEqualsSeriesMathAndWritesTheCliCsvFieldsAsParquet(@TempDir Path out) throws IOException {
    Dataset<Row> spk = IndicatorPanels.perCapita(observations, "sample.count", "population", PerCapitaScale.PER_1_000);
    List<TimeSeries> expected = new ArrayList<>();
    for (TimeSeries s : plain.ofVariable("sample.count")) {
      expected.add(SeriesMath.perCapita(s, plain.get(s.region(), "population"), PerCapitaScale.PER_1_000));
    }
    List<String> got = lines(spk);
    assertThat(got).isEqualTo(tidy(expected)).hasSize(12);
    assertThat(got).anyMatch(l -> l.contains(", null, :, ")).anyMatch(l -> l.contains(", null, .., "))
        .anyMatch(l -> l.contains(", null, ., ")).anyMatch(l -> l.contains(", *, "));

    Path parquet = out.resolve("per-capita");
    IndicatorPanels.writeParquet(spk, parquet.toString());
    Dataset<Row> back = spark.read().parquet(parquet.toString());
    assertThat(back.columns()).containsExactlyElementsOf(TidyRows.COLUMNS);
    StringWriter csv = new StringWriter();
    SeriesCsv.write(expected, csv);
    List<String> cliLines = csv.toString().lines().skip(1).sorted().toList();
    List<String> parquetLines = back.collectAsList().stream().map(IndicatorPanelsTest::asCliCsv).sorted().toList();
    assertThat(parquetLines).isEqualTo(cliLines);
  }

  /** A tidy row as the CLI writes it: the symbol in the value cell when there is no value. */
  static String asCliCsv(Row r) {
    boolean has = !r.isNullAt(3);
    return String.join(",", r.getString(0), r.getString(1), r.getString(2),
        has ? Double.toString(r.getDouble(3)) : r.getString(4), has ? r.getString(4) : "", r.getString(5),
        Integer.toString(r.getInt(6)), r.getString(7), r.getString(8), r.getString(9), r.getString(10));
  }

  @Test
  void harmoniseThenAggregateEqualsTheJavaChain() {
    Dataset<Row> harmonised = IndicatorPanels.harmonise(observations, 2024, SeriesHarmoniser.Policy.REPORT).cache();
    SeriesHarmoniser h = new SeriesHarmoniser(MunicipalityRegistry.bundled());
    List<TimeSeries> expected = new ArrayList<>();
    for (String v : plain.variables()) {
      h.harmonise(plain.ofVariable(v), 2024, SeriesHarmoniser.Policy.REPORT).series().stream()
          .map(HarmonisedSeries::series).forEach(expected::add);
    }
    assertThat(lines(harmonised)).isEqualTo(tidy(expected));
    List<String> issues = new ArrayList<>();
    for (String v : plain.variables()) {
      h.harmonise(plain.ofVariable(v), 2024, SeriesHarmoniser.Policy.REPORT).issues()
          .forEach(i -> issues.add(canon(PanelFunctions.issueRow(i))));
    }
    assertThat(lines(IndicatorPanels.harmonisationIssues(observations, 2024, SeriesHarmoniser.Policy.REPORT,
        MunicipalityRegistry::bundled))).isEqualTo(issues.stream().sorted().toList()).isNotEmpty();
    assertThat(lines(harmonised.where(col("region").equalTo("3303").and(col("variable").equalTo("population")))))
        .as("Kongsberg 0604 → 3006 → 3303 carried onto one code").hasSize(9);

    Region.Group kr = Region.kongsbergregionen();
    List<Row> members = kr.members().stream().map(m -> RowFactory.create(kr.id(), m.value())).toList();
    Dataset<Row> groups = spark.createDataFrame(members, new StructType().add("group", DataTypes.StringType)
        .add("region", DataTypes.StringType));
    Dataset<Row> agg = IndicatorPanels.aggregate(harmonised, groups, "kindergarten.coverage-1-2",
        AggregationMethod.POPULATION_WEIGHTED_MEAN, "population");
    SeriesSet hs = SeriesSet.of(expected);
    List<TimeSeries> kg = new ArrayList<>();
    List<TimeSeries> pop = new ArrayList<>();
    for (MunicipalityCode m : kr.members().stream().sorted(java.util.Comparator.comparing(MunicipalityCode::value))
        .toList()) {
      kg.add(hs.get(Region.municipality(m.value()), "kindergarten.coverage-1-2"));
      pop.add(hs.get(Region.municipality(m.value()), "population"));
    }
    TimeSeries plainAgg = RegionalAggregator.aggregate(new Region.Group(kr.id(), kr.id(), kr.members()), kg,
        AggregationMethod.POPULATION_WEIGHTED_MEAN, pop);
    assertThat(lines(agg)).isEqualTo(tidy(List.of(plainAgg))).hasSize(9);
    assertThat(plainAgg.observations()).anyMatch(Observation::hasValue);
  }

  @Test
  void progressEqualsTheOpenSdgCalculatorForEveryMunicipality() {
    SerializableSupplier<ProgressOptions> options = () -> ProgressOptions.of(Direction.HIGHER_IS_BETTER)
        .withTarget(100, Period.year(2030));
    Dataset<Row> spk = IndicatorPanels.progress(observations, "kindergarten.coverage-1-2", options);
    ProgressCalculator calc = ProgressCalculator.openSdg();
    List<String> expected = plain.ofVariable("kindergarten.coverage-1-2").stream()
        .map(s -> canon(PanelFunctions.progressRow(s, calc.assess(s, options.get())))).sorted().toList();
    List<String> got = lines(spk);
    assertThat(got).isEqualTo(expected).hasSizeGreaterThan(400);
    // series without enough data get no score, in Spark exactly as in plain Java
    long plainUnscored = plain.ofVariable("kindergarten.coverage-1-2").stream()
        .filter(s -> calc.assess(s, options.get()).score().isEmpty()).count();
    assertThat(spk.where(col("progress_score").isNull()).count()).as("series without a progress score")
        .isEqualTo(plainUnscored);
    // warnings: the English texts, and beside them their stable codes, in the same order
    List<String> codes = new ArrayList<>();
    for (Row r : spk.collectAsList()) {
      List<String> texts = r.getList(r.fieldIndex("warnings"));
      List<String> rowCodes = r.getList(r.fieldIndex("warning_codes"));
      assertThat(rowCodes).hasSameSizeAs(texts);
      codes.addAll(rowCodes);
    }
    assertThat(codes).allSatisfy(c -> assertThat(
        io.github.livskraft.indicators.progress.ProgressWarning.Kind.valueOf(c.toUpperCase(java.util.Locale.ROOT))
            .code()).isEqualTo(c));
  }

  @Test
  void sdsnScoresEqualTheDashboardCalculator() {
    SerializableSupplier<DashboardCalculator> calc = () -> DashboardCalculator.builder()
        .indicator(new IndicatorScoring("kindergarten.coverage-1-2", GoalCode.of(4),
            Normalisation.sdsn(50, 100, Direction.HIGHER_IS_BETTER),
            Optional.of(new ColourThresholds(50, 70, 85, 95, 100))))
        .indicator(new IndicatorScoring("sample.count", GoalCode.of(11),
            Normalisation.sdsn(0, 200, Direction.HIGHER_IS_BETTER), Optional.empty()))
        .build();
    // two periods keep the test fast: 2020 (the sample's first year, with '.') and 2022 (with ':' and '..')
    Dataset<Row> in = observations.where(col("variable").isin("kindergarten.coverage-1-2", "sample.count")
        .and(col("period").isin("2020", "2022")));
    Dataset<Row> spk = IndicatorPanels.sdsnScores(in, calc);
    Map<String, Map<String, Double>> byRegionPeriod = new TreeMap<>();
    for (String v : List.of("kindergarten.coverage-1-2", "sample.count")) {
      for (TimeSeries s : plain.ofVariable(v)) {
        for (Observation o : s.observations()) {
          if (!List.of("2020", "2022").contains(o.period().toString())) {
            continue;
          }
          byRegionPeriod.computeIfAbsent(s.region().key() + "|" + o.period(), k -> new HashMap<>())
              .put(v, o.rawValue());
        }
      }
    }
    DashboardCalculator dc = calc.get();
    List<Row> expected = new ArrayList<>();
    byRegionPeriod.forEach((k, values) -> {
      String[] rp = k.split("\\|");
      PanelFunctions.scoreRows(rp[0], rp[1], dc.score(values), expected);
    });
    assertThat(lines(spk)).isEqualTo(expected.stream().map(IndicatorPanelsTest::canon).sorted().toList());
    assertThat(spk.where(col("rating").equalTo("grey")).count()).as("'.' and '..' are grey").isPositive();
  }

  @Test
  void missingColumnsAndBadCellsFailWithTypedMessages() {
    assertThatThrownBy(() -> IndicatorPanels.progress(observations.drop("value"), "x",
        () -> ProgressOptions.of(Direction.HIGHER_IS_BETTER)))
        .isInstanceOf(LivskraftSparkException.class).hasMessageContaining("SPARK-0002").hasMessageContaining("value");
    Dataset<Row> bad = spark.createDataFrame(List.of(RowFactory.create("3006", "x", "2020", "12,5,3")),
        new StructType().add("region", DataTypes.StringType).add("variable", DataTypes.StringType)
            .add("period", DataTypes.StringType).add("value", DataTypes.StringType));
    assertThatThrownBy(() -> IndicatorPanels.progress(bad, "x", () -> ProgressOptions.of(Direction.HIGHER_IS_BETTER))
        .collectAsList()).hasStackTraceContaining("IND-0005").hasStackTraceContaining("12,5,3");
  }
}
