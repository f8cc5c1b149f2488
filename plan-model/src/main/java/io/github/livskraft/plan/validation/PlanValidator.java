package io.github.livskraft.plan.validation;

import io.github.livskraft.plan.Cost;
import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.PlanValidationException;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.SourceLocation;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.validation.constraints.ConsistentPeriod;
import io.github.livskraft.plan.validation.constraints.ConsistentPlanData;
import io.github.livskraft.plan.validation.constraints.DatesInOrder;
import io.github.livskraft.plan.validation.constraints.ValidId;
import io.github.livskraft.plan.validation.constraints.ValidMunicipalityCode;
import io.github.livskraft.plan.validation.constraints.ValidSdgCode;
import io.github.livskraft.plan.validation.internal.DataValidators;
import io.github.livskraft.plan.validation.internal.IdValidator;
import io.github.livskraft.plan.validation.internal.MilestoneDatesValidator;
import io.github.livskraft.plan.validation.internal.OwnerValidator;
import io.github.livskraft.plan.validation.internal.PeriodValidator;
import io.github.livskraft.plan.validation.internal.PlanDatesValidator;
import io.github.livskraft.plan.validation.internal.PlanMessageInterpolator;
import io.github.livskraft.plan.validation.internal.PlanMunicipalityValidator;
import io.github.livskraft.plan.validation.internal.PlanPeriodValidator;
import io.github.livskraft.plan.validation.internal.Report;
import io.github.livskraft.plan.validation.internal.SdgCodeValidator;
import io.github.livskraft.plan.validation.internal.StatusChangeDatesValidator;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.SdgCatalogue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Validates plan data with Hibernate Validator in plain Java SE (no container, no Expression Language) and
 * returns {@link Finding}s with stable codes ({@code PLAN-V…}), JSON paths, file locations (for documents read
 * by {@link io.github.livskraft.plan.io.PlanReader}) and messages in bokmål, English and nynorsk.
 *
 * <p>Constraints: required text ({@code @NotBlank}), {@link ValidId}, {@link ValidSdgCode} (the goal or target
 * exists in the {@link SdgCatalogue}), {@link ValidMunicipalityCode} (owners complete; kommunenummer valid in the
 * plan's first year), {@link ConsistentPeriod}, {@link DatesInOrder} and {@link ConsistentPlanData}. The model
 * types carry no annotations: the constraints are applied with Hibernate Validator's programmatic
 * {@code ConstraintMapping}. Messages are interpolated with parameters only (see {@code docs/plan-model.md},
 * "Why no Expression Language").
 *
 * <p>Thread-safe; create once and reuse.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.create();
 * List<Finding> findings = validator.validate(PlanReader.create().read(path));
 * findings.forEach(f -> log(f.format(Language.NB)));
 * }</pre>
 */
public final class PlanValidator {
  private static final java.util.regex.Pattern PLAN_ELEMENT =
      java.util.regex.Pattern.compile("^\\$\\.plans\\[(\\d+)](?:\\.elements\\[(\\d+)])?");

  private final ValidatorFactory factory;
  private final Validator validator;

  private PlanValidator(SdgCatalogue catalogue, Locale locale) {
    HibernateValidatorConfiguration cfg = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new PlanMessageInterpolator(locale))
        .constraintValidatorPayload(catalogue);
    ConstraintMapping m = cfg.createConstraintMapping();
    define(m, ValidSdgCode.class, SdgCodeValidator.class);
    define(m, ValidMunicipalityCode.class, OwnerValidator.class, PlanMunicipalityValidator.class);
    define(m, ConsistentPeriod.class, PeriodValidator.class, PlanPeriodValidator.class);
    define(m, DatesInOrder.class, StatusChangeDatesValidator.class, MilestoneDatesValidator.class,
        PlanDatesValidator.class);
    define(m, ValidId.class, IdValidator.class);
    define(m, ConsistentPlanData.class, DataValidators.OfDocument.class, DataValidators.OfPlan.class,
        DataValidators.OfElement.class, DataValidators.OfLink.class, DataValidators.OfIndicator.class,
        DataValidators.OfCost.class);

