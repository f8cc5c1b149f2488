package io.github.livskraft.cli;

import io.github.livskraft.sdg.NumberText;

import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.calc.IndicatorEvaluator;
import io.github.livskraft.indicators.dashboard.ColourThresholds;
import io.github.livskraft.indicators.dashboard.DashboardCalculator;
import io.github.livskraft.indicators.dashboard.DashboardResult;
import io.github.livskraft.indicators.dashboard.GoalScore;
import io.github.livskraft.indicators.dashboard.IndicatorScoring;
import io.github.livskraft.indicators.dashboard.IndicatorScore;
import io.github.livskraft.indicators.dashboard.Normalisation;
import io.github.livskraft.indicators.dashboard.Rating;
import io.github.livskraft.indicators.io.IndicatorResult;
import io.github.livskraft.indicators.io.ResultsWriter;
import io.github.livskraft.indicators.io.SeriesCsvReader;
import io.github.livskraft.indicators.progress.ProgressAssessment;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressOptions;
import io.github.livskraft.indicators.progress.TrendAssessment;
import io.github.livskraft.indicators.progress.TrendCalculator;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code livskraft indicators compute}: values, progress to target and ratings from tidy CSV series files. */
@Command(name = "compute", mixinStandardHelpOptions = true)
final class IndicatorsComputeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndicatorsCommand.Common common;

  @Option(names = "--data", paramLabel = "FILE", converter = InputFile.class)
  List<Path> data = new ArrayList<>();

  @Option(names = "--jsonstat", paramLabel = "FILE", converter = InputFile.class)
  List<Path> jsonstat = new ArrayList<>();

  @Option(names = "--variable", paramLabel = "CODE=NAME")
  Map<String, String> rename = new LinkedHashMap<>();

  @Option(names = "--indicator", paramLabel = "ID")
  List<String> indicators = new ArrayList<>();

  @Option(names = "--region", paramLabel = "KEY")
  List<String> regions = new ArrayList<>();

  @Option(names = "--aggregate", paramLabel = "GROUP")
  List<String> aggregates = new ArrayList<>();

  @Option(names = "--base-year", paramLabel = "YEAR", defaultValue = "2015")
  String baseYear;

  @Option(names = "--target", paramLabel = "ID=VALUE[@YEAR]")
  List<String> targets = new ArrayList<>();

  @Option(names = "--bounds", paramLabel = "ID=LOWER:OPTIMUM")
  List<String> bounds = new ArrayList<>();

  @Option(names = "--colours", paramLabel = "ID=W,O,Y,G,OPT")
  List<String> colours = new ArrayList<>();

  @Option(names = "--target-year", paramLabel = "YEAR", defaultValue = "2030")
  String targetYear;

  @Option(names = "--lcrpgr-window", paramLabel = "YEARS", defaultValue = "5")
  int lcrpgrWindow;

  @Option(names = "--lcr-formula", paramLabel = "linear|log", defaultValue = "linear")
  String lcrFormula;

  @Option(names = "--direction", paramLabel = "ID=DIR")
  List<String> directions = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "ID=VALUE")
  List<String> limits = new ArrayList<>();

  @Option(names = "--bounds-file", paramLabel = "FILE")
  List<Path> boundsFiles = new ArrayList<>();

  @Option(names = "--weights", paramLabel = "FILE", converter = InputFile.class)
  Path weightsFile;

  @Option(names = "--peers", paramLabel = "CODES")
  String peers;

  @Option(names = "--harmonise", paramLabel = "YEAR|none", defaultValue = "2024")
  String harmonise;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "67108864")
  long maxBytes = SeriesCsvReader.DEFAULT_MAX_BYTES;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000000")
  int maxRows = SeriesCsvReader.DEFAULT_MAX_ROWS;

  @Option(names = "--max-series", paramLabel = "N", defaultValue = "100000")
  int maxSeries = SeriesCsvReader.DEFAULT_MAX_SERIES;

  @Option(names = "--max-field-length", paramLabel = "N", defaultValue = "10000")
  int maxFieldLength = SeriesCsvReader.DEFAULT_MAX_FIELD_LENGTH;

  @Option(names = "--max-columns", paramLabel = "N", defaultValue = "200")
  int maxColumns = SeriesCsvReader.DEFAULT_MAX_COLUMNS;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json")
    boolean json;

    @Option(names = "--csv")
    boolean csv;
  }

  private record Target(double value, Period period) {}

  @Override
  public Integer call() {
    IndicatorLibrary lib = common.library();
    Language lang = common.language();
    if (data.isEmpty() && jsonstat.isEmpty()) {
      throw CliException.input("err.compute-no-data");
    }
    Period base = Period.parse(baseYear);
    Period targetPeriod = Period.parse(targetYear);
    Map<String, Target> targetById = new HashMap<>();
    for (String t : targets) {
      String[] kv = split(t, "--target", "ID=VALUE[@YEAR]");
      String[] vy = kv[1].split("@", 2);
      targetById.put(known(lib, kv[0], "--target"), new Target(number(vy[0], "--target", t),
          vy.length == 2 ? Period.parse(vy[1]) : targetPeriod));
    }
    Map<String, Normalisation> boundsById = new HashMap<>();
    for (String b : bounds) {
      String[] kv = split(b, "--bounds", "ID=LOWER:OPTIMUM");
      String[] lo = kv[1].split(":", 2);
      if (lo.length != 2) {
        throw CliException.input("err.bounds", b);
      }
      IndicatorDefinition d = lib.get(known(lib, kv[0], "--bounds"));
      boundsById.put(d.id(), Normalisation.sdsn(number(lo[0], "--bounds", b), number(lo[1], "--bounds", b),
          d.direction()));
    }
    Map<String, ColourThresholds> coloursById = new HashMap<>();
    for (String c : colours) {
      String[] kv = split(c, "--colours", "ID=W,O,Y,G,OPT");
      String[] v = kv[1].split(",");
      if (v.length != 5) {
        throw CliException.input("err.colours", c);
      }
      coloursById.put(known(lib, kv[0], "--colours"), new ColourThresholds(number(v[0], "--colours", c),
          number(v[1], "--colours", c), number(v[2], "--colours", c), number(v[3], "--colours", c),
          number(v[4], "--colours", c)));
    }
    Map<String, io.github.livskraft.indicators.Direction> directionById = new HashMap<>();
    for (String d : directions) {
      String[] kv = split(d, "--direction", "ID=higher_is_better|lower_is_better|target_band");
      try {
        directionById.put(known(lib, kv[0], "--direction"),
            io.github.livskraft.indicators.Direction.valueOf(kv[1].toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw CliException.input("err.direction", d);
      }
    }
    Map<String, Double> limitById = new HashMap<>();
    for (String l : limits) {
      String[] kv = split(l, "--limit", "ID=VALUE");
      limitById.put(known(lib, kv[0], "--limit"), number(kv[1], "--limit", l));
    }
    Map<String, Double> weightById = new HashMap<>();
    for (Path f : boundsFiles) {
      for (ScoringFiles.Bounds b : ScoringFiles.readBounds(f)) {
        String id = known(lib, b.indicator(), "--bounds-file " + f);
        boundsById.put(id, b.normalisation());
        b.colours().ifPresent(c -> coloursById.put(id, c));
        b.weight().ifPresent(w -> weightById.put(id, w));
      }
    }
    if (weightsFile != null) {
      ScoringFiles.readWeights(weightsFile).forEach((id, w) -> weightById.put(known(lib, id, "--weights"), w));
    }
    io.github.livskraft.indicators.calc.LcrFormula formula = switch (lcrFormula.strip().toLowerCase(Locale.ROOT)) {
      case "linear" -> io.github.livskraft.indicators.calc.LcrFormula.LINEAR;
      case "log", "logarithmic" -> io.github.livskraft.indicators.calc.LcrFormula.LOGARITHMIC;
      default -> throw CliException.of(CliErrorCode.INVALID_VALUE, "--lcr-formula", lcrFormula,
          CliMessages.fragment("expected.lcr-formula"));
    };
    SeriesCsvReader reader = seriesReader();
    List<TimeSeries> all = new ArrayList<>();
    for (Path p : data) {
      for (TimeSeries t : reader.read(p).all()) {
        String target = rename.get(t.variable());
        all.add(target == null ? t : t.relabel(target, t.unit(), t.decimals(), t.provenance()));
      }
    }
    for (Path p : jsonstat) {
      all.addAll(IndicatorsJsonStat.read(p, rename));
    }
    PrintWriter err = spec.commandLine().getErr();
    SeriesSet set = SeriesSet.of(IndicatorsHarmonise.apply(all, harmonise, lib, err, lang));
    List<Region> regionList = regions.isEmpty() ? new ArrayList<>(set.regions())
        : new ArrayList<>(regions.stream().map(Region::parse).toList());
    List<IndicatorDefinition> defs = lib.select(indicators);
    IndicatorEvaluator eval = IndicatorEvaluator.create().withLcrpgrWindow(lcrpgrWindow).withLcrFormula(formula);
    List<IndicatorResult> results = new ArrayList<>();
    Map<String, IndicatorDefinition> defOf = new LinkedHashMap<>();
    for (IndicatorEvaluator.Evaluated e : eval.evaluateAll(defs, set, regionList,
        !indicators.isEmpty() && !regions.isEmpty())) {
      IndicatorDefinition d = e.definition();
      TimeSeries s = e.series();
      defOf.put(d.id(), d);
      results.add(result(d, s, base, targetById.get(d.id()), targetPeriod, boundsById.get(d.id()),
          coloursById.get(d.id()), directionById.getOrDefault(d.id(), d.direction()),
          Optional.ofNullable(limitById.get(d.id())).or(d::limit)));
    }
    for (String g : aggregates) {
      Region.Group group = group(g);
      for (IndicatorDefinition d : defs) {
        TimeSeries s;
        try {
          s = eval.evaluateGroup(d, set, group);
        } catch (io.github.livskraft.indicators.IndicatorException e) {
          if (!indicators.isEmpty()) {
            throw e;
          }
          continue;
        }
        defOf.put(d.id(), d);
        results.add(result(d, s, base, targetById.get(d.id()), targetPeriod, boundsById.get(d.id()),
            coloursById.get(d.id()), directionById.getOrDefault(d.id(), d.direction()),
            Optional.ofNullable(limitById.get(d.id())).or(d::limit)));
      }
    }
    if (results.isEmpty()) {
      throw CliException.input("err.nothing-computed", String.valueOf(data));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      ResultsWriter.json(results, lang, out);
      out.println();
    } else if (format.csv) {
      ResultsWriter.csv(results, lang, out);
    } else {
      printTable(out, results, defOf, lang);
      printGoals(out, results, defOf, boundsById, coloursById, weightById, lang);
      if (peers != null) {
        IndicatorsPeers.print(out, results, defOf, directionById, peers, lang);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The tidy CSV reader with the limits given on the command line; a limit below 1 is the reader's own
   * {@code IND-0010} (naming the option), in the reader's language.
   */
  SeriesCsvReader seriesReader() {
    return SeriesCsvReader.builder().maxBytes(maxBytes).maxRows(maxRows).maxSeries(maxSeries)
        .maxFieldLength(maxFieldLength).maxColumns(maxColumns).build();
  }

  private static IndicatorResult result(IndicatorDefinition d, TimeSeries s, Period base, Target target,
      Period targetPeriod, Normalisation norm, ColourThresholds colours, io.github.livskraft.indicators.Direction dir,
      Optional<Double> limit) {
    ProgressOptions opts = ProgressOptions.of(dir).withBase(base);
    if (target != null) {
      opts = opts.withTarget(target.value(), target.period());
    } else if (limit.isPresent()) {
      opts = opts.withLimit(limit.get());
    }
    ProgressAssessment p = ProgressCalculator.openSdg().assess(s, opts);
    Optional<TrendAssessment> trend = Optional.empty();
    Optional<IndicatorScore> score = Optional.empty();
    Optional<Observation> latest = s.latestWithValue();
    if (colours != null) {
      trend = Optional.of(TrendCalculator.sdsn().assess(s, dir, base, colours.green(), targetPeriod));
    }
    if ((norm != null || colours != null) && latest.isPresent()) {
      double v = latest.get().getValue();
      Optional<Double> pos = colours == null ? Optional.empty() : Optional.of(colours.position(v));
      score = Optional.of(new IndicatorScore(d.id(), d.primaryLink().target().goal(), Optional.of(v),
          norm == null ? Optional.empty() : Optional.of(norm.score(v)), pos,
          pos.map(Rating::ofBandPosition).orElse(Rating.GREY)));
    }
    return new IndicatorResult(d.id(), s, Optional.of(p), trend, score);
  }

  private static void printTable(PrintWriter out, List<IndicatorResult> results,
      Map<String, IndicatorDefinition> defs, Language lang) {
    boolean en = lang == Language.EN;
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {en ? "indicator" : "indikator", "region", en ? "latest" : "siste", en ? "value" : "verdi",
        en ? "progress" : "framgang", "P", en ? "score" : "poeng", en ? "rating" : "vurdering", "trend"});
    for (IndicatorResult r : results) {
      IndicatorDefinition d = defs.get(r.indicatorId());
      Optional<Observation> latest = r.latest();
      ProgressAssessment p = r.progress().orElseThrow();
      rows.add(new String[] {r.indicatorId(), r.series().region().key(),
          latest.map(o -> o.period().toString()).orElse("–"),
          latest.map(o -> NumberText.fixed(o.rawValue(), d.decimals(), lang) + o.status().symbol())
              .orElse(lastStatus(r.series())),
          p.label(lang), p.progressValue().map(v -> NumberText.fixed(v, 3, lang)).orElse("–"),
          r.score().flatMap(IndicatorScore::score).map(v -> NumberText.fixed(v, 0, lang)).orElse("–"),
          r.score().filter(s -> s.bandPosition().isPresent()).map(s -> s.rating().label(lang)).orElse("–"),
          r.trend().map(t -> t.arrow().symbol()).orElse("")});
    }
    IndicatorsText.table(out, rows);
    out.println();
    List<String> attributions = results.stream().map(r -> r.series().provenance().attribution())
        .filter(a -> !a.isBlank()).distinct().toList();
    for (String a : attributions) {
      out.println(a);
    }
    if (results.stream().anyMatch(r -> r.series().provenance().derived())) {
      out.println(en ? "Derived figures are computed by Livskraft from the sources named, not published as such."
          : "Avledede tall er beregnet av Livskraft fra kildene som er nevnt, og er ikke publisert slik.");
    }
  }

  private static Region.Group group(String spec) {
    if (spec.strip().equalsIgnoreCase("kongsbergregionen")) {
      return Region.kongsbergregionen();
    }
    String[] kv = split(spec, "--aggregate", "kongsbergregionen or NAME=CODE,CODE,…");
    List<io.github.livskraft.municipalities.MunicipalityCode> members = new ArrayList<>();
    for (String c : kv[1].split(",")) {
      try {
        members.add(io.github.livskraft.municipalities.MunicipalityCode.parse(c.strip()));
      } catch (IllegalArgumentException e) {
        throw CliException.input("err.option-detail", "--aggregate", spec, new CliException.Detail(e));
      }
    }
    try {
      return new Region.Group(kv[0], kv[0], members);
    } catch (IllegalArgumentException e) {
      throw CliException.input("err.option-detail", "--aggregate", spec, new CliException.Detail(e));
    }
  }

  /** Goal scores and colours (two-worst rule) per region, for indicators given --bounds. */
  private static void printGoals(PrintWriter out, List<IndicatorResult> results, Map<String, IndicatorDefinition> defs,
      Map<String, Normalisation> bounds, Map<String, ColourThresholds> colours, Map<String, Double> weights,
      Language lang) {
    if (bounds.isEmpty()) {
      return;
    }
    boolean en = lang == Language.EN;
    Map<String, Map<String, Double>> latestByRegion = new LinkedHashMap<>();
    for (IndicatorResult r : results) {
      if (bounds.containsKey(r.indicatorId())) {
        Map<String, Double> m = latestByRegion.computeIfAbsent(r.series().region().key(), k -> new HashMap<>());
        r.latest().ifPresent(o -> m.put(r.indicatorId(), o.rawValue()));
      }
    }
    DashboardCalculator.Builder b = DashboardCalculator.builder();
    bounds.forEach((id, n) -> b.indicator(new IndicatorScoring(id, defs.containsKey(id)
        ? defs.get(id).primaryLink().target().goal() : io.github.livskraft.sdg.GoalCode.of(1), n,
        Optional.ofNullable(colours.get(id)), weights.getOrDefault(id, 1.0))));
    DashboardCalculator dash = b.build();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"region", en ? "goal" : "mål", en ? "score" : "poeng", en ? "two worst" : "to svakeste",
        en ? "rating" : "vurdering", en ? "with data" : "med data"});
    for (Map.Entry<String, Map<String, Double>> e : latestByRegion.entrySet()) {
      DashboardResult d = dash.score(e.getValue());
      for (GoalScore g : d.goals()) {
        rows.add(new String[] {e.getKey(), "SDG " + g.goal(),
            g.score().map(v -> NumberText.fixed(v, 0, lang)).orElse("–"),
            g.twoWorstPosition().map(v -> NumberText.fixed(v, 2, lang)).orElse("–"), g.rating().label(lang),
            g.indicatorsWithData() + "/" + g.indicatorsTotal()});
      }
    }
    out.println();
    out.println(en ? "Goals (SDSN-style; bounds and thresholds as given on the command line):"
        : "Mål (SDSN-metode; grenser og terskler fra kommandolinjen):");
    IndicatorsText.table(out, rows);
  }

  private static String lastStatus(TimeSeries s) {
    return s.isEmpty() ? "–" : s.observation(s.size() - 1).status().symbol();
  }

  private static String[] split(String text, String option, String form) {
    int i = text.indexOf('=');
    if (i <= 0 || i == text.length() - 1) {
      throw CliException.input("err.option-form", option, text, form);
    }
    return new String[] {text.substring(0, i).strip().toLowerCase(Locale.ROOT), text.substring(i + 1).strip()};
  }

  private static String known(IndicatorLibrary lib, String id, String option) {
    if (lib.find(id).isEmpty()) {
      throw CliException.input("err.unknown-indicator", option, id);
    }
    return id;
  }

  private static double number(String s, String option, String whole) {
    try {
      double d = Double.parseDouble(s.strip().replace(',', '.'));
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw CliException.input("err.option-number", option, whole, s);
    }
  }
}
