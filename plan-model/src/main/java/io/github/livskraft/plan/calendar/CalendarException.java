package io.github.livskraft.plan.calendar;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.sdg.MessageFragment;

/**
 * A calendar could not be read or written. Codes: {@code PLAN-K001} too large, {@code PLAN-K002} not valid
 * iCalendar, {@code PLAN-K003} an event without a usable start, {@code PLAN-K004} the output could not be written.
 * The message is in English, bokmål and nynorsk and names the file and the value.
 */
public final class CalendarException extends PlanModelException {
  private static final long serialVersionUID = 1L;

  CalendarException(PlanErrorCode code, MessageFragment text, Throwable cause) {
    super(code, text, cause);
  }
}
