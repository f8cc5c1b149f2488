package io.github.livskraft.plan;

import io.github.livskraft.sdg.CodedArgumentException;
import io.github.livskraft.sdg.MessageFragment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value of the model that cannot be built as given: a missing required property, a target outside its goal, a
 * reporting period, recurrence rule or element reference that cannot be read, an option out of range
 * ({@code PLAN-A…}). A {@link CodedArgumentException} (so an {@link IllegalArgumentException}, because the caller
 * passed it); when it happens while a plan file is read, {@code PlanReader} reports it as {@code PLAN-P003} with the
 * file, line and JSON path. Carries a stable {@link PlanErrorCode} and its message in English ({@link #getMessage()}),
 * bokmål or nynorsk ({@link #getMessage(io.github.livskraft.sdg.Language)}).
 */
public class PlanArgumentException extends CodedArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> arguments;

  /**
   * Creates the exception with the code's message.
   *
   * @param errorCode the stable code
   * @param args the message arguments, in the order of {@link PlanErrorCode#parameters()}
   */
  public PlanArgumentException(PlanErrorCode errorCode, Object... args) {
    super(errorCode, args);
    this.arguments = texts(args);
  }

  /**
   * Creates the exception with a text from the bundle (a variant such as {@code code.fragment("target", …)}).
   *
   * @param errorCode the stable code
   * @param text the message without the code
   */
  public PlanArgumentException(PlanErrorCode errorCode, MessageFragment text) {
    super(Objects.requireNonNull(text, "text"), errorCode);
    this.arguments = List.of();
  }

  private static List<String> texts(Object... args) {
    List<String> out = new ArrayList<>(args.length);
    for (Object a : args) {
      out.add(String.valueOf(a));
    }
    return List.copyOf(out);
  }

  /**
   * The message's arguments as text, e.g. {@code [title]} for {@code PLAN-A001} (a missing property), so that a
   * reader can say more about the problem; empty when the exception was made from a fragment.
   *
   * @return the arguments, in the pattern's order
   */
  public List<String> arguments() {
    return arguments;
  }

  /** The stable error code. */
  @Override
  public PlanErrorCode errorCode() {
    return (PlanErrorCode) super.errorCode();
  }
}
