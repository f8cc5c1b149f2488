package io.github.livskraft.cli;

import io.github.livskraft.sdg.NumberText;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.calc.PeerComparison;
import io.github.livskraft.indicators.io.IndicatorResult;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.sdg.Language;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The peer table of {@code indicators compute --peers}: thin glue over {@link PeerComparison}. */
final class IndicatorsPeers {
  private IndicatorsPeers() {}

  static void print(PrintWriter out, List<IndicatorResult> results, Map<String, IndicatorDefinition> defs,
      Map<String, Direction> directions, String peerSpec, Language lang) {
    Set<String> peerKeys = new LinkedHashSet<>();
    for (String c : peerSpec.split(",")) {
      try {
        peerKeys.add(MunicipalityCode.parseLenient(c.strip()).value());
      } catch (IllegalArgumentException e) {
        throw CliException.input("err.peer", peerSpec, c.strip());
      }
    }
    boolean en = lang == Language.EN;
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {en ? "indicator" : "indikator", "region", en ? "period" : "periode",
        en ? "value" : "verdi", en ? "rank" : "rang", "median", "min", "max"});
    for (IndicatorResult r : results) {
      String region = r.series().region().key();
      IndicatorDefinition d = defs.get(r.indicatorId());
      List<TimeSeries> peerSeries = results.stream().filter(x -> x.indicatorId().equals(r.indicatorId())
          && peerKeys.contains(x.series().region().key())).map(IndicatorResult::series).toList();
      if (peerSeries.isEmpty() || peerKeys.contains(region) && peerSeries.size() == 1) {
        continue;
      }
      Direction dir = directions.getOrDefault(d.id(), d.direction());
      if (dir == Direction.TARGET_BAND) {
        continue;
      }
      for (PeerComparison c : PeerComparison.compareEachPeriod(r.series(), peerSeries, dir)) {
        rows.add(new String[] {r.indicatorId(), region, c.period().toString(),
            c.value().map(v -> NumberText.fixed(v, d.decimals(), lang)).orElse("–"),
            c.rank().map(k -> k + "/" + (c.peersWithValue() + 1)).orElse("–"),
            c.peerMedian().map(v -> NumberText.fixed(v, d.decimals(), lang)).orElse("–"),
            c.peerMin().map(v -> NumberText.fixed(v, d.decimals(), lang)).orElse("–"),
            c.peerMax().map(v -> NumberText.fixed(v, d.decimals(), lang)).orElse("–")});
      }
    }
    out.println();
    out.println(en ? "Peers (" + String.join(",", peerKeys) + "), rank among the region and its peers:"
        : "Sammenligning (" + String.join(",", peerKeys) + "), rang blant regionen og de andre:");
    IndicatorsText.table(out, rows);
  }
}
