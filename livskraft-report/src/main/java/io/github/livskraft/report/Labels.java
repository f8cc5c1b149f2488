package io.github.livskraft.report;

import java.util.Map;

/** The fixed labels of the report, in bokmål and English. */
final class Labels {
  private Labels() {}

  private static final Map<String, Text> LABELS = Map.ofEntries(
      Map.entry("contents", Text.of("Innhold", "Contents")),
      Map.entry("summary", Text.of("Sammendrag", "Summary")),
      Map.entry("plans", Text.of("Plankjeden", "The plan chain")),
      Map.entry("findings", Text.of("Sammenheng i plankjeden", "Coherence of the plan chain")),
      Map.entry("no.findings", Text.of("Ingen funn: plankjeden henger sammen.",
          "No findings: the plan chain is coherent.")),
      Map.entry("coverage", Text.of("Bærekraftsmålene i planene", "The SDGs in the plans")),
      Map.entry("coverage.intro", Text.of(
          "Hver flis viser hvor mange planelementer som er knyttet til målet. Prioriterte mål for regionen er merket;"
              + " et prioritert mål uten kobling er et hull.",
          "Each tile shows how many plan elements are linked to the goal. The region's priority goals are marked;"
              + " a priority goal without a link is a gap.")),
      Map.entry("priority", Text.of("prioritert", "priority")),
      Map.entry("gap", Text.of("hull", "gap")),
      Map.entry("links", Text.of("koblinger", "links")),
      Map.entry("link", Text.of("kobling", "link")),
      Map.entry("plan", Text.of("Plan", "Plan")),
      Map.entry("suggested", Text.of("foreslått", "suggested")),
      Map.entry("matrix", Text.of("Planelementer × bærekraftsmål", "Plan elements × goals")),
      Map.entry("matrix.legend", Text.of("● koblet i planen   ○ foreslått av teksttaggeren (ikke bekreftet)",
          "● linked in the plan   ○ suggested by the text tagger (not confirmed)")),
      Map.entry("element", Text.of("Planelement", "Plan element")),
      Map.entry("gaps", Text.of("Hull mot regionens prioriterte mål", "Gaps against the region's priority goals")),
      Map.entry("gaps.depth", Text.of(
          "Prioriterte mål som ikke følges opp helt til data (koblet → indikator → målverdi → data), svakest først:",
          "Priority goals not followed up all the way to data (linked → indicator → target value → data), weakest"
              + " first:")),
      Map.entry("gaps.card", Text.of("prioriterte mål som ikke følges opp til data",
          "priority goals not followed up to data")),
      Map.entry("no.gaps", Text.of("Alle prioriterte mål har minst én kobling i planene.",
          "Every priority goal has at least one link in the plans.")),
      Map.entry("suggestions", Text.of("Forslag fra teksttaggeren", "Suggestions from the text tagger")),
      Map.entry("suggestions.intro", Text.of(
          "Dette er FORSLAG som teksttaggeren har funnet i planteksten. De er ikke vedtatt og må vurderes av en"
              + " saksbehandler før de legges inn i planen.",
          "These are SUGGESTIONS the text tagger found in the plan text. They are not adopted and must be reviewed"
              + " by a case officer before they are added to the plan.")),
      Map.entry("no.suggestions", Text.of("Ingen forslag.", "No suggestions.")),
      Map.entry("suggestion", Text.of("Forslag", "Suggestion")),
      Map.entry("evidence", Text.of("Treff i teksten", "Matched in the text")),
      Map.entry("score", Text.of("Styrke", "Score")),
      Map.entry("already", Text.of("allerede koblet", "already linked")),
      Map.entry("new", Text.of("ny", "new")),
      Map.entry("indicators", Text.of("Indikatorer", "Indicators")),
      Map.entry("indicators.intro", Text.of(
          "Tallene er ekte, publiserte tall som følger med Livskraft (se Kilder). Kommunenumrene er harmonisert til"
              + " dagens inndeling, så seriene går gjennom omnummereringene i 2020 og 2024.",
          "The figures are real, published figures bundled with Livskraft (see Sources). Municipality codes are"
              + " harmonised to today's codes, so the series run through the 2020 and 2024 renumberings.")),
      Map.entry("plan.indicators", Text.of("Indikatorer i planene", "Indicators named in the plans")),
      Map.entry("figures", Text.of("Tall", "Figures")),
      Map.entry("region.value", Text.of("Regionen", "Region")),
      Map.entry("baseline", Text.of("Utgangsverdi", "Baseline")),
      Map.entry("target", Text.of("Målverdi", "Target")),
      Map.entry("no.target", Text.of("ingen målverdi i planene", "no target value in the plans")),
      Map.entry("status", Text.of("Status", "Status")),
      Map.entry("latest", Text.of("Siste", "Latest")),
      Map.entry("aggregation", Text.of("Regional sammenstilling", "Regional aggregation")),
      Map.entry("direction", Text.of("Retning", "Direction")),
      Map.entry("sdg.targets", Text.of("Bærekraftsdelmål", "SDG targets")),
      Map.entry("no.data", Text.of("Ingen data", "No data")),
      Map.entry("no.bundled.data", Text.of("Ingen medfølgende data", "No bundled data")),
      Map.entry("table", Text.of("Tallene", "The figures")),
      Map.entry("year", Text.of("År", "Year")),
      Map.entry("sources", Text.of("Kilder og lisenser", "Sources and licences")),
      Map.entry("notes", Text.of("Merknader", "Notes")),
      Map.entry("municipalities", Text.of("Kommuner", "Municipalities")),
      Map.entry("generated", Text.of("Laget med", "Generated by")),
      Map.entry("kind", Text.of("Type", "Kind")),
      Map.entry("owner", Text.of("Eier", "Owner")),
      Map.entry("period", Text.of("Periode", "Period")),
      Map.entry("follows", Text.of("følger opp", "follows up")),
      Map.entry("elements", Text.of("elementer", "elements")),
      Map.entry("no.plans", Text.of("Ingen planer lest inn.", "No plans loaded.")),
      Map.entry("severity.ERROR", Text.of("Feil", "Error")),
      Map.entry("severity.WARNING", Text.of("Advarsel", "Warning")),
      Map.entry("severity.INFO", Text.of("Merknad", "Note")),
      Map.entry("goal", Text.of("Mål", "Goal")),
      Map.entry("goals.linked", Text.of("mål med koblinger", "goals with links")),
      Map.entry("indicators.with.data", Text.of("indikatorer med tall", "indicators with figures")),
      Map.entry("findings.count", Text.of("funn i plankjeden", "findings in the plan chain")),
      Map.entry("suggestions.count", Text.of("nye forslag fra teksttaggeren", "new suggestions from the tagger")));

  static Text get(String key) {
    Text t = LABELS.get(key);
    if (t == null) {
      throw new IllegalStateException("no label '" + key + "'");
    }
    return t;
  }

  static String get(String key, ReportLanguage lang) {
    return get(key).in(lang);
  }
}
