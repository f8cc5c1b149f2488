package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.util.Map;

/** The fixed labels of the report, in bokmål, nynorsk and English. */
final class Labels {
  private Labels() {}

  private static Map.Entry<String, LocalizedText> e(String key, String nb, String nn, String en) {
    return Map.entry(key, Texts.of(nb, nn, en));
  }

  private static final Map<String, LocalizedText> LABELS = Map.ofEntries(
      e("contents", "Innhold", "Innhald", "Contents"),
      e("summary", "Sammendrag", "Samandrag", "Summary"),
      e("plans", "Plankjeden", "Plankjeda", "The plan chain"),
      e("findings", "Sammenheng i plankjeden", "Samanheng i plankjeda", "Coherence of the plan chain"),
      e("no.findings", "Ingen funn: plankjeden henger sammen.", "Ingen funn: plankjeda heng saman.",
          "No findings: the plan chain is coherent."),
      e("coverage", "Bærekraftsmålene i planene", "Berekraftsmåla i planane", "The SDGs in the plans"),
      e("coverage.intro",
          "Hver flis viser hvor mange planelementer som er knyttet til målet. Prioriterte mål for regionen er merket;"
              + " et prioritert mål uten kobling er et hull.",
          "Kvar flis viser kor mange planelement som er knytte til målet. Prioriterte mål for regionen er merkte;"
              + " eit prioritert mål utan kopling er eit hol.",
          "Each tile shows how many plan elements are linked to the goal. The region's priority goals are marked;"
              + " a priority goal without a link is a gap."),
      e("coverage.intro.nopriority",
          "Hver flis viser hvor mange planelementer som er knyttet til målet. Planene og regionen har ikke valgt"
              + " prioriterte mål.",
          "Kvar flis viser kor mange planelement som er knytte til målet. Planane og regionen har ikkje valt"
              + " prioriterte mål.",
          "Each tile shows how many plan elements are linked to the goal. Neither the plans nor the region"
              + " select priority goals."),
      e("priority", "prioritert", "prioritert", "priority"),
      e("gap", "hull", "hol", "gap"),
      e("links", "koblinger", "koplingar", "links"),
      e("link", "kobling", "kopling", "link"),
      e("plan", "Plan", "Plan", "Plan"),
      e("suggested", "foreslått", "føreslått", "suggested"),
      e("matrix", "Planelementer × bærekraftsmål", "Planelement × berekraftsmål", "Plan elements × goals"),
      e("matrix.legend", "● koblet i planen   ○ foreslått av teksttaggeren (ikke bekreftet)",
          "● kopla i planen   ○ føreslått av teksttaggaren (ikkje stadfesta)",
          "● linked in the plan   ○ suggested by the text tagger (not confirmed)"),
      e("element", "Planelement", "Planelement", "Plan element"),
      e("gaps", "Hull mot regionens prioriterte mål", "Hol mot dei prioriterte måla til regionen",
          "Gaps against the region's priority goals"),
      e("gaps.depth",
          "Prioriterte mål som ikke følges opp helt til data (koblet → indikator → målverdi → data), svakest først:",
          "Prioriterte mål som ikkje blir følgde opp heilt til data (kopla → indikator → målverdi → data), svakast"
              + " først:",
          "Priority goals not followed up all the way to data (linked → indicator → target value → data), weakest"
              + " first:"),
      e("gaps.card", "prioriterte mål som ikke følges opp til data",
          "prioriterte mål som ikkje blir følgde opp til data", "priority goals not followed up to data"),
      e("no.gaps", "Alle prioriterte mål har minst én kobling i planene.",
          "Alle prioriterte mål har minst éi kopling i planane.",
          "Every priority goal has at least one link in the plans."),
      e("no.priority", "Ingen prioriterte mål er valgt", "Ingen prioriterte mål er valde", "No priority goals set"),
      e("no.priority.card", "prioriterte mål valgt", "prioriterte mål valde", "priority goals set"),
      e("suggestions", "Forslag fra teksttaggeren", "Forslag frå teksttaggaren", "Suggestions from the text tagger"),
      e("suggestions.intro",
          "Dette er FORSLAG som teksttaggeren har funnet i planteksten. De er ikke vedtatt og må vurderes av en"
              + " saksbehandler før de legges inn i planen.",
          "Dette er FORSLAG som teksttaggaren har funne i planteksten. Dei er ikkje vedtekne og må vurderast av"
              + " ein saksbehandlar før dei blir lagde inn i planen.",
          "These are SUGGESTIONS the text tagger found in the plan text. They are not adopted and must be reviewed"
              + " by a case officer before they are added to the plan."),
      e("no.suggestions", "Ingen forslag.", "Ingen forslag.", "No suggestions."),
      e("suggestion", "Forslag", "Forslag", "Suggestion"),
      e("evidence", "Treff i teksten", "Treff i teksten", "Matched in the text"),
      e("score", "Styrke", "Styrke", "Score"),
      e("already", "allerede koblet", "alt kopla", "already linked"),
      e("new", "ny", "ny", "new"),
      e("indicators", "Indikatorer", "Indikatorar", "Indicators"),
      e("indicators.intro",
          "Tallene er ekte, publiserte tall som følger med Livskraft (se Kilder). Kommunenumrene er harmonisert til"
              + " dagens inndeling, så seriene går gjennom omnummereringene i 2020 og 2024.",
          "Tala er ekte, publiserte tal som følgjer med Livskraft (sjå Kjelder). Kommunenummera er harmoniserte til"
              + " dagens inndeling, så seriane går gjennom omnummereringane i 2020 og 2024.",
          "The figures are real, published figures bundled with Livskraft (see Sources). Municipality codes are"
              + " harmonised to today's codes, so the series run through the 2020 and 2024 renumberings."),
      e("progress.rules",
          "Slik leses statusen: Open SDG-metoden (SSB/Statistics Canada) fra utgangsverdien (medianen av 2015 eller"
              + " første år etter og de to neste årene) til siste år. Utgangsåret må ligge minst " + ProgressRules.MIN_YEARS + " år før siste"
              + " år; for telletall må utgangs- og sisteverdien være minst " + ProgressRules.MIN_COUNT + ", ellers"
              + " vises «for få tall». En endring under ±" + ProgressRules.FLAT_PERCENT_TEXT_NB + " % i året regnes"
              + " som «ingen tydelig endring», aldri som forverring eller fremgang.",
          "Slik les ein statusen: Open SDG-metoden (SSB/Statistics Canada) frå utgangsverdien (medianen av 2015 eller"
              + " første år etter og dei to neste åra) til siste år. Utgangsåret må liggje minst " + ProgressRules.MIN_YEARS + " år før siste"
              + " år; for teljetal må utgangs- og sisteverdien vere minst " + ProgressRules.MIN_COUNT + ", elles"
              + " blir «for få tal» vist. Ei endring under ±" + ProgressRules.FLAT_PERCENT_TEXT_NB + " % i året"
              + " blir rekna som «inga tydeleg endring», aldri som forverring eller framgang.",
          "How to read the status: the Open SDG method (Statistics Canada) from the baseline (the median of 2015 or"
              + " the first year after and the next two years) to the latest year. The baseline must lie at least " + ProgressRules.MIN_YEARS
              + " years before the latest year; for counts, baseline and latest value must be at least "
              + ProgressRules.MIN_COUNT + ", otherwise \"too few figures\" is shown. A change of less than ±"
              + ProgressRules.FLAT_PERCENT_TEXT_EN + " % a year counts as \"no clear change\", never as"
              + " deterioration or progress."),
      e("plan.indicators", "Indikatorer i planene", "Indikatorar i planane", "Indicators named in the plans"),
      e("figures", "Tall", "Tal", "Figures"),
      e("region.value", "Regionen", "Regionen", "Region"),
      e("region.total", "Regionen i alt", "Regionen i alt", "Region total"),
      e("municipalities.panel", "Kommunene", "Kommunane", "The municipalities"),
      e("baseline", "Utgangsverdi", "Utgangsverdi", "Baseline"),
      e("target", "Målverdi", "Målverdi", "Target"),
      e("no.target", "ingen målverdi i planene", "ingen målverdi i planane", "no target value in the plans"),
      e("status", "Status", "Status", "Status"),
      e("latest", "Siste", "Siste", "Latest"),
      e("aggregation", "Regional sammenstilling", "Regional samanstilling", "Regional aggregation"),
      e("direction", "Retning", "Retning", "Direction"),
      e("sdg.targets", "Bærekraftsdelmål", "Berekraftsdelmål", "SDG targets"),
      e("no.data", "Ingen data", "Ingen data", "No data"),
      e("no.bundled.data", "Ingen medfølgende data", "Ingen medfølgjande data", "No bundled data"),
      e("table", "Tallene", "Tala", "The figures"),
      e("year", "År", "År", "Year"),
      e("median", "median", "median", "median"),
      e("sources", "Kilder og lisenser", "Kjelder og lisensar", "Sources and licences"),
      e("notes", "Merknader", "Merknader", "Notes"),
      e("municipalities", "Kommuner", "Kommunar", "Municipalities"),
      e("generated", "Laget med", "Laga med", "Generated by"),
      e("kind", "Type", "Type", "Kind"),
      e("owner", "Eier", "Eigar", "Owner"),
      e("period", "Periode", "Periode", "Period"),
      e("follows", "følger opp", "følgjer opp", "follows up"),
      e("elements", "elementer", "element", "elements"),
      e("no.plans", "Ingen planer lest inn.", "Ingen planar lesne inn.", "No plans loaded."),
      e("severity.ERROR", "Feil", "Feil", "Error"),
      e("severity.WARNING", "Advarsel", "Åtvaring", "Warning"),
      e("severity.INFO", "Merknad", "Merknad", "Note"),
      e("goal", "Mål", "Mål", "Goal"),
      e("goals.linked", "mål med koblinger", "mål med koplingar", "goals with links"),
      e("indicators.with.data", "indikatorer med tall", "indikatorar med tal", "indicators with figures"),
      e("findings.count", "funn i plankjeden", "funn i plankjeda", "findings in the plan chain"),
      e("suggestions.count", "nye forslag fra teksttaggeren", "nye forslag frå teksttaggaren",
          "new suggestions from the tagger"),
      e("missing.symbol", "SSB-tegn for manglende tall", "SSB-teikn for manglande tal",
          "SSB symbol for a missing figure"),
      e("followup", "Oppfølging", "Oppfølging", "Follow-up"),
      e("followup.intro",
          "Status for tiltak og mål i året, etter innsatsområde og bærekraftsmål, slik planfilene oppgir den"
              + " (tertial- og årsrapporter).",
          "Status for tiltak og mål i året, etter innsatsområde og berekraftsmål, slik planfilene oppgir han"
              + " (tertial- og årsrapportar).",
          "Status of measures and goals in the year, by focus area and SDG, as the plan files give it"
              + " (tertial and annual reports)."),
      e("no.followup", "Planene har ingen oppfølging registrert (ingen «followUp»).",
          "Planane har inga oppfølging registrert (ingen «followUp»).",
          "The plans record no follow-up (no 'followUp')."),
      e("by.focus", "Etter innsatsområde", "Etter innsatsområde", "By focus area"),
      e("by.goal", "Etter bærekraftsmål", "Etter berekraftsmål", "By SDG"),
      e("followup.status", "Status", "Status", "Status"),
      e("measure.or.goal", "Tiltak eller mål", "Tiltak eller mål", "Measure or goal"),
      e("budget", "Budsjett", "Budsjett", "Budget"),
      e("spent", "Forbruk", "Forbruk", "Spent"),
      e("comment", "Kommentar", "Kommentar", "Comment"),
      e("arshjul", "Årshjul", "Årshjul", "Annual cycle"),
      e("arshjul.intro",
          "Faste møter, frister og rapportering fra planenes årshjul, regnet ut for året med norske virkedager, og"
              + " milepælene det året. Blek prikk: bare måneden er kjent.",
          "Faste møte, fristar og rapportering frå årshjulet til planane, rekna ut for året med norske"
              + " vyrkedagar, og milepælane det året. Bleik prikk: berre månaden er kjend.",
          "Recurring meetings, deadlines and reporting from the plans' annual cycle, expanded for the year with"
              + " Norwegian working days, and the year's milestones. Pale dot: only the month is known."),
      e("no.arshjul", "Planene har ikke noe årshjul.", "Planane har ikkje noko årshjul.",
          "The plans have no annual cycle."),
      e("unscheduled", "Uten datoer i kilden", "Utan datoar i kjelda", "No dates in the source"),
      e("when", "Når", "Når", "When"),
      e("what", "Hva", "Kva", "What"));

  /** The label of a follow-up status (plan-model's nb/nn/en labels). */
  static LocalizedText status(io.github.livskraft.plan.FollowUpStatus st) {
    return Texts.of(st::label);
  }

  /** The label of an årshjul event kind (plan-model's nb/nn/en labels). */
  static LocalizedText kind(io.github.livskraft.plan.EventKind k) {
    return Texts.of(k::label);
  }

  static LocalizedText get(String key) {
    LocalizedText t = LABELS.get(key);
    if (t == null) {
      throw new IllegalStateException("no label '" + key + "'");
    }
    return t;
  }

  static String get(String key, Language lang) {
    return get(key).text(lang);
  }

  /** Every key (for the completeness test). */
  static java.util.Set<String> keys() {
    return LABELS.keySet();
  }
}
