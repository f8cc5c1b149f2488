package io.github.livskraft.plan.validation.internal;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.sdg.Language;
import jakarta.validation.MessageInterpolator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Parameter-only message interpolation (no Expression Language): templates {@code {PLAN-Vnnn}} are looked up in
 * {@link PlanErrorCode} (the plan-model message bundle, in the locale's language), their named parameters filled from the
 * constraint attributes and the validator's message parameters; any other template goes to Hibernate
 * Validator's {@link ParameterMessageInterpolator}.
 */
public final class PlanMessageInterpolator implements MessageInterpolator {
  private final ParameterMessageInterpolator delegate = new ParameterMessageInterpolator();
  private final Locale defaultLocale;

  /**
   * Creates the interpolator.
   *
   * @param defaultLocale the locale of {@link #interpolate(String, Context)}
   */
  public PlanMessageInterpolator(Locale defaultLocale) {
    this.defaultLocale = defaultLocale;
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, defaultLocale);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    Optional<PlanErrorCode> message = template.length() > 2 && template.startsWith("{") && template.endsWith("}")
        ? PlanErrorCode.find(template.substring(1, template.length() - 1)) : Optional.empty();
    if (message.isEmpty()) {
      return delegate.interpolate(template, context, locale);
    }
    Map<String, Object> params = new HashMap<>(context.getConstraintDescriptor().getAttributes());
    params.putIfAbsent("value", context.getValidatedValue());
    params.putIfAbsent("property", "value");
    if (context instanceof HibernateMessageInterpolatorContext h) {
      params.putAll(h.getMessageParameters());
    }
    return message.get().code() + ": " + message.get().text(params).text(Language.of(locale));
  }
}
