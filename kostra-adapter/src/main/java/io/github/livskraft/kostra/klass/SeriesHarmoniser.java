package io.github.livskraft.kostra.klass;

import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.kostra.pxweb.SsbSeries;
import io.github.livskraft.municipalities.CodeChange;
import io.github.livskraft.municipalities.CodeResolution;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.sdg.MessageFragment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Carries municipal series onto one year's municipality numbers.
 *
 * <ul>
 *   <li>Codes unchanged or linked by 1:1 renumberings (0604 → 3006 → 3303) are chained automatically: the series of
 *       all codes in a chain become one series under the target code, each observation remembering its published
 *       code. Where two codes publish a value for the same period, the code valid in that period wins and the
 *       conflict is reported.
 *   <li>Mergers, splits and codes the registry cannot place are never summed or split here. They are reported and
 *       handled by the explicit {@link Policy}; to get reform-stable sums, fetch SSB's own aggregation codelist
 *       instead (e.g. {@code agg_KommSummer} on table 07459, codes {@code K-xxxx}).
 *   <li>Series for other regions (country, counties, KOSTRA groups) pass through unchanged.
 * </ul>
 *
 * <pre>{@code
 * SeriesHarmoniser h = new SeriesHarmoniser(MunicipalityRegistry.bundled());
 * HarmonisationResult r = h.harmonise(series, 2024, SeriesHarmoniser.Policy.REPORT);
 * r.issues().forEach(i -> log(i.message()));
 * }</pre>
 */
public final class SeriesHarmoniser {

  /** What to do with a series whose code went through a merger or split, or cannot be placed. */
  public enum Policy {
    /** Keep it under its own code, unharmonised, and report it. */
    REPORT,
    /** Leave it out and report it. */
    DROP,
    /** Throw a {@link KlassException}. */
    FAIL
  }

  private final MunicipalityRegistry registry;

