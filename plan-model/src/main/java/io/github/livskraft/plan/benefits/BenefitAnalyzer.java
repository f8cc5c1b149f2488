package io.github.livskraft.plan.benefits;

import io.github.livskraft.plan.BenefitKind;
import io.github.livskraft.plan.Cost;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.plan.ExpectedBenefit;
import io.github.livskraft.plan.Magnitude;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanArgumentException;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.RealisedBenefit;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.TargetCode;
import io.github.livskraft.sdg.TextProvenance;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.NumberText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Benefit assessment (gevinstvurdering): ranks tiltak by expected benefit against cost and effort, and balances
 * expected against realised benefits per innsatsområde and SDG goal. Immutable; build with {@link #builder()}.
 *
 * <p>The ranking rule (also in {@link BenefitReport#rule()}): benefit points are the sum of the expected benefits'
 * scale points (liten 1, middels 2, stor 3); effort points likewise (1–3); cost points 1 below the first cost
 * band limit (default NOK 1 million), 2 below the second (default NOK 10 million), 3 above. Score = benefit points
 * ÷ (effort points + cost points). Highest score first; ties by more benefit points, then by the larger economic
 * net (expected economic benefits in NOK minus cost), then by id. A tiltak without expected benefits, with a
 * benefit without scale, or without effort or cost is listed unranked with what is missing, so that the seed's
 * advice holds: "Vi bør ikke starte opp prosjekter der vi er usikre på om gevinstene er tilstrekkelig store i
 * forhold til den innsatsen som må inn" (Kongsbergregionen 2019, 5.5).
 *
 * <p>Expected vs realised: each expected benefit counts once per innsatsområde above its tiltak and once per SDG
 * goal of its targets; its realised value is the latest {@link RealisedBenefit} reported for it (a cumulative
 * assessment), amounts summed per unit.
 */
public final class BenefitAnalyzer {
  private final BigDecimal firstBand;
  private final BigDecimal secondBand;

  private BenefitAnalyzer(BigDecimal firstBand, BigDecimal secondBand) {
    this.firstBand = firstBand;
    this.secondBand = secondBand;
  }

  /** A builder with the default cost bands (NOK 1 million and 10 million). */
  public static Builder builder() {
    return new Builder();
  }

  /** The analyser with default settings. */
  public static BenefitAnalyzer create() {
    return builder().build();
  }

  /** Builds a {@link BenefitAnalyzer}. Not thread-safe. */
  public static final class Builder {
    private BigDecimal first = new BigDecimal("1000000");
    private BigDecimal second = new BigDecimal("10000000");

    private Builder() {}

    /**
     * Sets the cost bands: below {@code first} 1 point, below {@code second} 2, otherwise 3.
     *
     * @param first the first limit in NOK
     * @param second the second limit in NOK (greater than the first)
     * @return this builder
     */
    public Builder costBands(BigDecimal first, BigDecimal second) {
      if (first.signum() <= 0 || second.compareTo(first) <= 0) {
        throw new PlanArgumentException(PlanErrorCode.OPTION,
            PlanErrorCode.OPTION.fragment("cost-bands", first, second));
      }
      this.first = first;
      this.second = second;
      return this;
    }

    /** The analyser. */
    public BenefitAnalyzer build() {
      return new BenefitAnalyzer(first, second);
    }
  }

  /**
   * The ranking rule in words, in bokmål, nynorsk and English (key {@code benefits.rule} of the plan bundle), the
   * cost band limits written in each language ({@code 1 000 000 kr}, {@code NOK 1,000,000}).
   *
   * @return the rule
   */
  public LocalizedText rule() {
    return MessageFragment.of(PlanErrorCode.GENERAL, "benefits.rule", nok(firstBand), nok(secondBand))
        .toLocalizedText();
  }

  /** An amount in kroner as each language writes it (the currency is in the pattern). */
  private static LocalizedText nok(BigDecimal v) {
    return LocalizedText.of(l -> NumberText.of(v, l), TextProvenance.COMMUNITY, "livskraft-messages/plan");
  }

  /**
   * Analyses the tiltak of a chain.
   *
   * @param chain the plans
   * @return the report
   */
  public BenefitReport analyse(PlanChain chain) {
    List<RankedMeasure> ranked = new ArrayList<>();
    List<RankedMeasure> unranked = new ArrayList<>();
    Map<String, Map<String, Acc>> byArea = new LinkedHashMap<>();
    Map<GoalCode, Map<String, Acc>> byGoal = new TreeMap<>();
    for (Plan p : chain.plans()) {
      for (PlanElement e : p.elements()) {
        if (e.kind() != ElementKind.MEASURE || e.measure().isEmpty()) {
          continue;
        }
        MeasureDetails m = e.measure().get();
        if (m.expectedBenefits().isEmpty() && m.effort().isEmpty()) {
          continue;
        }
        List<String> areas = new ArrayList<>();
        for (ElementRef up : chain.upward(ElementRef.of(p.id(), e.id()))) {
          chain.findElement(up).filter(x -> x.kind() == ElementKind.FOCUS_AREA).ifPresent(x -> areas.add(x.title()));
        }
        RankedMeasure r = score(p, e, m, areas);
        (r.missing().isEmpty() ? ranked : unranked).add(r);
        for (ExpectedBenefit b : m.expectedBenefits()) {
          Optional<RealisedBenefit> latest = m.realisedBenefits().stream().filter(x -> x.benefit().equals(b.id()))
              .max(Comparator.comparing(RealisedBenefit::period));
          for (String a : areas) {
            byArea.computeIfAbsent(a, k -> new LinkedHashMap<>()).computeIfAbsent(key(b), k -> new Acc(b))
                .add(b, latest);
          }
          new TreeSet<>(b.sdgTargets().stream().map(TargetCode::goal).toList()).forEach(g ->
              byGoal.computeIfAbsent(g, k -> new LinkedHashMap<>()).computeIfAbsent(key(b), k -> new Acc(b))
                  .add(b, latest));
        }
      }
    }
    ranked.sort(Comparator.comparing((RankedMeasure r) -> r.score().orElseThrow()).reversed()
        .thenComparing(Comparator.comparingInt(RankedMeasure::benefitPoints).reversed())
        .thenComparing((RankedMeasure r) -> r.economicNet().orElse(BigDecimal.valueOf(Long.MIN_VALUE)),
            Comparator.reverseOrder())
        .thenComparing(RankedMeasure::planId).thenComparing(RankedMeasure::elementId));
    List<RankedMeasure> all = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      RankedMeasure r = ranked.get(i);
      all.add(new RankedMeasure(i + 1, r.planId(), r.elementId(), r.title(), r.benefitPoints(), r.effort(), r.cost(),
          r.costPoints(), r.score(), r.economicNet(), r.missing(), r.focusAreas(), r.targets()));
    }
    all.addAll(unranked);
    List<BenefitBalance> areaRows = new ArrayList<>();
    byArea.forEach((a, m) -> m.values().forEach(acc -> areaRows.add(acc.balance(a))));
    List<BenefitBalance> goalRows = new ArrayList<>();
    byGoal.forEach((g, m) -> m.values().forEach(acc -> goalRows.add(acc.balance("SDG " + g))));
    return new BenefitReport(rule(), all, areaRows, goalRows);
  }

  private RankedMeasure score(Plan p, PlanElement e, MeasureDetails m, List<String> areas) {
    List<LocalizedText> missing = new ArrayList<>();
    if (m.expectedBenefits().isEmpty()) {
      missing.add(missing("expected-benefits"));
    }
    int points = 0;
    for (ExpectedBenefit b : m.expectedBenefits()) {
      if (b.scale().isEmpty()) {
        missing.add(missing("scale", b.id()));
      } else {
        points += b.scale().get().points();
      }
    }
    if (m.effort().isEmpty()) {
      missing.add(missing("effort"));
    }
    Optional<BigDecimal> nokCost = m.cost().filter(c -> c.currency().equals("NOK")).map(Cost::amount);
    if (nokCost.isEmpty()) {
      missing.add(missing("cost"));
    }
    int costPoints = nokCost.map(c -> c.compareTo(firstBand) < 0 ? 1 : c.compareTo(secondBand) < 0 ? 2 : 3)
        .orElse(0);
    Optional<BigDecimal> score = Optional.empty();
    if (missing.isEmpty()) {
      score = Optional.of(BigDecimal.valueOf(points)
          .divide(BigDecimal.valueOf(m.effort().orElseThrow().points() + costPoints), 2, RoundingMode.HALF_UP));
    }
    Optional<BigDecimal> economic = m.expectedBenefits().stream()
        .filter(b -> b.kind() == BenefitKind.ECONOMIC && b.amount().isPresent()
            && b.unit().map(u -> u.toUpperCase(java.util.Locale.ROOT).startsWith("NOK")).orElse(false))
        .map(b -> b.amount().orElseThrow()).reduce(BigDecimal::add);
    Optional<BigDecimal> net = economic.flatMap(x -> nokCost.map(x::subtract));
    TreeSet<TargetCode> targets = new TreeSet<>(Comparator.comparing(TargetCode::toString));
    m.expectedBenefits().forEach(b -> targets.addAll(b.sdgTargets()));
    return new RankedMeasure(0, p.id(), e.id(), e.title(), points, m.effort(), nokCost, costPoints, score, net,
        missing, areas, List.copyOf(targets));
  }

  /** What a tiltak lacks for a ranking, in the three languages (key {@code benefits.missing.<what>}). */
  private static LocalizedText missing(String what, Object... args) {
    return MessageFragment.of(PlanErrorCode.GENERAL, "benefits.missing." + what, args).toLocalizedText();
  }

  private static String key(ExpectedBenefit b) {
    return b.kind().name() + "|" + b.unit().orElse("");
  }

  /** Sums for one group, kind and unit. */
  private static final class Acc {
    private final BenefitKind kind;
    private final String unit;
    private int expected;
    private int realised;
    private BigDecimal expectedAmount = BigDecimal.ZERO;
    private BigDecimal realisedAmount = BigDecimal.ZERO;
    private int expectedPoints;
    private int realisedPoints;

    Acc(ExpectedBenefit b) {
      kind = b.kind();
      unit = b.unit().orElse("");
    }

    void add(ExpectedBenefit b, Optional<RealisedBenefit> latest) {
      expected++;
      expectedAmount = expectedAmount.add(b.amount().orElse(BigDecimal.ZERO));
      expectedPoints += b.scale().map(Magnitude::points).orElse(0);
      if (latest.isPresent()) {
        realised++;
        realisedAmount = realisedAmount.add(latest.get().amount().orElse(BigDecimal.ZERO));
        realisedPoints += latest.get().scale().map(Magnitude::points).orElse(0);
      }
    }

    BenefitBalance balance(String group) {
      return new BenefitBalance(Objects.requireNonNull(group), kind, unit, expected, realised, expectedAmount,
          realisedAmount, expectedPoints, realisedPoints);
    }
  }
}
