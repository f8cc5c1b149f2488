package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.Cost;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.IndicatorTarget;
import io.github.livskraft.plan.LinkProvenance;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.validation.constraints.ConsistentPlanData;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** The validators of {@link ConsistentPlanData}, one per model type. */
public final class DataValidators {
  private DataValidators() {}

  /** Document: supported format version, unique plan ids. */
  public static final class OfDocument implements ConstraintValidator<ConsistentPlanData, PlanDocument> {
    @Override
    public boolean isValid(PlanDocument doc, ConstraintValidatorContext ctx) {
      if (doc == null) {
        return true;
      }
      boolean ok = true;
      if (!doc.formatVersion().equals("1") && !doc.formatVersion().startsWith("1.")) {
        Report.add(ctx, PlanErrorCode.V005, "formatVersion", "value", doc.formatVersion(), "expected",
            PlanDocument.FORMAT_VERSION);
        ok = false;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < doc.plans().size(); i++) {
        String id = doc.plans().get(i).id();
        if (!seen.add(id)) {
          Report.add(ctx, PlanErrorCode.V004, "plans[" + i + "].id", "value", id);
          ok = false;
        }
      }
      return ok;
    }
  }

  /** Plan: an owner; unique element ids. */
  public static final class OfPlan implements ConstraintValidator<ConsistentPlanData, Plan> {
    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext ctx) {
      if (plan == null) {
        return true;
      }
      boolean ok = true;
      if (plan.owners().isEmpty()) {
        Report.add(ctx, PlanErrorCode.V042, "owners", "value", plan.id());
        ok = false;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < plan.elements().size(); i++) {
        String id = plan.elements().get(i).id();
        if (!seen.add(id)) {
          Report.add(ctx, PlanErrorCode.V003, "elements[" + i + "].id", "value", id, "plan", plan.id());
          ok = false;
        }
      }
      return ok;
    }
  }

  /** Element: tiltak details only on a tiltak, indikator details only on an indikator. */
  public static final class OfElement implements ConstraintValidator<ConsistentPlanData, PlanElement> {
    @Override
    public boolean isValid(PlanElement e, ConstraintValidatorContext ctx) {
      if (e == null) {
        return true;
      }
      if (e.measure().isPresent() && e.kind() != ElementKind.MEASURE) {
        Report.add(ctx, PlanErrorCode.V050, "measure", "value", e.id(), "kind", e.kind(), "expected", "measure");
        return false;
      }
      if (e.indicator().isPresent() && e.kind() != ElementKind.INDICATOR) {
        Report.add(ctx, PlanErrorCode.V050, "indicator", "value", e.id(), "kind", e.kind(), "expected", "indicator");
        return false;
      }
      return true;
    }
  }

  /** SDG link: confidence 0–1; rule ids for rule-made links; no unaccepted suggestions. */
  public static final class OfLink implements ConstraintValidator<ConsistentPlanData, SdgLink> {
    @Override
    public boolean isValid(SdgLink link, ConstraintValidatorContext ctx) {
      if (link == null) {
        return true;
      }
      if (link.confidence().isPresent()) {
        double c = link.confidence().get();
        if (!(c >= 0 && c <= 1)) {
          Report.add(ctx, PlanErrorCode.V011, "confidence", "value", c);
          return false;
        }
      }
      if (link.provenance() == LinkProvenance.SUGGESTED) {
        Report.add(ctx, PlanErrorCode.V013, "provenance", "value", link.code());
        return false;
      }
      if (link.provenance() == LinkProvenance.RULE && link.ruleIds().isEmpty()) {
        Report.add(ctx, PlanErrorCode.V012, "ruleIds", "value", link.provenance());
        return false;
      }
      return true;
    }
  }

  /** Indicator: target has a value or description; direction with a value; baseline before target. */
  public static final class OfIndicator implements ConstraintValidator<ConsistentPlanData, IndicatorDetails> {
    @Override
    public boolean isValid(IndicatorDetails d, ConstraintValidatorContext ctx) {
      if (d == null || d.target().isEmpty()) {
        return true;
      }
      IndicatorTarget t = d.target().get();
      String name = d.definition().orElse("?");
      if (t.value().isEmpty() && t.description().map(String::isBlank).orElse(true)) {
        Report.add(ctx, PlanErrorCode.V051, "target", "value", name);
        return false;
      }
      if (t.value().isPresent() && d.direction().isEmpty()) {
        Report.add(ctx, PlanErrorCode.V052, "direction", "value", name);
        return false;
      }
      if (d.baseline().isPresent() && d.baseline().get().year() > t.year()) {
        Report.add(ctx, PlanErrorCode.V023, "baseline.year", "value", d.baseline().get().year(), "element", name,
            "expected", t.year());
        return false;
      }
      return true;
    }
  }

  /** Cost: amount ≥ 0, three-letter currency. */
  public static final class OfCost implements ConstraintValidator<ConsistentPlanData, Cost> {
    @Override
    public boolean isValid(Cost c, ConstraintValidatorContext ctx) {
      if (c == null) {
        return true;
      }
      if (c.amount().compareTo(BigDecimal.ZERO) < 0 || !c.currency().matches("[A-Z]{3}")) {
        Report.add(ctx, PlanErrorCode.V053, "", "value", c.amount() + " " + c.currency());
        return false;
      }
      return true;
    }
  }
}
