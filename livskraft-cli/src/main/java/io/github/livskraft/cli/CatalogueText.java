package io.github.livskraft.cli;

import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.Indicator;
import io.github.livskraft.sdg.IndicatorCode;
import io.github.livskraft.sdg.IndicatorListing;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.SearchHit;
import io.github.livskraft.sdg.Target;
import io.github.livskraft.sdg.TargetKind;
import io.github.livskraft.sdg.TextProvenance;
import io.github.livskraft.sdg.TextVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text output of {@code livskraft catalogue}, labelled in the chosen language. */
final class CatalogueText {
  private CatalogueText() {}

  private static String label(Language l, String en, String nb, String nn) {
    return switch (l) {
      case EN -> en;
      case NB -> nb;
      case NN -> nn;
    };
  }

  /**
   * The value's text followed by spaces up to {@code width} characters, as {@code %-Ns} formats it (a plain
   * concatenation: java.util.Formatter would load its regular expressions at start-up).
   */
  static String padEnd(Object value, int width) {
    StringBuilder b = new StringBuilder(String.valueOf(value));
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }

  /** The value's text after spaces up to {@code width} characters, as {@code %Ns} formats it. */
  static String padStart(Object value, int width) {
    String text = String.valueOf(value);
    StringBuilder b = new StringBuilder();
    for (int i = text.length(); i < width; i++) {
      b.append(' ');
    }
    return b.append(text).toString();
  }

  /** The text, marked when it is a fallback language or not official wording. */
  static String text(LocalizedText text, Language language) {
    TextVariant v = text.resolve(language);
    List<String> marks = new ArrayList<>();
    if (v.language() != language) {
      marks.add(v.language().tag());
    }
    if (v.provenance() == TextProvenance.COMMUNITY) {
      marks.add(label(language, "community translation", "dugnadsoversettelse", "dugnadsomsetjing"));
    } else if (v.provenance() == TextProvenance.MACHINE) {
      marks.add(label(language, "machine translation", "maskinoversatt", "maskinomsett"));
    }
    return v.text() + (marks.isEmpty() ? "" : " [" + String.join(", ", marks) + "]");
  }

  static String kind(TargetKind kind, Language l) {
    return kind == TargetKind.OUTCOME ? label(l, "outcome", "resultatmål", "resultatmål")
        : label(l, "means of implementation", "virkemiddel", "verkemiddel");
  }

  static List<String> goal(SdgCatalogue cat, Goal goal, Language l) {
    List<String> out = new ArrayList<>();
    out.add(label(l, "Goal ", "Mål ", "Mål ") + goal.code() + ": " + text(goal.shortNameText(), l)
        + "  (" + goal.colour() + ")");
    out.add("  " + text(goal.titleText(), l));
    goal.note().ifPresent(n -> out.add("  " + label(l, "Note: ", "Merknad: ", "Merknad: ") + text(n, l)));
    List<Target> targets = cat.targetsOf(goal.code());
    out.add(label(l, "Targets", "Delmål", "Delmål") + " (" + targets.size() + "):");
    for (Target t : targets) {
      out.add("  " + padEnd(t.code(), 6) + " " + text(t.titleText(), l));
    }
    return out;
  }

  static List<String> goals(SdgCatalogue cat, Language l) {
    List<String> out = new ArrayList<>();
    for (Goal g : cat.goals()) {
      out.add(padStart(g.code(), 2) + "  " + g.colour() + "  " + text(g.shortNameText(), l));
    }
    return out;
  }

  static List<String> target(SdgCatalogue cat, Target target, Language l) {
    List<String> out = new ArrayList<>();
    Goal goal = cat.goalOf(target);
    out.add(label(l, "Target ", "Delmål ", "Delmål ") + target.code() + " (" + kind(target.kind(), l) + ")");
    out.add("  " + text(target.titleText(), l));
    target.note().ifPresent(n -> out.add("  " + label(l, "Note: ", "Merknad: ", "Merknad: ") + text(n, l)));
    out.add(label(l, "Goal ", "Mål ", "Mål ") + goal.code() + ": " + goal.shortName(l));
    List<IndicatorListing> listings = cat.listingsOf(target.code());
    out.add(label(l, "Indicators", "Indikatorer", "Indikatorar") + " (" + listings.size() + "):");
    for (IndicatorListing x : listings) {
      Indicator i = cat.getIndicator(x.code());
      String same = i.isRepeated() ? "  " + label(l, "(same as ", "(samme som ", "(same som ")
          + String.join(", ", i.placements().stream().filter(p -> !p.equals(x.code()))
              .map(IndicatorCode::toString).toList()) + ")" : "";
      out.add("  " + padEnd(x.code(), 8) + " " + text(x.titleText(), l) + same);
    }
    return out;
  }

