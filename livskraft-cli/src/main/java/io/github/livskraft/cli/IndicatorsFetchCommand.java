package io.github.livskraft.cli;

import io.github.livskraft.sdg.IoReason;
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
@Command(name = "fetch", mixinStandardHelpOptions = true)
final class IndicatorsFetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndicatorsCommand.Common common;
  @Mixin SsbOptions options;

  @Option(names = "--indicator", paramLabel = "ID", required = true)
  String indicator;

  @Option(names = "--region", paramLabel = "all|CODES", defaultValue = "all")
  String region;

  @Option(names = "--years", paramLabel = "SPEC", defaultValue = "2015..2024")
  String years;

  @Option(names = "--harmonise", paramLabel = "YEAR|none", defaultValue = "2024")
  String harmonise;

  @Option(names = {"-o", "--out"}, paramLabel = "BASE", required = true)
  Path out;

  @Option(names = "--no-parquet")
  boolean noParquet;

  @Option(names = "--api", defaultValue = "v2")
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
      throw CliException.input("err.no-ssb-table", d.id(), why);
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
        String regionVar = meta.regionVariable().map(Variable::code).orElseThrow(() -> CliException.input("err.no-region-variable", table));
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
    List<TimeSeries> harmonised = IndicatorsHarmonise.apply(all, harmonise, lib, err, common.language());
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
      throw CliException.badInput(e);
    }
  }

  private static void writeCsv(List<TimeSeries> series, Path target) {
    try {
      AtomicFiles.writeText(target, w -> SeriesCsv.write(series, w));
    } catch (IOException e) {
      throw CliException.failureOf("err.cannot-write", String.valueOf(target), IoReason.of(e));
    }
  }
}
