package io.github.livskraft.kostra.klass;

import io.github.livskraft.indicators.AggregationRule;
import io.github.livskraft.indicators.FormulaKind;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.municipalities.CodeResolution;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.MessageFragment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Harmonisation for national analyses: codes carried to one year's numbers by {@link SeriesHarmoniser}
 * (renumberings chained), and mergers handled by each variable's aggregation rule instead of being left out.
 *
 * <p>For a variable whose rule is {@link AggregationRule#SUM} (counts, amounts, areas; the components of a derived
 * indicator), the series of the municipalities that merged into one target code are added up period by period
 * before the merger — strictly: a period where any of them has no value has no value — and the target code's own
 * values are used from the merger on. The summed series is marked: its provenance is <i>derived</i> and says
 * "sum of merged municipalities 0711+0713 → 3907". Under any other rule (a share or a rate cannot be added) the
 * merged codes stay unharmonised and are reported, never summed silently. Splits are always reported.
 *
 * <p>Sammenslåtte kommuner summeres bare for variabler som kan summeres, og summen merkes som avledet.
 */
public final class MergerSums {
  private MergerSums() {}

  /**
   * The result: the harmonised series and what was done.
   *
   * @param series the series on the target year's codes (summed mergers marked as derived)
   * @param issues what could not be carried over automatically (kept under the old code and reported)
   * @param merges one note per summed merger, in any language ({@code MessageFragment#text(Language)}), e.g.
   *     "…: summed merged municipalities 0711+0713 into 3301 for periods before the merger …"
   */
  public record Result(List<TimeSeries> series, List<HarmonisationIssue> issues,
      List<MessageFragment> merges) {
    /** Copies. */
    public Result {
      series = List.copyOf(series);
      issues = List.copyOf(issues);
      merges = List.copyOf(merges);
    }
  }

  /**
   * Harmonises series onto the codes valid on 1 January of {@code targetYear}.
   *
   * @param series the series (any regions; non-municipal ones pass through)
   * @param targetYear the target year
   * @param registry the municipality registry (codes and changes)
   * @param ruleOf the aggregation rule of each variable
   * @return the harmonised series and the issues
   */
  public static Result harmonise(List<TimeSeries> series, int targetYear, MunicipalityRegistry registry,
      Function<String, AggregationRule> ruleOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(ruleOf, "ruleOf");
    LocalDate target = LocalDate.of(targetYear, 1, 1);
    List<TimeSeries> plain = new ArrayList<>();
    Map<String, List<TimeSeries>> merged = new LinkedHashMap<>();
    Map<String, MunicipalityCode> mergedTarget = new LinkedHashMap<>();
    List<HarmonisationIssue> issues = new ArrayList<>();
    for (TimeSeries s : series) {
      if (s.region() instanceof Region.Municipality m) {
        CodeResolution res = registry.resolve(m.code(), target);
        if (res.outcome() == CodeResolution.Outcome.MERGED && res.targets().size() == 1
            && ruleOf.apply(s.variable()) == AggregationRule.SUM) {
          MunicipalityCode t = res.targets().get(0);
          CodeResolution onward = registry.resolve(t, target); // a merger target renumbered later (3005 → 3301)
          if (onward.isAutomatic()) {
            t = onward.targetCode();
          }
          String key = t.value() + "|" + s.variable();
          merged.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
          mergedTarget.put(key, t);
          continue;
        }
      }
      plain.add(s);
    }
    HarmonisationResult base = new SeriesHarmoniser(registry).harmonise(plain, targetYear,
        SeriesHarmoniser.Policy.REPORT);
    issues.addAll(base.issues());
    Map<String, TimeSeries> out = new LinkedHashMap<>();
    for (HarmonisedSeries h : base.series()) {
      TimeSeries s = h.series();
      out.put(s.region().key() + "|" + s.variable(), s);
    }
    List<MessageFragment> merges = new ArrayList<>();
    for (Map.Entry<String, List<TimeSeries>> e : merged.entrySet()) {
      MunicipalityCode t = mergedTarget.get(e.getKey());
      List<TimeSeries> parts = e.getValue();
      TimeSeries own = out.get(e.getKey());
      TimeSeries sum = sum(t, parts, own, registry, target);
      out.put(e.getKey(), sum);
      merges.add(KostraErrorCode.text("harmonise.summed", parts.get(0).variable(), codes(parts),
          String.valueOf(t)));
    }
    return new Result(new ArrayList<>(out.values()), issues, merges);
  }

