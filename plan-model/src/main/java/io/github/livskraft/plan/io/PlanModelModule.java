package io.github.livskraft.plan.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.Cost;
import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.plan.ExpectedBenefit;
import io.github.livskraft.plan.FollowUpEntry;
import io.github.livskraft.plan.IndicatorDetails;
import io.github.livskraft.plan.IndicatorTarget;
import io.github.livskraft.plan.IndicatorValue;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Period;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanArgumentException;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.plan.RealisedBenefit;
import io.github.livskraft.plan.Recurrence;
import io.github.livskraft.plan.RecurringEvent;
import io.github.livskraft.plan.ReferenceMunicipality;
import io.github.livskraft.plan.ReportedValue;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.plan.StatusChange;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.TargetCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The Jackson module for the plan model: register it once and every plan type reads and writes as JSON or YAML.
 * Goal codes are written as numbers ({@code 11}), target codes, kommunenummer and references as strings
 * ({@code "11.6"}, {@code "0604"}, {@code "plan#element"}), dates as ISO strings; absent optional parts and
 * empty lists are left out. Reading accepts unquoted targets and kommunenummer in YAML ({@code 11.10},
 * {@code 0604}) by using the scalar's source text, so {@code 11.10} is never misread as 11.1.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).registerModule(new PlanModelModule());
 * PlanDocument doc = mapper.readValue(yamlText, PlanDocument.class);
 * }</pre>
 *
 * <p>The module depends on (and so registers) Jackson's {@code Jdk8Module} and {@code JavaTimeModule}.
 * {@link PlanReader} and {@link PlanWriter} use it with the right settings and better error messages.
 */
public final class PlanModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final List<Class<?>> MODEL_TYPES = List.of(PlanDocument.class, Plan.class, PlanElement.class,
      SdgLink.class, Owner.class, Period.class, StatusChange.class, Milestone.class, IndicatorDetails.class,
      IndicatorTarget.class, IndicatorValue.class, MeasureDetails.class, Cost.class, RecurringEvent.class,
      ReferenceMunicipality.class, FollowUpEntry.class, ReportedValue.class, ExpectedBenefit.class,
      RealisedBenefit.class);

  /** Creates the module. */
  public PlanModelModule() {
    super("livskraft-plan-model");
    addSerializer(GoalCode.class, new ToNumber<>());
    addDeserializer(GoalCode.class, new FromText<>(GoalCode.class, GoalCode::parse, "goal"));
    addSerializer(TargetCode.class, new ToText<>());
    addDeserializer(TargetCode.class, new FromText<>(TargetCode.class, TargetCode::parse, "target"));
    addSerializer(MunicipalityCode.class, new ToText<>());
    addDeserializer(MunicipalityCode.class,
        new FromText<>(MunicipalityCode.class, MunicipalityCode::parse, "municipality"));
    addSerializer(ElementRef.class, new ToText<>());
    addDeserializer(ElementRef.class, new FromText<>(ElementRef.class, ElementRef::parse, "reference"));
    addSerializer(Recurrence.class, new ToText<>());
    addDeserializer(Recurrence.class, new FromText<>(Recurrence.class, Recurrence::parse, "recurrence"));
    addSerializer(ReportingPeriod.class, new PeriodToYearOrText());
    addDeserializer(ReportingPeriod.class, new FromText<>(ReportingPeriod.class, ReportingPeriod::parse, "reporting-period"));
    addSerializer(io.github.livskraft.sdg.LocalizedText.class, new TextInLanguages());
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonInclude.Value include = JsonInclude.Value.construct(JsonInclude.Include.CUSTOM,
        JsonInclude.Include.ALWAYS, EmptyFilter.class, null);
    for (Class<?> type : MODEL_TYPES) {
      context.configOverride(type).setInclude(include);
    }
    // dates only from date syntax: never an integer read as days since 1970 (issue 17)
    JsonFormat.Value asString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING).withLenient(Boolean.FALSE);
    context.configOverride(LocalDate.class).setFormat(asString);
    context.configOverride(YearMonth.class).setFormat(asString);
    context.configOverride(java.time.LocalTime.class).setFormat(
        JsonFormat.Value.forShape(JsonFormat.Shape.STRING).withPattern("HH:mm"));
  }

  /** Leaves out null, empty {@code Optional} and empty collections. Public for Jackson; not API. */
  public static final class EmptyFilter {
    /** Creates the filter (Jackson instantiates it). */
    public EmptyFilter() {}

    @Override
    public boolean equals(Object value) {
      return value == null || value instanceof java.util.Optional<?> o && o.isEmpty()
          || value instanceof java.util.Collection<?> c && c.isEmpty();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** Parses text into a value; the function throws on bad input. */
  @FunctionalInterface
  private interface Parser<T> {
    T parse(String text);
  }

  /**
   * A text of a report or finding ({@code CoverageReport}'s explanations, a finding's message, the benefit rule) as
   * {@code {"nb": …, "en": …, "nn": …}}, {@code nn} {@code null} when the text has no nynorsk of its own.
   */
  private static final class TextInLanguages extends JsonSerializer<io.github.livskraft.sdg.LocalizedText> {
    @Override
    public void serialize(io.github.livskraft.sdg.LocalizedText value, JsonGenerator gen,
        SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("nb", value.text(io.github.livskraft.sdg.Language.NB));
      gen.writeStringField("en", value.text(io.github.livskraft.sdg.Language.EN));
      gen.writeStringField("nn", value.find(io.github.livskraft.sdg.Language.NN).map(v -> v.text()).orElse(null));
      gen.writeEndObject();
    }
  }

  private static final class ToText<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** A whole-year period as a number ({@code 2025}), a tertial as text ({@code "2025-T2"}). */
  private static final class PeriodToYearOrText extends JsonSerializer<ReportingPeriod> {
    @Override
    public void serialize(ReportingPeriod value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      if (value.wholeYear()) {
        gen.writeNumber(value.year());
      } else {
        gen.writeString(value.toString());
      }
    }
  }

  private static final class ToNumber<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeNumber(Integer.parseInt(value.toString()));
    }
  }

  private static final class FromText<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Parser<T> parser;
    private final String expected;

    FromText(Class<T> type, Parser<T> parser, String expected) {
      this.type = type;
      this.parser = parser;
      this.expected = expected;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getText();
      try {
        return parser.parse(text);
      } catch (RuntimeException e) {
        MessageFragment what = PlanErrorCode.INVALID_VALUE.fragment("expect." + expected);
        MessageFragment detail = e instanceof io.github.livskraft.sdg.SdgException || e instanceof PlanArgumentException
            ? PlanErrorCode.INVALID_VALUE.fragment("because", text, e, what)
            : PlanErrorCode.INVALID_VALUE.fragment("value", text, what);
        PlanModelException carrier = new PlanModelException(PlanErrorCode.INVALID_VALUE, detail, e);
        var failure = com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, carrier.getMessage(), text,
            handledType());
        failure.initCause(carrier);
        throw failure;
      }
    }
  }
}
