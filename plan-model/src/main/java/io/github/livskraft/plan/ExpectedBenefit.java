package io.github.livskraft.plan;

import io.github.livskraft.sdg.TargetCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A benefit a tiltak is expected to give (forventet gevinst), from a gevinstvurdering: kind, how it is measured,
 * an amount in a unit or a scale, when it is realised, who owns the realisation (gevinsteier) and which SDG
 * targets it serves. Immutable.
 *
 * @param id a stable id, unique in the tiltak; {@link RealisedBenefit}s refer to it
 * @param kind economic, quality, environmental/climate or social
 * @param description what the benefit is
 * @param measure how it is measured (måleindikator), e.g. "timer spart per år"
 * @param amount the expected amount in {@code unit}, when estimated
 * @param unit the unit of {@code amount}, e.g. "NOK per år", "tonn CO2-ekv. per år"
 * @param scale the expected size on a three-step scale, when there is no amount (or in addition to it)
 * @param realisedBy the year by which the benefit should be realised
 * @param owner who is responsible for realising it (gevinsteier)
 * @param sdgTargets the SDG targets the benefit serves
 */
public record ExpectedBenefit(String id, BenefitKind kind, String description, Optional<String> measure,
    Optional<BigDecimal> amount, Optional<String> unit, Optional<Magnitude> scale, Optional<Integer> realisedBy,
    Optional<String> owner, List<TargetCode> sdgTargets) {

  /** Checks for missing properties. */
  public ExpectedBenefit {
    Checks.required(id, "id");
    Checks.required(kind, "kind");
    Checks.required(description, "description");
    measure = Checks.opt(measure);
    amount = Checks.opt(amount);
    unit = Checks.opt(unit);
    scale = Checks.opt(scale);
    realisedBy = Checks.opt(realisedBy);
    owner = Checks.opt(owner);
    sdgTargets = Checks.list(sdgTargets);
  }
}
