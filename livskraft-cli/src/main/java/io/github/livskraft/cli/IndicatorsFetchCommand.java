package io.github.livskraft.cli;

import io.github.livskraft.sdg.internal.io.AtomicFiles;

import io.github.livskraft.indicators.DataSource;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.SourceKind;
import io.github.livskraft.indicators.io.SeriesCsv;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.kostra.pxweb.DataQuery;
import io.github.livskraft.kostra.pxweb.DimensionRoles;
import io.github.livskraft.kostra.pxweb.PxWebException;
import io.github.livskraft.kostra.pxweb.SeriesBridge;
import io.github.livskraft.kostra.pxweb.Selection;
import io.github.livskraft.kostra.pxweb.SsbSeries;
import io.github.livskraft.kostra.pxweb.StatbankClient;
import io.github.livskraft.kostra.pxweb.StatbankResult;
import io.github.livskraft.kostra.pxweb.TableMetadata;
import io.github.livskraft.kostra.pxweb.Variable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code livskraft indicators fetch}: the national analysis's first step. Reads the definition's SSB table and
 * ContentsCode, fetches through kostra-adapter (cache, offline snapshots, progress bar), harmonises municipality
 * numbers with the national change history and writes tidy CSV and Parquet (DuckDB). Thin: every step is a library
 * call.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Fetch an indicator's SSB source(s) for all (or some) municipalities and years, harmonise the"
        + " municipality numbers and write tidy CSV and Parquet.",
      "The CSV is what 'indicators compute --data' reads; the Parquet file has the same columns (DuckDB, Spark,"
        + " pandas, R arrow)."},
    footer = {"", "Examples:",
      "  livskraft indicators fetch --indicator kindergarten.coverage-1-2 --region all --years 2015..2024 \\",
      "      --harmonise 2024 --out kindergarten",
      "  livskraft indicators fetch --indicator governance.free-income-per-capita --years 2024 --offline --out fi",
      "", "Kilde: Statistisk sentralbyrå (CC BY 4.0). Exit codes: 0 ok, 2 bad input, 1 other errors."})
final class IndicatorsFetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndicatorsCommand.Common common;
  @Mixin SsbOptions options;

  @Option(names = "--indicator", paramLabel = "ID", required = true, description = "The indicator id.")
  String indicator;

  @Option(names = "--region", paramLabel = "all|CODES", defaultValue = "all",
      description = "all (every region of the table) or codes such as 3303,4005. Default: ${DEFAULT-VALUE}.")
  String region;

  @Option(names = "--years", paramLabel = "SPEC", defaultValue = "2015..2024",
      description = "Years, e.g. 2015..2024, 2024 or top(5). Default: ${DEFAULT-VALUE}.")
  String years;

  @Option(names = "--harmonise", paramLabel = "YEAR|none", defaultValue = "2024",
      description = "Carry municipality numbers to this year's codes (national change history); mergers are"
          + " summed only for additive variables and marked. Default: ${DEFAULT-VALUE}.")
  String harmonise;

  @Option(names = {"-o", "--out"}, paramLabel = "BASE", required = true,
      description = "Output base name: writes BASE.csv and BASE.parquet (atomically).")
  Path out;

  @Option(names = "--no-parquet", description = "Write only the CSV.")
  boolean noParquet;

  @Option(names = "--api", defaultValue = "v2", description = "v2 (falls back to v1) or v1. Default: ${DEFAULT-VALUE}.")
  String api;

  @Override
  public Integer call() {
    IndicatorLibrary lib = common.library();
    IndicatorDefinition d = lib.get(indicator.strip().toLowerCase(Locale.ROOT));
    List<DataSource> ssb = d.sources().stream()
        .filter(s -> s.kind() == SourceKind.SSB_TABLE && s.tableId().isPresent() && s.contentsCode().isPresent())
        .toList();
    if (ssb.isEmpty()) {
      String why = d.sources().stream().map(s -> s.key() + ": " + s.kind().name().toLowerCase(Locale.ROOT)
          + s.note().map(n -> " (" + n + ")").orElse("")).reduce((a, b) -> a + "; " + b).orElse("no sources");
      throw CliException.badInput(d.id() + " has no SSB table with a ContentsCode to fetch: " + why + " / "
          + d.id() + " har ingen SSB-tabell med ContentsCode");
    }
    StatbankClient client = SsbCommand.client(options, common.language(), api);
    PrintWriter err = spec.commandLine().getErr();
    List<TimeSeries> all = new ArrayList<>();
    for (DataSource s : ssb) {
      String table = s.tableId().orElseThrow();
      StatbankResult result;
      try {
        TableMetadata meta = client.metadata(table);
        DataQuery q = DataQuery.of(table)
            .with(selection(meta.contentsVariable().map(Variable::code).orElse("ContentsCode"),
                s.contentsCode().orElseThrow()))
            .with(selection(meta.timeVariable().map(Variable::code).orElse("Tid"), years));
        String regionVar = meta.regionVariable().map(Variable::code).orElseThrow(() -> CliException.badInput(
            "Table " + table + " has no region variable / tabellen har ingen regionvariabel"));
        q = q.with(selection(regionVar, region.strip().equalsIgnoreCase("all") ? "*" : region));
        for (Map.Entry<String, String> f : s.filters().entrySet()) {
          q = q.with(selection(meta.variable(f.getKey()).code(), f.getValue()));
        }
        result = client.fetch(q, new SsbProgressBar(err));
      } catch (PxWebException e) {
        throw SsbCommand.translate(e);
      }
      for (SsbSeries x : SeriesBridge.toSeries(result.dataset(), DimensionRoles.detect(result.dataset()), table,
          result.updated())) {
        TimeSeries t = x.series();
        all.add(t.relabel(s.key(), t.unit(), t.decimals(), t.provenance()));
      }
      if (result.fromBundledSnapshot()) {
        err.println("(offline: table " + table + " from the snapshot bundled with Livskraft, updated "
            + result.updated() + ")");
      }
    }
    List<TimeSeries> harmonised = IndicatorsHarmonise.apply(all, harmonise, lib, err);
    Path csv = out.resolveSibling(out.getFileName() + ".csv");
    writeCsv(harmonised, csv);
    long cells = harmonised.stream().mapToLong(TimeSeries::size).sum();
    PrintWriter o = spec.commandLine().getOut();
    o.println("wrote " + csv + " (" + harmonised.size() + " series, " + cells + " observations)");
    if (!noParquet) {
      Path parquet = out.resolveSibling(out.getFileName() + ".parquet");
      ParquetExport.fromTidyCsv(csv, parquet);
      o.println("wrote " + parquet);
    }
    o.flush();
    err.println("Kilde: Statistisk sentralbyrå (CC BY 4.0), table(s) "
        + String.join(", ", ssb.stream().map(s -> s.tableId().orElseThrow()).distinct().toList()));
    err.flush();
    return ExitCodes.OK;
  }

  private static Selection selection(String variable, String spec) {
    try {
      return Selection.parse(variable, spec);
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(e.getMessage());
    }
  }

  private static void writeCsv(List<TimeSeries> series, Path target) {
    try {
      AtomicFiles.writeText(target, w -> SeriesCsv.write(series, w));
    } catch (IOException e) {
      throw CliException.failure("cannot write " + target + ": " + e.getMessage() + " / kan ikke skrive " + target);
    }
  }
}