  static List<String> indicator(SdgCatalogue cat, Indicator indicator, IndicatorCode asked, Language l) {
    IndicatorListing x = indicator.findListing(asked).orElse(indicator.primary());
    List<String> out = new ArrayList<>();
    out.add(label(l, "Indicator ", "Indikator ", "Indikator ") + x.code() + "  (UNSD " + x.unsdCode() + ")");
    out.add("  " + text(x.titleText(), l));
    if (l != Language.EN && x.norwegianFollowsOlderWording()) {
      out.add("  " + label(l, "", "Merk: den norske teksten er oversatt fra en eldre engelsk ordlyd",
          "Merk: den norske teksten er omsett frå ein eldre engelsk ordlyd"));
    }
    if (indicator.isRepeated()) {
      out.add(label(l, "Listed under: ", "Oppført under: ", "Oppført under: ")
          + String.join(", ", indicator.placements().stream().map(IndicatorCode::toString).toList()));
    }
    out.add(label(l, "Target ", "Delmål ", "Delmål ") + x.target() + ": " + cat.targetOf(x).title(l));
    out.add("Tier: " + x.tier().map(t -> t.raw() + " (" + label(l, "as of ", "per ", "per ") + t.asOf() + ")")
        .orElse("-") + x.tierNote().map(n -> "  [" + n + "]").orElse(""));
    out.add(label(l, "Custodian agencies: ", "Ansvarlige organisasjoner: ", "Ansvarlege organisasjonar: ")
        + (x.custodianAgencies().isEmpty() ? "-" : String.join(", ", x.custodianAgencies())));
    x.note().ifPresent(n -> out.add(label(l, "Note: ", "Merknad: ", "Merknad: ") + text(n, l)));
    cat.findChange(x.code()).ifPresent(c -> out.add(label(l, "Changed since 2022: ", "Endret siden 2022: ",
        "Endra sidan 2022: ") + c.type().name().toLowerCase(Locale.ROOT)
        + c.unsdCodeBefore().map(u -> " (UNSD " + u + " → " + c.unsdCodeAfter() + ")").orElse("")));
    return out;
  }

  static List<String> search(String query, Language l, List<SearchHit> hits) {
    List<String> out = new ArrayList<>();
    if (hits.isEmpty()) {
      out.add(label(l, "No hits for ", "Ingen treff for ", "Ingen treff for ") + "\"" + query + "\"");
      return out;
    }
    for (SearchHit h : hits) {
      out.add(String.format(Locale.ROOT, "%-9s %-8s %s", h.entry().entryType().name().toLowerCase(Locale.ROOT),
          h.code(), text(h.entry().titleText(), l)));
    }
    return out;
  }

  static List<String> stats(CatalogueStats s) {
    List<String> out = new ArrayList<>();
    out.add("Edition: " + s.revision().edition() + " (" + s.revision().framework() + ")");
    out.add("Goals: " + s.goals());
    out.add("Targets: " + s.targets() + " (" + s.numericTargets() + " numeric + " + s.letterTargets()
        + " letter; " + s.outcomeTargets() + " outcome + " + s.meansTargets() + " means of implementation)");
    out.add("Indicator listings: " + s.indicatorListings() + ", unique indicators: " + s.uniqueIndicators()
        + " (" + s.repeatGroups() + " repeat groups)");
    out.add("Bokmål indicator texts translated from an older English wording: " + s.olderWordingTranslations());
    out.add("Indicators changed since the 2022 list: " + s.indicatorChanges());
    out.add("Texts (language: provenance = count):");
    s.texts().forEach((field, byLang) -> byLang.forEach((lang, byProv) -> {
      if (!byProv.isEmpty()) {
        out.add(String.format(Locale.ROOT, "  %-16s %s: %s", field, lang.tag(), byProv));
      }
    }));
    return out;
  }
}