    m.type(PlanDocument.class).constraint(def(ConsistentPlanData.class))
        .field("plans").containerElementType().valid();
    m.type(Plan.class)
        .constraint(def(ConsistentPlanData.class)).constraint(def(DatesInOrder.class))
        .constraint(def(ValidMunicipalityCode.class)).constraint(def(ConsistentPeriod.class))
        .field("id").constraint(notBlank()).constraint(def(ValidId.class))
        .field("title").constraint(notBlank())
        .field("owners").containerElementType().valid()
        .field("statusHistory").containerElementType().valid()
        .field("validity").containerElementType().valid()
        .field("sdgLinks").containerElementType().valid()
        .field("elements").containerElementType().valid()
        .field("milestones").containerElementType().valid();
    m.type(PlanElement.class).constraint(def(ConsistentPlanData.class))
        .field("id").constraint(notBlank()).constraint(def(ValidId.class))
        .field("title").constraint(notBlank())
        .field("sdgLinks").containerElementType().valid()
        .field("measure").containerElementType().valid()
        .field("indicator").containerElementType().valid();
    m.type(SdgLink.class).constraint(def(ValidSdgCode.class)).constraint(def(ConsistentPlanData.class));
    m.type(Owner.class).constraint(def(ValidMunicipalityCode.class)).field("name").constraint(notBlank());
    m.type(Period.class).constraint(def(ConsistentPeriod.class));
    m.type(StatusChange.class).constraint(def(DatesInOrder.class));
    m.type(Milestone.class).constraint(def(DatesInOrder.class))
        .field("id").constraint(notBlank()).constraint(def(ValidId.class))
        .field("title").constraint(notBlank());
    m.type(MeasureDetails.class)
        .field("period").containerElementType().valid()
        .field("cost").containerElementType().valid();
    m.type(IndicatorDetails.class).constraint(def(ConsistentPlanData.class));
    m.type(Cost.class).constraint(def(ConsistentPlanData.class));
    cfg.addMapping(m);
    this.factory = cfg.buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  @SafeVarargs
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <A extends Annotation> void define(ConstraintMapping m, Class<A> annotation,
      Class<? extends jakarta.validation.ConstraintValidator<A, ?>>... validators) {
    var ctx = m.constraintDefinition(annotation).includeExistingValidators(false);
    for (Class v : validators) {
      ctx = ctx.validatedBy(v);
    }
  }

  private static <A extends Annotation> GenericConstraintDef<A> def(Class<A> annotation) {
    return new GenericConstraintDef<>(annotation).message("{PLAN-V000}");
  }

  private static NotBlankDef notBlank() {
    return new NotBlankDef().message("{PLAN-V001}");
  }

  /** A validator that checks SDG codes against {@link SdgCatalogue#bundled()}. */
  public static PlanValidator create() {
    return new PlanValidator(SdgCatalogue.bundled(), Locale.ROOT);
  }

  /**
   * A validator that checks SDG codes against the given catalogue edition.
   *
   * @param catalogue the catalogue
   * @return the validator
   */
  public static PlanValidator create(SdgCatalogue catalogue) {
    return new PlanValidator(Objects.requireNonNull(catalogue, "catalogue"), Locale.ROOT);
  }

  /**
   * The underlying Jakarta {@link Validator} with all plan constraints, for callers who want raw
   * {@link ConstraintViolation}s (their {@code getMessage()} is in English: {@code "PLAN-V020: …"}).
   */
  public Validator beanValidator() {
    return validator;
  }

  /**
   * Validates a document read from a file; findings carry file, line and column.
   *
   * @param loaded the loaded document
   * @return the findings (empty if valid), in document order
   */
  public List<Finding> validate(LoadedPlanDocument loaded) {
    return convert(validator.validate(loaded.document()), loaded.document(), loaded);
  }

