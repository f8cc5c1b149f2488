package io.github.livskraft.plan;

import io.github.livskraft.indicators.LocalizedText;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value of the model that cannot be built as given: a missing required property, a target outside its goal, a
 * reporting period, recurrence rule or element reference that cannot be read, an option out of range
 * ({@code PLAN-A…}). An {@link IllegalArgumentException}, because the caller passed it; when it happens while a
 * plan file is read, {@code PlanReader} reports it as {@code PLAN-P003} with the file, line and JSON path. Carries a
 * stable {@link PlanErrorCode} and its message in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(Language)}).
 */
public class PlanArgumentException extends IllegalArgumentException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final PlanErrorCode errorCode;
  private final transient @Nullable LocalizedText text;
  private final List<String> arguments;

  /**
   * Creates the exception with the code's message.
   *
   * @param errorCode the stable code
   * @param args the message arguments
   */
  public PlanArgumentException(PlanErrorCode errorCode, Object... args) {
    this(errorCode, errorCode.text(args), texts(args));
  }

  private static List<String> texts(Object... args) {
    List<String> out = new ArrayList<>(args.length);
    for (Object a : args) {
      out.add(String.valueOf(a));
    }
    return List.copyOf(out);
  }

  /**
   * Creates the exception with a text from the bundle (a variant such as {@code code.detail("target", …)}).
   *
   * @param errorCode the stable code
   * @param text the message without the code
   */
  public PlanArgumentException(PlanErrorCode errorCode, LocalizedText text) {
    this(errorCode, text, List.of());
  }

  private PlanArgumentException(PlanErrorCode errorCode, LocalizedText text, List<String> arguments) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + text.in(Language.EN));
    this.errorCode = errorCode;
    this.text = text;
    this.arguments = arguments;
  }

  /**
   * The message's arguments as text, e.g. {@code [title]} for {@code PLAN-A001} (a missing property), so that a
   * reader can say more about the problem; empty when the exception was made from a finished text.
   *
   * @return the arguments, in the pattern's order
   */
  public List<String> arguments() {
    return arguments;
  }

  /** The stable error code. */
  public PlanErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The message in a language, starting with the code.
   *
   * @param language the reader's language
   * @return the message
   */
  public String getMessage(Language language) {
    LocalizedText t = text;
    return t == null ? String.valueOf(getMessage()) : errorCode.code() + ": " + t.in(language);
  }
}
