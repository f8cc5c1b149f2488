package io.github.livskraft.plan;

import io.github.livskraft.indicators.LocalizedText;
import java.util.Map;
import java.util.Optional;

/**
 * Every validation and coherence message with its stable code and its text in English, bokmål and (where it
 * differs) nynorsk. Templates use named parameters in braces, e.g. {@code {value}}; see {@link #format(Map)}.
 *
 * <p>Codes never change meaning once released: {@code PLAN-V…} are Bean Validation constraints,
 * {@code PLAN-C…} coherence rules.
 */
public enum PlanMessage {
  /** Blank required text. */
  V001("PLAN-V001", "{property} must not be blank", "{property} kan ikke være tom", null),
  /** Malformed id. */
  V002("PLAN-V002", "Invalid id ''{value}'': expected letters a–z or A–Z, digits, '-', '_' or '.', starting with a letter or digit",
      "Ugyldig id ''{value}'': forventet bokstaver a–z eller A–Z, sifre, '-', '_' eller '.', som begynner med bokstav eller siffer",
      "Ugyldig id ''{value}'': venta bokstavar a–z eller A–Z, siffer, '-', '_' eller '.', som byrjar med bokstav eller siffer"),
  /** Element id used twice in a plan. */
  V003("PLAN-V003", "Element id ''{value}'' is used more than once in plan ''{plan}''",
      "Element-id ''{value}'' er brukt mer enn én gang i planen ''{plan}''",
      "Element-id ''{value}'' er brukt meir enn éin gong i planen ''{plan}''"),
  /** Plan id used twice. */
  V004("PLAN-V004", "Plan id ''{value}'' is used more than once", "Plan-id ''{value}'' er brukt mer enn én gang",
      "Plan-id ''{value}'' er brukt meir enn éin gong"),
  /** Unsupported format version. */
  V005("PLAN-V005", "Unsupported format version ''{value}'': expected {expected}",
      "Formatversjon ''{value}'' støttes ikke: forventet {expected}", "Formatversjon ''{value}'' er ikkje støtta: venta {expected}"),
  /** Unknown SDG goal or target. */
  V010("PLAN-V010", "SDG {kind} ''{value}'' does not exist in the SDG catalogue",
      "Bærekrafts{kindNb} ''{value}'' finnes ikke i katalogen over bærekraftsmål",
      "Berekrafts{kindNb} ''{value}'' finst ikkje i katalogen over berekraftsmål"),
  /** Confidence outside 0–1. */
  V011("PLAN-V011", "Confidence {value} is outside 0–1", "Sikkerhet {value} er utenfor 0–1", "Tryggleik {value} er utanfor 0–1"),
  /** Rule-made link without rule id. */
  V012("PLAN-V012", "An SDG link with provenance {value} must name its rule id(s) in 'ruleIds'",
      "En SDG-kobling med opphav {value} må oppgi regel-id(er) i 'ruleIds'",
      "Ei SDG-kopling med opphav {value} må oppgje regel-id(ar) i 'ruleIds'"),
  /** Suggested link stored in a plan. */
  V013("PLAN-V013", "SDG link {value} is only SUGGESTED: accept it (ACCEPTED_SUGGESTION) or remove it; suggestions are never part of a plan",
      "SDG-koblingen {value} er bare FORESLÅTT (SUGGESTED): godta den (ACCEPTED_SUGGESTION) eller fjern den; forslag er aldri del av en plan",
      "SDG-koplinga {value} er berre FORESLÅTT (SUGGESTED): godta ho (ACCEPTED_SUGGESTION) eller fjern ho; forslag er aldri del av ein plan"),
  /** Inverted period. */
  V020("PLAN-V020", "Period {value} ends before it starts", "Perioden {value} slutter før den begynner",
      "Perioden {value} sluttar før han byrjar"),
  /** Implausible year. */
  V021("PLAN-V021", "Year {value} is outside 1900–2200", "Året {value} er utenfor 1900–2200", "Året {value} er utanfor 1900–2200"),
  /** Measure period outside plan validity. */
  V022("PLAN-V022", "The period {value} of tiltak ''{element}'' lies outside the plan period {expected}",
      "Perioden {value} for tiltaket ''{element}'' ligger utenfor planperioden {expected}",
      "Perioden {value} for tiltaket ''{element}'' ligg utanfor planperioden {expected}"),
  /** Baseline after target. */
  V023("PLAN-V023", "Baseline year {value} of indicator ''{element}'' is after its target year {expected}",
      "Utgangsåret {value} for indikatoren ''{element}'' er etter målåret {expected}",
      "Utgangsåret {value} for indikatoren ''{element}'' er etter målåret {expected}"),
  /** Status history out of order. */
  V030("PLAN-V030", "Status history is not in date order: {value} comes after {expected}",
      "Statushistorikken er ikke i datorekkefølge: {value} kommer etter {expected}",
      "Statushistorikken er ikkje i datorekkjefølgje: {value} kjem etter {expected}"),
  /** Consultation end before start. */
  V031("PLAN-V031", "The period ending {value} ends before it starts on {expected}",
      "Perioden som slutter {value} slutter før den begynner {expected}",
      "Perioden som sluttar {value} sluttar før han byrjar {expected}"),
  /** Milestone date problems. */
  V032("PLAN-V032", "Milestone ''{value}'' needs exactly one of 'date' or 'month', and an end on or after its start",
      "Milepælen ''{value}'' trenger nøyaktig én av 'date' og 'month', og en slutt som ikke er før starten",
      "Milepælen ''{value}'' treng nøyaktig éin av 'date' og 'month', og ein slutt som ikkje er før starten"),
  /** Current status disagrees with history. */
  V033("PLAN-V033", "Status {value} disagrees with the latest status change ({expected})",
      "Status {value} stemmer ikke med siste statusendring ({expected})",
      "Status {value} stemmer ikkje med siste statusendring ({expected})"),
  /** Owner incomplete. */
  V040("PLAN-V040", "Owner ''{value}'': {expected}", "Eier ''{value}'': {expectedNb}", null),
  /** Kommunenummer not valid at the time. */
  V041("PLAN-V041", "Municipality number {value} was not valid in {year}: county {county} existed {expected}",
      "Kommunenummer {value} var ikke gyldig i {year}: fylke {county} fantes {expected}",
      "Kommunenummer {value} var ikkje gyldig i {year}: fylke {county} fanst {expected}"),
  /** Plan without owner. */
  V042("PLAN-V042", "Plan ''{value}'' has no owner", "Planen ''{value}'' har ingen eier", "Planen ''{value}'' har ingen eigar"),
  /** Details do not match kind. */
  V050("PLAN-V050", "Element ''{value}'' of kind {kind} cannot have ''{expected}'' details",
      "Elementet ''{value}'' av typen {kind} kan ikke ha ''{expected}''-opplysninger",
      "Elementet ''{value}'' av typen {kind} kan ikkje ha ''{expected}''-opplysningar"),
  /** Target with neither value nor description. */
  V051("PLAN-V051", "The target of indicator ''{value}'' needs a value or a description",
      "Målet for indikatoren ''{value}'' trenger en verdi eller en beskrivelse",
      "Målet for indikatoren ''{value}'' treng ein verdi eller ei skildring"),
  /** Direction missing. */
  V052("PLAN-V052", "Indicator ''{value}'' has a target value but no direction (HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_BAND)",
      "Indikatoren ''{value}'' har en målverdi, men ingen retning (HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_BAND)",
      "Indikatoren ''{value}'' har ein målverdi, men inga retning (HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_BAND)"),
  /** Negative cost or bad currency. */
  V053("PLAN-V053", "Cost {value} is invalid: expected an amount ≥ 0 and a three-letter currency code",
      "Kostnaden {value} er ugyldig: forventet et beløp ≥ 0 og en valutakode på tre bokstaver",
      "Kostnaden {value} er ugyldig: venta eit beløp ≥ 0 og ein valutakode på tre bokstavar"),

