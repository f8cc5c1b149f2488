package io.github.livskraft.plan.coverage;

import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SDG coverage of a plan or chain: all 17 goals with depth and the elements addressing them, and the gaps
 * against the priority set. Immutable; serialise it with Jackson (register
 * {@link io.github.livskraft.plan.io.PlanModelModule}) or render it with {@link #toText(Language)} and
 * {@link #toCsv()}.
 *
 * @param planIds the plans analysed
 * @param elementCount the number of elements in them
 * @param linkedElementCount the number of elements with at least one SDG link
 * @param priorityGoals the priority set the gaps are measured against
 * @param goals coverage of each of the 17 goals, in order
 * @param gaps priority goals not followed up to data, weakest first
 */
public record CoverageReport(List<String> planIds, int elementCount, int linkedElementCount,
    List<GoalCode> priorityGoals, List<GoalCoverage> goals, List<PriorityGap> gaps) {

  /** Copies the lists. */
  public CoverageReport {
    planIds = List.copyOf(planIds);
    priorityGoals = List.copyOf(priorityGoals);
    goals = List.copyOf(goals);
    gaps = List.copyOf(gaps);
  }

  /**
   * The coverage of a goal.
   *
   * @param goal the goal
   * @return its coverage
   */
  public GoalCoverage goal(GoalCode goal) {
    return goals.get(goal.number() - 1);
  }

  /** The goals addressed at all (depth above {@link CoverageDepth#NONE}). */
  public List<GoalCode> addressedGoals() {
    return goals.stream().filter(g -> g.depth() != CoverageDepth.NONE).map(GoalCoverage::goal).toList();
  }

  /**
   * A readable summary with goal names from the default catalogue.
   *
   * @param language bokmål/nynorsk (Norwegian text) or English
   * @return the text, lines separated by {@code \n}
   */
  public String toText(Language language) {
    return toText(language, SdgCatalogue.bundled());
  }

  /**
   * A readable summary.
   *
   * @param language the language
   * @param catalogue where goal names come from
   * @return the text
   */
  public String toText(Language language, SdgCatalogue catalogue) {
    StringBuilder sb = new StringBuilder();
    sb.append(text("heading", language, String.join(", ", planIds))).append('\n')
        .append(text("counts", language, elementCount, linkedElementCount, addressedGoals().size()))
        .append("\n\n");
    sb.append(String.format(java.util.Locale.ROOT, "%-4s %-2s %-42s %-18s %8s  %s%n", text("goal", language), "",
        text("name", language), text("depth", language), text("elements", language), text("targets", language)));
    for (GoalCoverage g : goals) {
      String name = catalogue.findGoal(g.goal()).map(x -> x.shortName(language)).orElse("");
      String targets = g.targets().stream().map(t -> t.target().toString()).collect(Collectors.joining(" "));
      sb.append(String.format(java.util.Locale.ROOT, "%-4s %-2s %-42s %-18s %8d  %s%n", g.goal(),
          g.priority() ? "*" : "", truncate(name, 42), g.depth().label(language),
          g.elementCount(), targets.isEmpty() ? "–" : targets));
    }
    if (!priorityGoals.isEmpty()) {
      sb.append('\n').append(text("priority", language,
          priorityGoals.stream().map(GoalCode::toString).collect(Collectors.joining(", ")))).append('\n');
      if (gaps.isEmpty()) {
        sb.append("  ").append(text("no-gaps", language)).append('\n');
      }
      for (PriorityGap gap : gaps) {
        String name = catalogue.findGoal(gap.goal()).map(x -> x.shortName(language)).orElse("");
        sb.append("  ").append(gap.goal()).append(' ').append(name).append(": ")
            .append(gap.explanation().text(language)).append('\n');
      }
    }
    return sb.toString();
  }

  /** A text of the summary from the plan-model bundle ({@code coverage.text.<key>}). */
  private static String text(String key, Language language, Object... args) {
    return MessageFragment.of(PlanErrorCode.GENERAL, "coverage.text." + key, args).text(language);
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /**
   * One CSV row per link (and one per goal without links), RFC 4180 quoting, header included. Columns:
   * {@code goal,priority,goal_depth,target,plan,element,element_kind,role,provenance,link_depth,title}.
   *
   * Text cells that a spreadsheet would run as a formula ({@code = + - @}, tab, CR first) get a {@code '} prefix
   * (OWASP); {@link #toCsv(boolean) toCsv(false)} writes the raw text for machine pipelines.
   *
   * @return the CSV text, lines separated by {@code \r\n}
   */
  public String toCsv() {
    return toCsv(true);
  }

  /**
   * The CSV of {@link #toCsv()}, with or without the formula guard.
   *
   * @param neutraliseFormulas false only for machine pipelines that never open the file in a spreadsheet
   * @return the CSV text
   */
  public String toCsv(boolean neutraliseFormulas) {
    java.util.function.UnaryOperator<String> csv = s -> SafeText.csvField(s, ',', neutraliseFormulas);
    StringBuilder sb = new StringBuilder(
        "goal,priority,goal_depth,target,plan,element,element_kind,role,provenance,link_depth,title\r\n");
    for (GoalCoverage g : goals) {
      if (g.addressedBy().isEmpty()) {
        sb.append(g.goal()).append(',').append(g.priority()).append(',').append(g.depth())
            .append(",,,,,,,,\r\n");
      }
      for (ElementCoverage e : g.addressedBy()) {
        sb.append(g.goal()).append(',').append(g.priority()).append(',').append(g.depth()).append(',')
            .append(e.target().map(Object::toString).orElse("")).append(',').append(csv.apply(e.planId())).append(',')
            .append(csv.apply(e.elementId().orElse(""))).append(',').append(e.kind().map(Enum::name).orElse(""))
            .append(',').append(e.role()).append(',').append(e.provenance()).append(',').append(e.depth())
            .append(',').append(csv.apply(e.title())).append("\r\n");
      }
    }
    return sb.toString();
  }

  /**
   * The coverage of a target, if any element links it explicitly.
   *
   * @param target the target
   * @return its coverage
   */
  public Optional<TargetCoverage> target(io.github.livskraft.sdg.TargetCode target) {
    return goal(target.goal()).targets().stream().filter(t -> t.target().equals(target)).findFirst();
  }
}
