package io.github.livskraft.casework.io;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.Evidence;
import io.github.livskraft.casework.FollowUpReason;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.LineStatus;
import io.github.livskraft.casework.PlanFollowUp;
import io.github.livskraft.casework.internal.Messages;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.NumberText;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Writes the "Bærekraftsvurdering" section of a saksframlegg, ready to paste and edit, in bokmål, nynorsk or English
 * as plain text, HTML or Markdown. Confirmed lines form the assessment (goal by number and official title, targets,
 * impact, who confirmed); suggestions still to review are listed separately and marked as suggestions, each with
 * its evidence level's confidence and description ("sikkerhet 0,89: flere belegg, eneste mål"); rejected
 * goals are named once; then the golden thread to the plans. Immutable and thread-safe.
 */
public final class SectionWriter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

  private final SdgCatalogue catalogue;
  private final ZoneId zone;

  private SectionWriter(SdgCatalogue catalogue, ZoneId zone) {
    this.catalogue = catalogue;
    this.zone = zone;
  }

  /**
   * A writer.
   *
   * @param catalogue the catalogue for official titles
   * @param zone the time zone for decision dates (Europe/Oslo for Norwegian municipalities)
   * @return the writer
   */
  public static SectionWriter of(SdgCatalogue catalogue, ZoneId zone) {
    return new SectionWriter(Objects.requireNonNull(catalogue, "catalogue"), Objects.requireNonNull(zone, "zone"));
  }

  /** A writer with the default catalogue and Europe/Oslo. */
  public static SectionWriter create() {
    return of(SdgCatalogue.bundled(), ZoneId.of("Europe/Oslo"));
  }

  private record Block(String heading, List<String> items, boolean bullets) {}

  /**
   * Writes the section.
   *
   * @param a the assessment
   * @param language the language
   * @param format the format
   * @return the section
   */
  public String write(Assessment a, Language language, SectionFormat format) {
    List<Block> blocks = blocks(a, language);
    String heading = t(language, "heading");
    return switch (format) {
      case TEXT -> text(heading, blocks);
      case MARKDOWN -> markdown(heading, blocks);
      case HTML -> html(heading, blocks, language);
    };
  }

  private List<Block> blocks(Assessment a, Language l) {
    List<Block> out = new ArrayList<>();
    List<String> confirmed = new ArrayList<>();
    for (GoalLine line : a.confirmedLines()) {
      StringBuilder sb = new StringBuilder(goalTitle(line.goal(), l));
      if (!line.targets().isEmpty()) {
        sb.append("; ").append(t(l, line.targets().size() == 1 ? "target" : "targets", targetList(line.targets(), l)));
      }
      line.impact().ifPresent(i -> sb.append("; ").append(t(l, "impact", i.label(l))));
      line.decision().ifPresent(d -> sb.append(" (").append(t(l, "confirmedBy", d.by(),
          DATE.format(d.at().atZone(zone)))).append(')'));
      sb.append('.');
      line.decision().flatMap(d -> d.justification()).ifPresent(j -> sb.append(' ').append(j));
      confirmed.add(sb.toString());
    }
    out.add(new Block(t(l, confirmed.isEmpty() ? "intro.none" : "intro.confirmed"), confirmed, true));
    List<String> suggested = new ArrayList<>();
    for (GoalLine line : a.suggestedLines()) {
      Set<String> ev = new LinkedHashSet<>();
      for (Evidence e : line.evidence()) {
        ev.add("«" + e.text() + "»");
        if (ev.size() == 3) {
          break;
        }
      }
      String impact = line.suggestedImpact().impact().label(l);
      suggested.add(line.evidenceLevel().map(e -> t(l, "suggested.line.level", line.goal().toString(),
          goal(line.goal(), l), impact, String.join(", ", ev), t(l, "suggested.confidence",
              NumberText.fixed(e.confidence(), 2, l), e.describe(l.locale()))))
          .orElseGet(() -> t(l, "suggested.line", line.goal().toString(), goal(line.goal(), l), impact,
              String.join(", ", ev))));
    }
    if (!suggested.isEmpty()) {
      out.add(new Block(t(l, "suggested.heading"), suggested, true));
    }
    List<String> rejected = a.lines().stream().filter(x -> x.status() == LineStatus.REJECTED)
        .map(x -> x.goal().toString()).toList();
    List<String> notes = new ArrayList<>();
    if (!rejected.isEmpty()) {
      notes.add(t(l, "rejected", list(rejected, l)));
    }
    for (GoalLine line : a.lines()) {
      if (line.evidenceVanished()) {
        notes.add(t(l, "vanished", line.goal().toString()));
      }
    }
    if (!notes.isEmpty()) {
      out.add(new Block("", notes, false));
    }
    if (!a.goldenThread().plansConsidered().isEmpty()) {
      List<String> thread = new ArrayList<>();
      for (PlanFollowUp f : a.goldenThread().followUps()) {
        StringBuilder sb = new StringBuilder(t(l, "thread.line", kindLabel(f, l), f.title(), f.planTitle()));
        List<String> reasons = new ArrayList<>();
        for (FollowUpReason r : f.reasons()) {
          reasons.add(t(l, "reason." + r.kind().name(), r.detail()));
        }
        sb.append(" (").append(String.join("; ", reasons)).append(")");
        thread.add(sb.toString());
      }
      if (a.goldenThread().touchesChosenGoalsWithoutFollowUp()) {
        thread.add(t(l, "thread.none", list(a.goldenThread().chosenGoalsTouched().stream().map(GoalCode::toString)
            .toList(), l)));
      } else if (thread.isEmpty()) {
        thread.add(t(l, "thread.nothing"));
      }
      out.add(new Block(t(l, "thread.heading"), thread, !a.goldenThread().followUps().isEmpty()));
    }
    out.add(new Block("", List.of(t(l, "footer", a.catalogueEdition())), false));
    return out;
  }

  private static String kindLabel(PlanFollowUp f, Language l) {
    String label = f.kind().label(l);
    return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }

  private String goalTitle(GoalCode g, Language l) {
    return t(l, "goal", g.toString(), goal(g, l));
  }

  private String goal(GoalCode g, Language l) {
    return catalogue.findGoal(g).map(x -> x.titleText().text(l)).orElse(g.toString());
  }

  private String targetList(List<TargetCode> targets, Language l) {
    return list(targets.stream().map(TargetCode::toString).toList(), l);
  }

  private static String list(List<String> items, Language l) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + t(l, "and") + " "
        + items.get(items.size() - 1);
  }

  private static String t(Language l, String key, Object... args) {
    return Messages.text(l, key, args);
  }

  private static String text(String heading, List<Block> blocks) {
    StringBuilder sb = new StringBuilder(heading).append('\n');
    for (Block b : blocks) {
      sb.append('\n');
      if (!b.heading().isEmpty()) {
        sb.append(b.heading()).append('\n');
      }
      for (String item : b.items()) {
        sb.append(b.bullets() ? "- " : "").append(item).append('\n');
      }
    }
    return sb.toString();
  }

  private static String markdown(String heading, List<Block> blocks) {
    StringBuilder sb = new StringBuilder("## ").append(md(heading)).append('\n');
    for (Block b : blocks) {
      sb.append('\n');
      if (!b.heading().isEmpty()) {
        sb.append(md(b.heading())).append("\n\n");
      }
      for (String item : b.items()) {
        sb.append(b.bullets() ? "- " : "").append(md(item)).append(b.bullets() ? "\n" : "\n\n");
      }
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static String md(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String html(String heading, List<Block> blocks, Language l) {
    Element section = new Element("section").addClass("baerekraftsvurdering").attr("lang", l.tag());
    section.appendElement("h2").text(heading);
    for (Block b : blocks) {
      if (!b.heading().isEmpty()) {
        section.appendElement("p").text(b.heading());
      }
      if (b.bullets()) {
        Element ul = section.appendElement("ul");
        b.items().forEach(i -> ul.appendElement("li").text(i));
      } else {
        b.items().forEach(i -> section.appendElement("p").text(i));
      }
    }
    return section.outerHtml() + "\n";
  }
}