  /**
   * Creates a harmoniser.
   *
   * @param registry the registry with codes and changes
   */
  public SeriesHarmoniser(MunicipalityRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Harmonises SSB series (see {@link #harmonise(List, int, Policy)}).
   *
   * @param series the series
   * @param targetYear the year whose codes (valid on 1 January) to use
   * @param policy the policy for mergers, splits and unknown codes
   * @return the result
   */
  public HarmonisationResult harmoniseSsb(List<SsbSeries> series, int targetYear, Policy policy) {
    return harmonise(series.stream().map(SsbSeries::series).toList(), targetYear, policy);
  }

  /**
   * Harmonises series onto the codes valid on 1 January of a year.
   *
   * @param series the series
   * @param targetYear the target year
   * @param policy the policy for mergers, splits and unknown codes
   * @return the result
   * @throws KlassException under {@link Policy#FAIL} when a series cannot be carried over automatically
   */
  public HarmonisationResult harmonise(List<TimeSeries> series, int targetYear, Policy policy) {
    LocalDate target = LocalDate.of(targetYear, 1, 1);
    List<HarmonisedSeries> out = new ArrayList<>();
    List<HarmonisationIssue> issues = new ArrayList<>();
    // (target code, variable, unit) -> inputs
    Map<String, List<TimeSeries>> groups = new LinkedHashMap<>();
    Map<String, MunicipalityCode> groupTarget = new LinkedHashMap<>();
    Map<String, List<CodeChange>> groupChanges = new LinkedHashMap<>();
    for (TimeSeries s : series) {
      if (!(s.region() instanceof Region.Municipality m)) {
        out.add(new HarmonisedSeries(s, Map.of(), List.of()));
        continue;
      }
      CodeResolution res = registry.resolve(m.code(), target);
      if (!res.isAutomatic()) {
        MessageFragment msg = describe(m.code(), s.variable(), res, targetYear);
        switch (policy) {
          case FAIL -> throw new KlassException(KostraErrorCode.SSB_KLASS_FAILED, null, msg);
          case DROP -> issues.add(new HarmonisationIssue(m.key(), s.variable(), res,
              HarmonisationIssue.Action.DROPPED, msg));
          case REPORT -> {
            issues.add(new HarmonisationIssue(m.key(), s.variable(), res,
                HarmonisationIssue.Action.KEPT_UNHARMONISED, msg));
            out.add(new HarmonisedSeries(s, sources(s, m.code()), List.of()));
          }
        }
        continue;
      }
      MunicipalityCode t = res.targetCode();
      String key = t.value() + "|" + s.variable() + "|" + s.unit();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      groupTarget.put(key, t);
      List<CodeChange> ch = groupChanges.computeIfAbsent(key, k -> new ArrayList<>());
      res.path().stream().filter(c -> !ch.contains(c)).forEach(ch::add);
    }
    for (Map.Entry<String, List<TimeSeries>> g : groups.entrySet()) {
      MunicipalityCode t = groupTarget.get(g.getKey());
      out.add(stitch(t, g.getValue(), groupChanges.get(g.getKey()), target, issues));
    }
    return new HarmonisationResult(out, issues);
  }

  private static Map<Period, MunicipalityCode> sources(TimeSeries s, MunicipalityCode code) {
    Map<Period, MunicipalityCode> m = new LinkedHashMap<>();
    s.periods().forEach(p -> m.put(p, code));
    return m;
  }

  private HarmonisedSeries stitch(MunicipalityCode target, List<TimeSeries> inputs, List<CodeChange> changes,
      LocalDate targetDay, List<HarmonisationIssue> issues) {
    TimeSeries first = inputs.get(0);
    Map<Period, Observation> chosen = new TreeMap<>();
    Map<Period, MunicipalityCode> from = new TreeMap<>();
    for (TimeSeries s : inputs) {
      MunicipalityCode code = ((Region.Municipality) s.region()).code();
      for (Observation o : s.observations()) {
        Period p = o.period();
        Observation prev = chosen.get(p);
        if (prev == null) {
          chosen.put(p, o);
          from.put(p, code);
          continue;
        }
        MunicipalityCode prevCode = from.get(p);
        boolean thisValid = validIn(code, p);
        boolean prevValid = validIn(prevCode, p);
        boolean takeThis;
        if (thisValid != prevValid) {
          takeThis = thisValid;
        } else if (o.hasValue() != prev.hasValue()) {
          takeThis = o.hasValue();
        } else {
          takeThis = code.equals(target); // prefer the newest (target) code
        }
        if (o.hasValue() && prev.hasValue() && o.rawValue() != prev.rawValue()) {
          MunicipalityCode kept = takeThis ? code : prevCode;
          issues.add(new HarmonisationIssue(target.value(), s.variable(),
              registry.resolve(code, targetDay), HarmonisationIssue.Action.CONFLICT_RESOLVED,
              KostraErrorCode.text("harmonise.conflict", prevCode, prev.rawValue(), code, o.rawValue(), p,
                  s.variable(), kept, p.year())));
        }
        if (takeThis) {
          chosen.put(p, o);
          from.put(p, code);
        }
      }
    }
    String name = registry.findName(target, targetDay).orElse(first.region().name());
    TimeSeries merged = TimeSeries.of(new Region.Municipality(target, name), first.variable(), first.unit(),
        first.decimals(), first.provenance(), new ArrayList<>(chosen.values()));
    return new HarmonisedSeries(merged, from, changes);
  }

  private boolean validIn(MunicipalityCode code, Period p) {
    return registry.find(code, LocalDate.of(p.year(), 1, 1)).isPresent();
  }

  /** {@code harmonise.<outcome>}: why a code is not carried over, with the series' variable. */
  private static MessageFragment describe(MunicipalityCode code, String variable, CodeResolution res,
      int year) {
    String targets = res.targets().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    return switch (res.outcome()) {
      case MERGED -> KostraErrorCode.text("harmonise.merged", code, targets, year, variable);
      case SPLIT -> KostraErrorCode.text("harmonise.split", code, targets, year, variable);
      case UNKNOWN_SUCCESSOR -> KostraErrorCode.text("harmonise.unknown-successor", code, year, variable);
      case NOT_FOUND -> KostraErrorCode.text("harmonise.not-found", code, variable);
      case UNCHANGED, RENUMBERED -> throw new IllegalStateException("an automatic outcome is harmonised: " + res);
    };
  }
}