  /** C001. */
  C001("PLAN-C001", "Focus area ''{element}'' has no SDG link", "Innsatsområdet ''{element}'' har ingen kobling til bærekraftsmålene",
      "Innsatsområdet ''{element}'' har inga kopling til berekraftsmåla"),
  /** C002. */
  C002("PLAN-C002", "Main goal ''{element}'' has no SDG link", "Hovedmålet ''{element}'' har ingen kobling til bærekraftsmålene",
      "Hovudmålet ''{element}'' har inga kopling til berekraftsmåla"),
  /** C003. */
  C003("PLAN-C003", "Goal ''{element}'' has no indicator with a target", "Målet ''{element}'' har ingen indikator med et mål",
      "Målet ''{element}'' har ingen indikator med eit mål"),
  /** C004. */
  C004("PLAN-C004", "Measure ''{element}'' does not trace to any goal", "Tiltaket ''{element}'' kan ikke spores til noe mål",
      "Tiltaket ''{element}'' kan ikkje sporast til noko mål"),
  /** C005. */
  C005("PLAN-C005", "Reference ''{value}'' in {where} does not resolve", "Referansen ''{value}'' i {where} peker ikke på noe",
      "Referansen ''{value}'' i {where} peikar ikkje på noko"),
  /** C006. */
  C006("PLAN-C006", "Cycle of references: {value}", "Sirkulære referanser: {value}", "Sirkulære referansar: {value}"),
  /** C007. */
  C007("PLAN-C007", "''{element}'' links to SDG {value}, which none of the elements it belongs to or serves links to ({expected})",
      "''{element}'' er koblet til bærekraftsmål {value}, som ingen av elementene det hører til eller tjener er koblet til ({expected})",
      "''{element}'' er kopla til berekraftsmål {value}, som ingen av elementa det høyrer til eller tener er kopla til ({expected})"),
  /** C008. */
  C008("PLAN-C008", "{kind} ''{value}'' covers {years} year(s); kommuneloven § 14-4 requires at least the next four budget years",
      "{kindNb} ''{value}'' dekker {yearsNb} år; kommuneloven § 14-4 krever minst de fire neste budsjettårene",
      "{kindNb} ''{value}'' dekkjer {yearsNb} år; kommunelova § 14-4 krev minst dei fire neste budsjettåra"),
  /** C009. */
  C009("PLAN-C009", "The handlingsdel of ''{value}'' is not revised every year: {expected}",
      "Handlingsdelen til ''{value}'' er ikke rullert hvert år: {expectedNb}", null),
  /** C010. */
  C010("PLAN-C010", "Planning strategy ''{value}'' was adopted {date}, more than one year after the council was constituted ({expected}); pbl § 10-1",
      "Planstrategien ''{value}'' ble vedtatt {date}, mer enn ett år etter at kommunestyret ble konstituert ({expected}); pbl § 10-1",
      "Planstrategien ''{value}'' vart vedteken {date}, meir enn eitt år etter at kommunestyret vart konstituert ({expected}); pbl § 10-1"),
  /** C011. */
  C011("PLAN-C011", "Status {status} of ''{value}'' disagrees with its dates: {expected}",
      "Status {statusNb} for ''{value}'' stemmer ikke med datoene: {expectedNb}", null),
  /** C012. */
  C012("PLAN-C012", "Indicator ''{element}'' refers to definition ''{value}'', which is not in the indicator library; use an id from the library or 'local:…'",
      "Indikatoren ''{element}'' viser til definisjonen ''{value}'', som ikke finnes i indikatorbiblioteket; bruk en id derfra eller 'local:…'",
      "Indikatoren ''{element}'' viser til definisjonen ''{value}'', som ikkje finst i indikatorbiblioteket; bruk ein id derifrå eller 'local:…'"),
  /** C013. */
  C013("PLAN-C013", "{kind} ''{element}'' sits under {parentKind} ''{value}''; expected a parent of kind {expected}",
      "{kindNb} ''{element}'' ligger under {parentKindNb} ''{value}''; forventet et overordnet element av typen {expectedNb}", null),
  /** C014. */
  C014("PLAN-C014", "Measure ''{element}'' in ''{plan}'' has no status for {year} in the annual report ''{value}''",
      "Tiltaket ''{element}'' i ''{plan}'' har ingen status for {year} i årsrapporten ''{value}''",
      "Tiltaket ''{element}'' i ''{plan}'' har ingen status for {year} i årsrapporten ''{value}''"),
  /** C015. */
  C015("PLAN-C015", "Focus area ''{element}'' never reaches the financial plan: no element of {expected} serves it",
      "Innsatsområdet ''{element}'' når aldri økonomiplanen: ingen elementer i {expected} tjener det",
      "Innsatsområdet ''{element}'' når aldri økonomiplanen: ingen element i {expected} tener det"),
  /** C016. */
  C016("PLAN-C016", "Goal ''{element}'' was followed up in {value} without any indicator value",
      "Målet ''{element}'' ble fulgt opp i {value} uten noen indikatorverdi",
      "Målet ''{element}'' vart følgt opp i {value} utan nokon indikatorverdi");