  /**
   * Validates a document.
   *
   * @param document the document
   * @return the findings (empty if valid)
   */
  public List<Finding> validate(PlanDocument document) {
    return convert(validator.validate(document), document, null);
  }

  /**
   * Validates one plan (paths are relative to {@code $.plans[0]}).
   *
   * @param plan the plan
   * @return the findings (empty if valid)
   */
  public List<Finding> validate(Plan plan) {
    return validate(PlanDocument.of(List.of(plan)));
  }

  /**
   * Validates and throws if anything is wrong.
   *
   * @param document the document
   * @return the document
   * @throws PlanValidationException with all findings
   */
  public PlanDocument requireValid(PlanDocument document) {
    List<Finding> findings = validate(document);
    if (!findings.isEmpty()) {
      throw new PlanValidationException(findings);
    }
    return document;
  }

  private static List<Finding> convert(Set<ConstraintViolation<PlanDocument>> violations, PlanDocument doc,
      LoadedPlanDocument loaded) {
    List<Finding> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<PlanDocument> v : violations) {
      out.add(toFinding(v, doc, loaded));
    }
    out.sort(Comparator.comparing((Finding f) -> f.location().map(SourceLocation::line).orElse(0))
        .thenComparing(Finding::path).thenComparing(Finding::code));
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static Finding toFinding(ConstraintViolation<PlanDocument> v, PlanDocument doc,
      LoadedPlanDocument loaded) {
    String template = v.getMessageTemplate();
    String code = template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1) : template;
    Map<String, Object> params = new HashMap<>();
    HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
    Map<String, Object> payload = hv.getDynamicPayload(Map.class);
    if (payload != null) {
      params.putAll(payload);
    }
    StringBuilder path = new StringBuilder("$");
    String last = "value";
    for (Path.Node n : v.getPropertyPath()) {
      if (n.isInIterable()) {
        path.append('[').append(n.getIndex() == null ? "" : n.getIndex()).append(']');
      }
      String name = n.getName();
      if (name != null && !name.startsWith("<")) {
        path.append('.').append(name);
        last = name;
      }
    }
    String sub = String.valueOf(params.getOrDefault(Report.PATH, ""));
    if (!sub.isEmpty()) {
      path.append('.').append(sub);
    }
    params.remove(Report.PATH);
    params.putIfAbsent("property", last);
    params.putIfAbsent("value", v.getInvalidValue());
    Optional<String> planId = Optional.empty();
    Optional<String> elementId = Optional.empty();
    java.util.regex.Matcher mm = PLAN_ELEMENT.matcher(path);
    if (mm.find()) {
      int planIndex = Integer.parseInt(mm.group(1));
      if (planIndex < doc.plans().size()) {
        Plan p = doc.plans().get(planIndex);
        planId = Optional.of(p.id());
        if (mm.group(2) != null && Integer.parseInt(mm.group(2)) < p.elements().size()) {
          elementId = Optional.of(p.elements().get(Integer.parseInt(mm.group(2))).id());
        }
      }
    }
    LocalizedText text = PlanErrorCode.find(code).map(m -> m.text(params).toLocalizedText())
        // every constraint of the plan model has a PLAN-V template; a foreign one (none today) is named by its
        // value in our words, never by Hibernate Validator's interpolated English
        .orElseGet(() -> PlanErrorCode.INVALID_VALUE.fragment("value", String.valueOf(v.getInvalidValue()),
            PlanErrorCode.INVALID_VALUE.fragment("expect.other")).toLocalizedText());
    String p = path.toString();
    Optional<SourceLocation> location = loaded == null ? Optional.empty()
        : loaded.locate(LoadedPlanDocument.pointerOf(p));
    return new Finding(code, Severity.ERROR, planId, elementId, p, location, text);
  }
}
