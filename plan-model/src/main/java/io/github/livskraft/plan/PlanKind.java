package io.github.livskraft.plan;

import io.github.livskraft.plan.internal.Labels;
import io.github.livskraft.sdg.Language;

/**
 * The kinds of plan and governing document in the Norwegian municipal plan chain (plantype), from the
 * kommunal planstrategi to the årsrapport, plus regional and intermunicipal documents.
 *
 * <p>English names follow the Government's English texts on the planning system where one exists (see
 * {@code docs/plan-model.md}); {@link #label(Language)} gives the Norwegian term used in plans.
 */
public enum PlanKind {
  /** Kommunal planstrategi (pbl § 10-1): not a plan, the council's decision on which plans to make or revise. */
  PLANNING_STRATEGY("pbl § 10-1"),
  /**
   * Planprogram (pbl § 4-1): for plans with significant effects, the programme that sets out the purpose, the
   * planning process, participation and the assessments needed; adopted before the plan itself is drafted.
   */
  PLANNING_PROGRAMME("pbl § 4-1"),
  /** Kommuneplanens samfunnsdel (pbl § 11-2): long-term goals and strategies. */
  SOCIAL_ELEMENT("pbl § 11-2"),
  /** Kommuneplanens handlingsdel (pbl § 11-1): four years or more, revised yearly. */
  IMPLEMENTATION_ELEMENT("pbl §§ 11-1, 11-4"),
  /** Kommuneplanens arealdel (pbl § 11-5). */
  LAND_USE_ELEMENT("pbl § 11-5"),
  /** Kommunedelplan (pbl § 11-1): for an area, topic or sector. */
  MUNICIPAL_SUB_PLAN("pbl § 11-1"),
  /** Tema-/fagplan, e.g. miljøplan or klimaplan; may be a thematic kommunedelplan or a plan outside pbl. */
  THEMATIC_PLAN(""),
  /** Økonomiplan (kl § 14-4): at least the next four budget years. */
  FINANCIAL_PLAN("kl § 14-4"),
  /** Handlingsprogram: handlingsdel and økonomiplan as one yearly rolled four-year document. */
  ACTION_PROGRAMME("pbl § 11-1, kl § 14-4"),
  /** Årsbudsjett (kl § 14-3): binding appropriations for one year. */
  ANNUAL_BUDGET("kl § 14-3"),
  /** Årsplan / virksomhetsplan: a unit's plan for the year. */
  OPERATIONAL_PLAN(""),
  /** Årsberetning (kl § 14-7): the statutory annual report. */
  ANNUAL_REPORT("kl § 14-7"),
  /** Årsrapport / årsmelding: the broader, non-statutory activity report. */
  ACTIVITY_REPORT(""),
  /** Områderegulering (pbl § 12-2). */
  AREA_ZONING_PLAN("pbl § 12-2"),
  /** Detaljregulering (pbl § 12-3). */
  DETAILED_ZONING_PLAN("pbl § 12-3"),
  /** Regional planstrategi (pbl § 7-1). */
  REGIONAL_PLANNING_STRATEGY("pbl § 7-1"),
  /** Regional plan (pbl § 8-1). */
  REGIONAL_PLAN("pbl § 8-1"),
  /** Interkommunal strategi, e.g. a regionråd's strategy (Kongsbergregionen). */
  INTERMUNICIPAL_STRATEGY(""),
  /** Tiltaksplan / handlingsplan. */
  ACTION_PLAN(""),
  /** Årshjul: dated planning, budgeting, reporting and political milestones. */
  ANNUAL_CYCLE(""),
  /** Vedtekter, e.g. of an interkommunalt politisk råd (kl § 18-1). */
  STATUTES(""),
  /** Another governing document (styringsdokument). */
  OTHER_GOVERNING_DOCUMENT("");

  private final String legalBasis;

  PlanKind(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** The legal anchor ({@code "pbl § 10-1"}), or an empty string for documents without one. */
  public String legalBasis() {
    return legalBasis;
  }

  /** Whether the kind must span at least four budget years (økonomiplan, handlingsprogram, handlingsdel). */
  public boolean multiYearFinancial() {
    return this == FINANCIAL_PLAN || this == ACTION_PROGRAMME || this == IMPLEMENTATION_ELEMENT;
  }

  /**
   * The label in a language, from the plan-model message bundle (key {@code PlanKind.<CONSTANT>}).
   *
   * @param language the language
   * @return the label, e.g. for bokmål the Norwegian term used in plans
   */
  public String label(Language language) {
    return Labels.of(this, language);
  }
}
