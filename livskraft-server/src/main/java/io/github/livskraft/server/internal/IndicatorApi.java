package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.calc.IndicatorEvaluator;
import io.github.livskraft.indicators.io.IndicatorResult;
import io.github.livskraft.indicators.io.ResultsWriter;
import io.github.livskraft.indicators.io.SeriesCsv;
import io.github.livskraft.indicators.progress.ProgressCalculator;
import io.github.livskraft.indicators.progress.ProgressOptions;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /indicators/compute}: indicator values and progress to target (Open SDG method) from tidy series CSV
 * sent as {@code text/csv} (options as query parameters) or JSON {@code {"csv", "indicators", "regions",
 * "baseYear"}}. The answer is the {@code livskraft-results/1} JSON of {@code livskraft indicators compute --json}.
 */
final class IndicatorApi {
  private final IndicatorLibrary library;

  IndicatorApi(IndicatorLibrary library) {
    this.library = library;
  }

  Reply compute(Req req) {
    String csv;
    List<String> ids;
    List<String> regions;
    String baseYear;
    if (req.contentType().equals("text/csv")) {
      csv = req.text();
      ids = req.params("indicator");
      regions = req.params("region");
      baseYear = req.param("baseYear").orElse("2015");
    } else {
      ObjectNode body = Json.parseObject(req);
      csv = Json.requiredText(body, "csv");
      ids = Json.texts(body, "indicators");
      regions = Json.texts(body, "regions");
      baseYear = Json.text(body, "baseYear").orElse("2015");
    }
    SeriesSet set = SeriesCsv.read(new StringReader(csv), "request");
    Period base;
    try {
      base = Period.parse(baseYear);
    } catch (RuntimeException e) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, "baseYear", ServerErrorCode.BAD_FIELD.fragment("period", baseYear));
    }
    List<IndicatorDefinition> defs = library.select(ids);
    List<Region> regionList = regions.isEmpty() ? new ArrayList<>(set.regions())
        : new ArrayList<>(regions.stream().map(Region::parse).toList());
    IndicatorEvaluator eval = IndicatorEvaluator.create();
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorEvaluator.Evaluated e : eval.evaluateAll(defs, set, regionList,
        !ids.isEmpty() && !regions.isEmpty())) {
      IndicatorDefinition d = e.definition();
      TimeSeries s = e.series();
      ProgressOptions opts = ProgressOptions.of(d.direction()).withBase(base);
      if (d.limit().isPresent()) {
        opts = opts.withLimit(d.limit().get());
      }
      results.add(new IndicatorResult(d.id(), s, Optional.of(ProgressCalculator.openSdg().assess(s, opts)),
          Optional.empty(), Optional.empty()));
    }
    if (results.isEmpty()) {
      ServerErrorCode c = ServerErrorCode.UNPROCESSABLE;
      throw new ApiException(c.status(), c.code(), lang -> c.text(lang, c.fragment("no-indicator")),
          List.of(Map.of("variables", set.all().stream().map(t -> t.variable()).distinct().toList().toString())));
    }
    StringWriter w = new StringWriter();
    ResultsWriter.json(results, req.language(), w);
    return new Reply(200, "application/json", w.toString().getBytes(StandardCharsets.UTF_8), Map.of());
  }
}
