package io.github.livskraft.municipalities;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Municipality numbers (KLASS classification 131) with validity periods and the change chains between them.
 *
 * <p>{@link #bundled()} works offline: SSB's KLASS list valid on 1 January 2026 (357 municipalities), the codes
 * observed on 1 January 2017–2024 in SSB table 07459, and the national code changes since 2018 (renumberings, mergers
 * and splits of 2018, 2019, 2020 and 2024, from FHI's correspondence table). {@code KlassClient.municipalityRegistry(from, to)} in kostra-adapter builds one from the live KLASS API.
 *
 * <pre>{@code
 * MunicipalityRegistry reg = MunicipalityRegistry.bundled();
 * reg.resolve(MunicipalityCode.parse("0604"), LocalDate.of(2024, 1, 1)).targetCode();   // 3303
 * reg.codesIn(2022).size();                                                             // 356
 * reg.renumberingChain(MunicipalityCode.parse("3006"));                                 // [0604, 3006, 3303]
 * }</pre>
 *
 * <p>Changes are classified per day ({@link ChangeKind}): a code with exactly one successor that has exactly one
 * predecessor is a renumbering (if the old code does not continue); several predecessors make a merger, several
 * successors a split. Only renumberings are chained automatically. Immutable and thread-safe.
 */
public final class MunicipalityRegistry {
  private final Map<MunicipalityCode, List<MunicipalityPeriod>> periods;
  private final List<CodeChange> changes;
  private final Map<LocalDate, List<CodeChange>> changesByDay;
  private final String source;

  private MunicipalityRegistry(Collection<MunicipalityPeriod> periods, Collection<CodeChange> changes,
      String source) {
    Map<MunicipalityCode, List<MunicipalityPeriod>> p = new TreeMap<>();
    for (MunicipalityPeriod mp : periods) {
      p.computeIfAbsent(mp.code(), k -> new ArrayList<>()).add(mp);
    }
    p.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(MunicipalityPeriod::validFrom)).toList());
    this.periods = java.util.Collections.unmodifiableMap(p);
    this.changes = changes.stream()
        .sorted(Comparator.comparing(CodeChange::changeOccurred)
            .thenComparing(c -> c.oldCode().orElse(""))
            .thenComparing(c -> c.newCode().orElse("")))
        .distinct().toList();
    Map<LocalDate, List<CodeChange>> byDay = new TreeMap<>();
    for (CodeChange c : this.changes) {
      byDay.computeIfAbsent(c.changeOccurred(), k -> new ArrayList<>()).add(c);
    }
    byDay.replaceAll((k, v) -> List.copyOf(v));
    this.changesByDay = java.util.Collections.unmodifiableMap(byDay);
    this.source = source;
  }

  /**
   * A registry from periods and changes.
   *
   * @param periods validity periods
   * @param changes code changes
   * @param source a description of where they came from
   * @return the registry
   */
  public static MunicipalityRegistry of(Collection<MunicipalityPeriod> periods, Collection<CodeChange> changes,
      String source) {
    return new MunicipalityRegistry(periods, changes, source);
  }

  /**
   * The registry bundled with the library (offline). See {@code PROVENANCE.md} next to the resources for exactly
   * what it holds; its change table covers every code change since 1 January 2018.
   *
   * @return the bundled registry (loaded once, immutable)
   */
  public static MunicipalityRegistry bundled() {
    return io.github.livskraft.municipalities.internal.BundledRegistry.registry();
  }

  /** @return where the registry's data came from */
  public String source() {
    return source;
  }

  /** @return every code the registry knows, sorted */
  public Set<MunicipalityCode> codes() {
    return periods.keySet();
  }

  /**
   * The validity periods of a code.
   *
   * @param code the code
   * @return the periods, oldest first; empty if unknown
   */
  public List<MunicipalityPeriod> periods(MunicipalityCode code) {
    return periods.getOrDefault(code, List.of());
  }

  /**
   * Finds the period in which a code was valid on a day.
   *
   * @param code the code
   * @param date the day
   * @return the period
   */
  public Optional<MunicipalityPeriod> find(MunicipalityCode code, LocalDate date) {
    return periods(code).stream().filter(p -> p.contains(date)).findFirst();
  }

  /**
   * The municipalities valid on a day.
   *
   * @param date the day
   * @return the periods valid that day, sorted by code
   */
  public List<MunicipalityPeriod> codesAt(LocalDate date) {
    List<MunicipalityPeriod> out = new ArrayList<>();
    for (List<MunicipalityPeriod> ps : periods.values()) {
      ps.stream().filter(p -> p.contains(date)).findFirst().ifPresent(out::add);
    }
    return out;
  }

  /**
   * The municipalities valid on 1 January of a year (SSB's statistics use the codes of the reference year).
   *
   * @param year the year
   * @return the periods valid that day
   */
  public List<MunicipalityPeriod> codesIn(int year) {
    return codesAt(LocalDate.of(year, 1, 1));
  }

  /** @return every change, by day */
  public List<CodeChange> changes() {
    return changes;
  }

  /**
   * The changes that took effect in a range.
   *
   * @param from first day (inclusive)
   * @param to last day (exclusive)
   * @return the changes
   */
  public List<CodeChange> changes(LocalDate from, LocalDate to) {
    return changes.stream().filter(c -> !c.changeOccurred().isBefore(from) && c.changeOccurred().isBefore(to))
        .toList();
  }

  /**
   * Classifies a change using every change of the same day.
   *
   * @param change the change
   * @return its kind
   */
  public ChangeKind kindOf(CodeChange change) {
    if (change.oldCode().isEmpty()) {
      return ChangeKind.CREATED;
    }
    if (change.newCode().isEmpty()) {
      return ChangeKind.CEASED;
    }
    List<CodeChange> day = changesByDay.getOrDefault(change.changeOccurred(), List.of());
    String oldCode = change.oldCode().get();
    String newCode = change.newCode().get();
    if (oldCode.equals(newCode)) {
      return ChangeKind.SAME_CODE;
    }
    long predecessors = day.stream().filter(c -> c.newCode().equals(change.newCode()) && c.oldCode().isPresent())
        .map(c -> c.oldCode().get()).distinct().count();
    long successors = day.stream().filter(c -> c.oldCode().equals(change.oldCode()) && c.newCode().isPresent())
        .map(c -> c.newCode().get()).distinct().count();
    // a code absorbed by one that was already in use the day before (e.g. 5030 Klæbu into 5001 Trondheim in 2020)
    // is a merger, even when the continuing code has no change row of its own
    boolean newExisted = MunicipalityCode.isWellFormed(newCode)
        && find(MunicipalityCode.parse(newCode), change.changeOccurred().minusDays(1)).isPresent();
    if (predecessors > 1 || newExisted) {
      return ChangeKind.MERGER;
    }
    boolean oldContinues = !oldCode.equals(newCode) && MunicipalityCode.isWellFormed(oldCode)
        && find(MunicipalityCode.parse(oldCode), change.changeOccurred()).isPresent();
    if (successors > 1 || oldContinues) {
      return ChangeKind.SPLIT;
    }
    return ChangeKind.RENUMBERING;
  }

  /**
   * Where a code leads on a target day: forward through later changes or backward through earlier ones.
   *
   * @param code the code
   * @param target the target day
   * @return the resolution
   */
  public CodeResolution resolve(MunicipalityCode code, LocalDate target) {
    List<MunicipalityPeriod> ps = periods(code);
    if (ps.isEmpty()) {
      return new CodeResolution(code, target, CodeResolution.Outcome.NOT_FOUND, List.of(), List.of());
    }
    if (find(code, target).isPresent()) {
      return new CodeResolution(code, target, CodeResolution.Outcome.UNCHANGED, List.of(code), List.of());
    }
    boolean forward = ps.get(0).validFrom().isBefore(target);
    List<CodeChange> path = new ArrayList<>();
    MunicipalityCode current = code;
    Set<MunicipalityCode> seen = new LinkedHashSet<>();
    while (seen.add(current)) {
      if (find(current, target).isPresent()) {
        CodeResolution.Outcome o = path.isEmpty() ? CodeResolution.Outcome.UNCHANGED
            : CodeResolution.Outcome.RENUMBERED;
        return new CodeResolution(code, target, o, List.of(current), path);
      }
      List<CodeChange> candidates = forward ? outgoing(current, target) : incoming(current, target);
      if (candidates.isEmpty()) {
        return new CodeResolution(code, target, CodeResolution.Outcome.UNKNOWN_SUCCESSOR, List.of(), path);
      }
      CodeChange first = candidates.get(0);
      ChangeKind kind = kindOf(first);
      if (kind == ChangeKind.MERGER || kind == ChangeKind.SPLIT) {
        // every change of that day that touches the current code, seen from either side
        MunicipalityCode c0 = current;
        Set<String> ends = new LinkedHashSet<>();
        List<CodeChange> day = changesByDay.getOrDefault(first.changeOccurred(), List.of());
        Optional<String> pivot = kind == ChangeKind.MERGER ? first.newCode() : first.oldCode();
        for (CodeChange c : day) {
          boolean related = kind == ChangeKind.MERGER ? c.newCode().equals(pivot) : c.oldCode().equals(pivot);
          if (related) {
            path.add(c);
            (forward ? c.newCode() : c.oldCode()).filter(x -> !x.equals(c0.value())).ifPresent(ends::add);
          }
        }
        // carry each end code on through later renumberings (e.g. 0220 → 3025 in 2020 → 3203 in 2024)
        List<MunicipalityCode> targets = new ArrayList<>();
        for (MunicipalityCode end : ends.stream().filter(MunicipalityCode::isWellFormed)
            .map(MunicipalityCode::parse).toList()) {
          CodeResolution onward = resolve(end, target);
          if (onward.outcome() == CodeResolution.Outcome.RENUMBERED) {
            targets.add(onward.targets().get(0));
            path.addAll(onward.path());
          } else {
            targets.add(end);
          }
        }
        return new CodeResolution(code, target, kind == ChangeKind.MERGER ? CodeResolution.Outcome.MERGED
            : CodeResolution.Outcome.SPLIT, targets, path);
      }
      if (kind != ChangeKind.RENUMBERING) {
        path.add(first);
        return new CodeResolution(code, target, CodeResolution.Outcome.UNKNOWN_SUCCESSOR, List.of(), path);
      }
      path.add(first);
      Optional<String> next = forward ? first.newCode() : first.oldCode();
      if (next.isEmpty() || !MunicipalityCode.isWellFormed(next.get())) {
        return new CodeResolution(code, target, CodeResolution.Outcome.UNKNOWN_SUCCESSOR, List.of(), path);
      }
      current = MunicipalityCode.parse(next.get());
    }
    return new CodeResolution(code, target, CodeResolution.Outcome.UNKNOWN_SUCCESSOR, List.of(), path);
  }

  /** Changes away from a code, after its validity began and on or before the target, earliest first. */
  private List<CodeChange> outgoing(MunicipalityCode code, LocalDate target) {
    return changes.stream().filter(c -> c.oldCode().equals(Optional.of(code.value()))
        && !c.changeOccurred().isAfter(target)).toList();
  }

  /** Changes into a code, after the target, latest first. */
  private List<CodeChange> incoming(MunicipalityCode code, LocalDate target) {
    List<CodeChange> in = new ArrayList<>(changes.stream()
        .filter(c -> c.newCode().equals(Optional.of(code.value())) && c.changeOccurred().isAfter(target)).toList());
    java.util.Collections.reverse(in);
    return in;
  }

  /**
   * Every code linked to this one by 1:1 renumberings, oldest first (e.g. {@code [0604, 3006, 3303]}).
   *
   * @param code the code
   * @return the chain, containing at least the code itself
   */
  public List<MunicipalityCode> renumberingChain(MunicipalityCode code) {
    MunicipalityCode first = code;
    Set<MunicipalityCode> seen = new LinkedHashSet<>();
    while (seen.add(first)) {
      MunicipalityCode f = first;
      Optional<CodeChange> back = changes.stream()
          .filter(c -> c.newCode().equals(Optional.of(f.value())) && kindOf(c) == ChangeKind.RENUMBERING)
          .findFirst();
      if (back.isEmpty() || !MunicipalityCode.isWellFormed(back.get().oldCode().orElse(""))) {
        break;
      }
      first = MunicipalityCode.parse(back.get().oldCode().get());
    }
    List<MunicipalityCode> chain = new ArrayList<>();
    Set<MunicipalityCode> visited = new LinkedHashSet<>();
    MunicipalityCode cur = first;
    while (visited.add(cur)) {
      chain.add(cur);
      MunicipalityCode c0 = cur;
      Optional<CodeChange> fwd = changes.stream()
          .filter(c -> c.oldCode().equals(Optional.of(c0.value())) && kindOf(c) == ChangeKind.RENUMBERING)
          .findFirst();
      if (fwd.isEmpty() || !MunicipalityCode.isWellFormed(fwd.get().newCode().orElse(""))) {
        break;
      }
      cur = MunicipalityCode.parse(fwd.get().newCode().get());
    }
    return List.copyOf(chain);
  }

  /**
   * The name of a code on a day, or its latest name.
   *
   * @param code the code
   * @param date the day
   * @return the name, if the code is known
   */
  public Optional<String> findName(MunicipalityCode code, LocalDate date) {
    return find(code, date).map(MunicipalityPeriod::name)
        .or(() -> periods(code).stream().reduce((a, b) -> b).map(MunicipalityPeriod::name));
  }

  /** Counts of codes per kind of change, for reports. */
  Map<ChangeKind, Long> changeKindCounts() {
    Map<ChangeKind, Long> m = new HashMap<>();
    changes.forEach(c -> m.merge(kindOf(c), 1L, Long::sum));
    return m;
  }

  @Override
  public String toString() {
    return "MunicipalityRegistry[" + periods.size() + " codes, " + changes.size() + " changes; " + source + "]";
  }
}
