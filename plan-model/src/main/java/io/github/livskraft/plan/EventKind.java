package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/** What kind of årshjul event a {@link RecurringEvent} is; decides its colour in the årshjul picture. */
public enum EventKind {
  /** Møte i et politisk eller administrativt organ. */
  MEETING,
  /** Frist, e.g. årsberetning by 31 March. */
  DEADLINE,
  /** Rapportering, e.g. tertialrapport or årsrapport. */
  REPORTING,
  /** A planning or budget process step (budsjett- og økonomiplanprosess, planstrategi). */
  PROCESS;

  /**
   * The label in a language, from the plan-model message bundle (key {@code EventKind.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
