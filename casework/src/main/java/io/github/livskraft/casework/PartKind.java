package io.github.livskraft.casework;

/**
 * The standard parts of a saksframlegg (deler av et saksframlegg). A hit in the innstilling weighs more than a hit
 * in the vedlegg list: see {@link #weight()}.
 */
public enum PartKind {
  /** Toppfelt: saksbehandler, arkiv, arkivsaksnr, dato, utvalg, møtedato, title. */
  HEADER("hode", "hovud", "header", 1.5),
  /** Innstilling / forslag til vedtak (rådmannens or kommunedirektørens). */
  RECOMMENDATION("innstilling", "innstilling", "recommendation", 2.0),
  /** Sammendrag / samandrag / saken gjelder. */
  SUMMARY("sammendrag", "samandrag", "summary", 1.5),
  /** Saksopplysninger / bakgrunn / saksutredning. */
  BACKGROUND("saksopplysninger", "saksopplysningar", "background", 1.0),
  /** Vurdering (rådmannens or kommunedirektørens). */
  ASSESSMENT("vurdering", "vurdering", "assessment", 1.2),
  /** An existing bærekraftsvurdering or klima/miljø section. */
  SUSTAINABILITY("bærekraftsvurdering", "berekraftsvurdering", "sustainability assessment", 1.5),
  /** Økonomiske (og administrative) konsekvenser. */
  ECONOMY("økonomiske konsekvenser", "økonomiske konsekvensar", "financial implications", 1.0),
  /** Vedlegg / vedleggsliste / andre dokumenter i saken. */
  ATTACHMENTS("vedlegg", "vedlegg", "attachments", 0.3),
  /** Text under a heading we do not recognise, or before the first heading after the header. */
  OTHER("annet", "anna", "other", 1.0);

  private final String labelNb;
  private final String labelNn;
  private final String labelEn;
  private final double weight;

  PartKind(String labelNb, String labelNn, String labelEn, double weight) {
    this.labelNb = labelNb;
    this.labelNn = labelNn;
    this.labelEn = labelEn;
    this.weight = weight;
  }

  /**
   * The label in a language.
   *
   * @param language the language
   * @return e.g. "innstilling"
   */
  public String label(io.github.livskraft.sdg.Language language) {
    return switch (language) {
      case NB -> labelNb;
      case NN -> labelNn;
      case EN -> labelEn;
    };
  }

  /** How much a tagger hit in this part counts (innstilling 2.0 … vedlegg 0.3). */
  public double weight() {
    return weight;
  }
}
