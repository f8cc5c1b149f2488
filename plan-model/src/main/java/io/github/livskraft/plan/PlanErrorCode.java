package io.github.livskraft.plan;

import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stable, searchable codes for every error and finding of {@code plan-model}, implementing the project's
 * {@link ErrorCode} contract. The texts live in the message bundle
 * {@code /livskraft-messages/plan_en|nb|nn.properties} ({@link java.text.MessageFormat} patterns keyed by code);
 * a code never changes meaning once released, the wording may improve.
 *
 * <p>Families: {@code PLAN-000x} general, {@code PLAN-P…} reading and writing plan files, {@code PLAN-K…}
 * calendars, {@code PLAN-S…} link suggestions, {@code PLAN-V…} validation findings (Bean Validation),
 * {@code PLAN-C…} coherence findings. Validation and coherence codes have named parameters (the names the
 * validators and rules report, e.g. {@code value}, {@code element}); {@link #parameters()} gives their order in the
 * pattern.
 *
 * <p>An argument that is a {@link LocalizedText} or a {@link io.github.livskraft.sdg.MessageFragment} is put in the
 * language of the message, so a message may carry a translated label or a fragment such as
 * {@link #fragment(String, Object...)} of {@code PLAN-V040}. Every
 * argument is written with {@link String#valueOf(Object)}, never with locale number grouping (a year stays 2024).
 */
@ErrorCode.Bundle("plan")
public enum PlanErrorCode implements ErrorCode {
  /** An error without a more precise code. Arguments: detail. */
  GENERAL("PLAN-0000", "detail"),
  /** {@code PlanChain.getPlan} with an id the chain does not have. Arguments: id, the known ids. */
  UNKNOWN_PLAN("PLAN-0001", "value", "expected"),

  /** A plan file with a YAML/JSON syntax error. Arguments: the parser's description. */
  SYNTAX("PLAN-P001", "detail"),
  /** A property the format does not have. Arguments: property, the expected properties. */
  UNKNOWN_PROPERTY("PLAN-P002", "value", "expected"),
  /** A wrong type, unknown enum value or invalid code. Arguments: detail (variants: value, code, empty). */
  INVALID_VALUE("PLAN-P003", "detail"),
  /** An unsupported {@code formatVersion}. Arguments: the version, the version this library writes. */
  FORMAT_VERSION("PLAN-P004", "value", "expected"),
  /** A file that cannot be read. Arguments: the reason (variants: missing, denied). */
  READ_FAILED("PLAN-P005", "detail"),
  /** Input over one of the reader's limits. Arguments: what (a fragment), limit name, limit value. */
  LIMIT("PLAN-P006", "value", "limit", "expected"),
  /** A YAML alias ({@code *name}). Arguments: the alias name. */
  YAML_ALIAS("PLAN-P007", "value"),
  /** A key that occurs twice in one object. Arguments: the key. */
  DUPLICATE_KEY("PLAN-P008", "value"),
  /** A plan document or report that cannot be written. Arguments: format, the reason. */
  WRITE_FAILED("PLAN-P009", "value", "detail"),

  /** A required property that is missing. Arguments: the property. */
  MISSING_PROPERTY("PLAN-A001", "value"),
  /** An SDG link without goal or target (variant {@code target}: a target outside its goal). */
  LINK_CODES("PLAN-A002"),
  /** A reporting period that cannot be read. Arguments: the text (variant {@code tertial}). */
  REPORTING_PERIOD("PLAN-A003", "value"),
  /** A recurrence rule that cannot be read. Arguments: the text, why (a fragment {@code PLAN-A004.…}). */
  RECURRENCE("PLAN-A004", "value", "detail"),
  /** An element reference that cannot be read. Arguments: the text. */
  ELEMENT_REFERENCE("PLAN-A005", "value"),
  /** An option out of range (fragments: cost-bands, rule, positive). Arguments: detail. */
  OPTION("PLAN-A006", "detail"),

  /** A link suggestion accepted into a plan it was not made for. Arguments: plan, element, the other plan. */
  SUGGESTION_MISMATCH("PLAN-S001", "plan", "element", "value"),

  /** A calendar over the size limit. Arguments: source, size, limit (variant events). */
  CALENDAR_TOO_LARGE("PLAN-K001", "source", "value", "expected"),
  /** Not valid iCalendar. Arguments: source (variants: line with the line; read with the reason). */
  CALENDAR_INVALID("PLAN-K002", "source"),
  /** A calendar event without DTSTART. Arguments: source, UID. */
  CALENDAR_NO_START("PLAN-K003", "source", "value"),
  /** A calendar that cannot be written. Arguments: target, the reason. */
  CALENDAR_WRITE("PLAN-K004", "source", "detail"),

  /** The summary line of {@link PlanValidationException}. Arguments: the number of findings. */
  VALIDATION_FAILED("PLAN-V000", "value"),
  /** Blank required text. */
  V001("PLAN-V001", "property"),
  /** Malformed id. */
  V002("PLAN-V002", "value"),
  /** Element id used twice in a plan. */
  V003("PLAN-V003", "value", "plan"),
  /** Plan id used twice. */
  V004("PLAN-V004", "value"),
  /** Unsupported format version. */
  V005("PLAN-V005", "value", "expected"),
  /** Unknown SDG goal or target; {@code kind} is the fragment {@code PLAN-V010.goal} or {@code .target}. */
  V010("PLAN-V010", "value", "kind"),
  /** Confidence outside 0–1. */
  V011("PLAN-V011", "value"),
  /** Rule-made link without rule id. */
  V012("PLAN-V012", "value"),
  /** Suggested link stored in a plan. */
  V013("PLAN-V013", "value"),
  /** Inverted period. */
  V020("PLAN-V020", "value"),
  /** Implausible year. */
  V021("PLAN-V021", "value"),
  /** Measure period outside plan validity. */
  V022("PLAN-V022", "value", "element", "expected"),
  /** Baseline after target. */
  V023("PLAN-V023", "value", "element", "expected"),
  /** Status history out of order. */
  V030("PLAN-V030", "value", "expected"),
  /** Consultation end before start. */
  V031("PLAN-V031", "value", "expected"),
  /** Milestone date problems. */
  V032("PLAN-V032", "value"),
  /** Current status disagrees with history. */
  V033("PLAN-V033", "value", "expected"),
  /** Owner incomplete; {@code expected} is a fragment {@code PLAN-V040.…}. */
  V040("PLAN-V040", "value", "expected"),
  /** Kommunenummer not valid at the time. */
  V041("PLAN-V041", "value", "year", "county", "expected"),
  /** Plan without owner. */
  V042("PLAN-V042", "value"),
  /** Details do not match kind. */
  V050("PLAN-V050", "value", "kind", "expected"),
  /** Target with neither value nor description. */
  V051("PLAN-V051", "value"),
  /** Direction missing. */
  V052("PLAN-V052", "value"),
  /** Negative cost or bad currency. */
  V053("PLAN-V053", "value"),

  /** Focus area without SDG link. */
  C001("PLAN-C001", "element"),
  /** Main goal without SDG link. */
  C002("PLAN-C002", "element"),
  /** Goal without indicator with a target. */
  C003("PLAN-C003", "element"),
  /** Measure that traces to no goal. */
  C004("PLAN-C004", "element"),
  /** Reference that does not resolve. */
  C005("PLAN-C005", "value", "where"),
  /** Cycle of references. */
  C006("PLAN-C006", "value"),
  /** Child link that no parent has. */
  C007("PLAN-C007", "element", "value", "expected"),
  /** Financial plan shorter than four years; {@code kind} is the plan kind's label. */
  C008("PLAN-C008", "kind", "value", "years"),
  /** Handlingsdel not revised every year; {@code expected} is a fragment {@code PLAN-C009.…}. */
  C009("PLAN-C009", "value", "expected"),
  /** Planning strategy adopted late. */
  C010("PLAN-C010", "value", "date", "expected"),
  /** Status and dates disagree; {@code status} is the status label, {@code expected} a fragment. */
  C011("PLAN-C011", "status", "value", "expected"),
  /** Indicator definition not in the library. */
  C012("PLAN-C012", "element", "value"),
  /** Element kinds nest in an unusual order; kinds are labels. */
  C013("PLAN-C013", "kind", "element", "parentKind", "value", "expected"),
  /** Measure without status in the annual report. */
  C014("PLAN-C014", "element", "plan", "year", "value"),
  /** Focus area that never reaches the financial plan. */
  C015("PLAN-C015", "element", "expected"),
  /** Goal followed up without indicator value. */
  C016("PLAN-C016", "element", "value");

  /** By code, the first constant of each code (looked up twice per finding). */
  private static final Map<String, PlanErrorCode> BY_CODE;

  static {
    Map<String, PlanErrorCode> byCode = new java.util.HashMap<>();
    for (PlanErrorCode c : values()) {
      byCode.putIfAbsent(c.code, c);
    }
    BY_CODE = Map.copyOf(byCode);
  }

  private final String code;
  private final List<String> parameters;

  PlanErrorCode(String code, String... parameters) {
    this.code = code;
    this.parameters = List.of(parameters);
  }

  /** The stable code, e.g. {@code PLAN-V020}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The message in a language, starting with the code; every number is written as plain digits (a year stays 2024)
   * and a {@link io.github.livskraft.sdg.MessageFragment} argument is put in the same language.
   *
   * @param language the reader's language
   * @param args the arguments
   * @return the message
   */
  @Override
  public String format(io.github.livskraft.sdg.Language language, Object... args) {
    return code() + ": " + message(args).text(language);
  }

  /**
   * The names of the pattern's arguments in order, e.g. {@code [value, element, expected]} for {@code PLAN-V022}.
   *
   * @return the parameter names
   */
  public List<String> parameters() {
    return parameters;
  }

  /**
   * The message with named arguments, as validators and coherence rules report them.
   *
   * @param named arguments by name; names missing from the map are written as {@code ?}
   * @return the text
   */
  public io.github.livskraft.sdg.MessageFragment text(Map<String, ?> named) {
    Objects.requireNonNull(named, "named");
    List<Object> args = new ArrayList<>(parameters.size());
    for (String p : parameters) {
      Object v = named.get(p);
      args.add(v == null ? "?" : v);
    }
    return message(args.toArray());
  }

  /**
   * The code with this text, e.g. {@code PLAN-V020} → {@link #V020}.
   *
   * @param code the code
   * @return the constant, or empty
   */
  public static Optional<PlanErrorCode> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * A text in the three languages from a function, e.g. a label accessor.
   *
   * @param text the text per language
   * @return the text
   */
  public static LocalizedText localized(java.util.function.Function<Language, String> text) {
    return LocalizedText.of(text, io.github.livskraft.sdg.TextProvenance.COMMUNITY, "livskraft-messages/plan");
  }
}