  private final String code;
  private final String en;
  private final String nb;
  private final String nn;

  PlanMessage(String code, String en, String nb, String nn) {
    this.code = code;
    this.en = en;
    this.nb = nb;
    this.nn = nn;
  }

  /** The stable code, e.g. {@code PLAN-V020}. */
  public String code() {
    return code;
  }

  /**
   * The message with its parameters filled in, in all languages.
   *
   * @param params named parameters; {@code {name}} in the template is replaced by the value, {@code ''} by
   *     {@code '}; unknown names stay as they are
   * @return the text
   */
  public LocalizedText format(Map<String, ?> params) {
    return new LocalizedText(fill(nb, params), fill(en, params),
        nn == null ? Optional.empty() : Optional.of(fill(nn, params)));
  }

  /** The raw English template. */
  public String templateEn() {
    return en;
  }

  /** The raw bokmål template. */
  public String templateNb() {
    return nb;
  }

  /** The raw nynorsk template, or empty where the bokmål text is used. */
  public Optional<String> templateNn() {
    return Optional.ofNullable(nn);
  }

  /**
   * The message with this code.
   *
   * @param code e.g. {@code PLAN-V020}
   * @return the message, or empty
   */
  public static Optional<PlanMessage> forCode(String code) {
    for (PlanMessage m : values()) {
      if (m.code.equals(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  static String fill(String template, Map<String, ?> params) {
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
        sb.append('\'');
        i += 2;
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        String name = end < 0 ? null : template.substring(i + 1, end);
        if (name != null && params.containsKey(name)) {
          sb.append(params.get(name));
          i = end + 1;
        } else {
          sb.append(c);
          i++;
        }
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