  private static String codes(List<TimeSeries> parts) {
    return String.join("+", parts.stream().map(p -> p.region().key()).sorted().toList());
  }

  private static TimeSeries sum(MunicipalityCode t, List<TimeSeries> parts, TimeSeries own,
      MunicipalityRegistry registry, LocalDate target) {
    TreeSet<Period> periods = new TreeSet<>();
    parts.forEach(p -> periods.addAll(p.periods()));
    Map<Period, Observation> obs = new TreeMap<>();
    for (Period p : periods) {
      double total = 0;
      ObservationStatus st = ObservationStatus.OK;
      for (TimeSeries s : parts) {
        Observation o = s.at(p);
        st = ObservationStatus.combine(st, o.status());
        if (o.hasValue()) {
          total += o.rawValue();
        }
      }
      obs.put(p, st.hasValue() ? Observation.of(p, total, st == ObservationStatus.NIL ? ObservationStatus.OK : st)
          : Observation.missing(p, st));
    }
    List<Provenance> inputs = new ArrayList<>();
    parts.forEach(p -> inputs.add(p.provenance()));
    if (own != null) {
      for (Observation o : own.observations()) {
        if (o.hasValue() || !obs.containsKey(o.period())) {
          obs.put(o.period(), o);
        }
      }
      inputs.add(own.provenance());
    }
    TimeSeries first = parts.get(0);
    String name = registry.findName(t, target).orElse("");
    return TimeSeries.of(new Region.Municipality(t, name), first.variable(), first.unit(), first.decimals(),
        Provenance.derived("sum of merged municipalities " + codes(parts) + " → " + t + " before the merger;"
            + " published values of " + t + " from the merger on", inputs), new ArrayList<>(obs.values()));
  }

  /**
   * The aggregation rule of every variable an indicator library names: an indicator id gets its definition's rule;
   * a source key of a derived indicator that is recomputed from its components (population, ghg, builtup …) is a
   * count or an amount and is summed. Any other variable has no rule here ({@link #harmonise(List, int,
   * IndicatorLibrary)} does not sum it).
   *
   * @param library the indicator library
   * @return the rule of each indicator id and source key
   */
  public static Map<String, AggregationRule> aggregationRules(IndicatorLibrary library) {
    Objects.requireNonNull(library, "library");
    Map<String, AggregationRule> rules = new HashMap<>();
    for (IndicatorDefinition d : library.all()) {
      if (d.formula().kind() != FormulaKind.VALUE && d.aggregation() == AggregationRule.RECOMPUTE_FROM_COMPONENTS) {
        d.sources().forEach(source -> rules.putIfAbsent(source.key(), AggregationRule.SUM));
      }
    }
    library.all().forEach(d -> rules.put(d.id(), d.aggregation()));
    return Map.copyOf(rules);
  }

  /**
   * Harmonises series whose variables are an indicator library's ids or source keys onto the codes valid on
   * 1 January of {@code targetYear}, with the bundled national change history ({@link
   * MunicipalityRegistry#bundled()}) and the library's aggregation rules ({@link #aggregationRules}); a variable the
   * library does not know is never summed.
   *
   * @param series the series
   * @param targetYear the target year
   * @param library the indicator library
   * @return the harmonised series and the issues
   */
  public static Result harmonise(List<TimeSeries> series, int targetYear, IndicatorLibrary library) {
    Map<String, AggregationRule> rules = aggregationRules(library);
    return harmonise(series, targetYear, MunicipalityRegistry.bundled(),
        v -> rules.getOrDefault(v, AggregationRule.NOT_AGGREGABLE));
  }
}
