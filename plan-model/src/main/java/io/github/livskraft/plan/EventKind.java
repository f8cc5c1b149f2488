package io.github.livskraft.plan;

/** What kind of årshjul event a {@link RecurringEvent} is; decides its colour in the årshjul picture. */
public enum EventKind {
  /** Møte i et politisk eller administrativt organ. */
  MEETING("møte", "meeting"),
  /** Frist, e.g. årsberetning by 31 March. */
  DEADLINE("frist", "deadline"),
  /** Rapportering, e.g. tertialrapport or årsrapport. */
  REPORTING("rapportering", "reporting"),
  /** A planning or budget process step (budsjett- og økonomiplanprosess, planstrategi). */
  PROCESS("prosess", "process");

  private final String labelNb;
  private final String labelEn;

  EventKind(String labelNb, String labelEn) {
    this.labelNb = labelNb;
    this.labelEn = labelEn;
  }

  /** The bokmål label. */
  public String labelNb() {
    return labelNb;
  }

  /** The English label. */
  public String labelEn() {
    return labelEn;
  }
}
