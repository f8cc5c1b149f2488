package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.municipalities.internal.CountyEras;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.validation.constraints.ValidMunicipalityCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * {@link ValidMunicipalityCode} on a {@link Plan}: every kommunenummer of its owners was in use in the plan's
 * first year (validity start, else the first status date), e.g. 0604 Kongsberg until 2019, 3006 in 2020–2023,
 * 3303 from 2024.
 */
public final class PlanMunicipalityValidator implements ConstraintValidator<ValidMunicipalityCode, Plan> {
  @Override
  public boolean isValid(Plan plan, ConstraintValidatorContext ctx) {
    if (plan == null) {
      return true;
    }
    Optional<Integer> year = plan.validity().map(Period::from)
        .or(() -> plan.statusHistory().stream().map(StatusChange::date).min(java.util.Comparator.naturalOrder())
            .map(java.time.LocalDate::getYear));
    if (year.isEmpty() || year.get() < 1900 || year.get() > 2200) {
      return true;
    }
    boolean ok = true;
    for (int i = 0; i < plan.owners().size(); i++) {
      Owner o = plan.owners().get(i);
      if (o.municipality().isPresent()) {
        ok &= check(ctx, o.municipality().get(), year.get(), "owners[" + i + "].municipality");
      }
      for (int j = 0; j < o.members().size(); j++) {
        ok &= check(ctx, o.members().get(j), year.get(), "owners[" + i + "].members[" + j + "]");
      }
    }
    return ok;
  }

  private static boolean check(ConstraintValidatorContext ctx, MunicipalityCode code, int year, String path) {
    String county = code.countyNumber();
    if (CountyEras.validIn(county, year)) {
      return true;
    }
    Report.add(ctx, PlanErrorCode.V041, path, "value", code, "year", year, "county", county,
        "expected", CountyEras.describe(county));
    return false;
  }
}
