package io.github.livskraft.casework.internal;

import io.github.livskraft.casework.FollowUpReason;
import io.github.livskraft.casework.GoldenThread;
import io.github.livskraft.casework.PlanFollowUp;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.SdgLink;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks the plan elements a case follows up: explicit mention of the element id or title (10), each shared SDG
 * target (3), each shared goal without a shared target (1), distinctive shared terms (0.5 each, at most 3). An
 * element is listed when it is mentioned, shares a target, shares a goal and at least one term, or shares four or
 * more terms.
 */
public final class GoldenThreadRanker {
  private static final Set<ElementKind> KINDS = Set.of(ElementKind.FOCUS_AREA, ElementKind.MAIN_GOAL,
      ElementKind.SUB_GOAL, ElementKind.GOAL, ElementKind.STRATEGY, ElementKind.MEASURE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*");
  private static final int PREFIX = 7;
  /** Common long words of plan and case language that say nothing about the topic. */
  private static final Set<String> STOP = Set.of("kommunen", "kommune", "kommunens", "kongsberg", "gjennom",
      "arbeide", "arbeidet", "utvikling", "utviklinga", "utviklingen", "innbyggere", "innbyggarar", "innbyggerne",
      "følgende", "forhold", "mellom", "skal", "andre", "bidra", "bidrag", "sammen", "saman", "planen", "plan",
      "tiltak", "tiltaket", "strategi", "strategien", "regionen", "region", "kommunene", "kommunane", "ønsker",
      "ønskjer", "innenfor", "innanfor", "knyttet", "knytt", "spesielt", "særleg", "særlig", "viktig", "viktige",
      "bærekraftig", "berekraftig", "livskraft", "kobling", "livskraft-kobling");

  /** What is computed once per plan element: lower-cased id and title, its SDG codes and distinctive terms. */
  private record Entry(Plan plan, PlanElement element, String id, String title, Set<TargetCode> targets,
      Set<GoalCode> goals, Map<String, String> terms, Optional<String> focusArea) {}

  private final List<Entry> entries;
  private final List<String> planIds;
  private final Set<GoalCode> chosen;

  private GoldenThreadRanker(List<Entry> entries, List<String> planIds, Set<GoalCode> chosen) {
    this.entries = entries;
    this.planIds = planIds;
    this.chosen = chosen;
  }

  /**
   * Prepares the plans once (ids, titles, SDG codes and terms of every element).
   *
   * @param plans the municipality's plans
   * @return the ranker
   */
  public static GoldenThreadRanker of(List<Plan> plans) {
    List<Entry> entries = new ArrayList<>();
    Set<GoalCode> chosen = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    for (Plan plan : plans) {
      ids.add(plan.id());
      chosen.addAll(plan.priorityGoals());
      plan.sdgLinks().forEach(l -> chosen.add(l.goal()));
      Map<String, PlanElement> byId = new HashMap<>();
      plan.elements().forEach(e -> byId.put(e.id(), e));
      for (PlanElement e : plan.elements()) {
        if (e.kind() == ElementKind.FOCUS_AREA) {
          e.sdgLinks().forEach(l -> chosen.add(l.goal()));
        }
        if (!KINDS.contains(e.kind())) {
          continue;
        }
        Set<TargetCode> targets = new TreeSet<>();
        Set<GoalCode> goals = new TreeSet<>();
        for (SdgLink l : e.sdgLinks()) {
          l.target().ifPresent(targets::add);
          goals.add(l.goal());
        }
        Map<String, String> terms = new java.util.LinkedHashMap<>();
        Matcher w = WORD.matcher(normalise(e.title() + " " + e.description().orElse("")));
        while (w.find()) {
          String word = w.group();
          if (word.length() >= 6 && !STOP.contains(word)) {
            terms.putIfAbsent(word, prefix(word));
          }
        }
        entries.add(new Entry(plan, e, e.id().toLowerCase(Locale.ROOT), normalise(e.title()), targets, goals,
            terms, focusArea(e, byId)));
      }
    }
    return new GoldenThreadRanker(List.copyOf(entries), List.copyOf(ids), Set.copyOf(chosen));
  }

  /**
   * Ranks the follow-ups.
   *
   * @param text the case text
   * @param caseGoals the goals of the case's lines that are not rejected
   * @param caseTargets the targets of those lines
   * @param limit the most elements to list
   * @return the golden thread
   */
  public GoldenThread rank(String text, Set<GoalCode> caseGoals, Set<TargetCode> caseTargets, int limit) {
    if (planIds.isEmpty()) {
      return GoldenThread.none();
    }
    String lower = normalise(text);
    Set<String> caseTerms = prefixes(lower);
    List<PlanFollowUp> out = new ArrayList<>();
    for (Entry en : entries) {
      PlanElement e = en.element();
      List<FollowUpReason> reasons = new ArrayList<>();
      double score = 0;
      if (en.id().length() >= 4 && containsToken(lower, en.id())) {
        reasons.add(new FollowUpReason(FollowUpReason.Kind.MENTIONS_ID, e.id()));
        score += 10;
      } else if (en.title().length() >= 15 && lower.contains(en.title())) {
        reasons.add(new FollowUpReason(FollowUpReason.Kind.MENTIONS_TITLE, e.title()));
        score += 10;
      }
      Set<TargetCode> targets = new TreeSet<>(en.targets());
      targets.retainAll(caseTargets);
      Set<GoalCode> sharedGoals = new TreeSet<>(en.goals());
      sharedGoals.retainAll(caseGoals);
      targets.forEach(t -> sharedGoals.remove(t.goal()));
      if (!targets.isEmpty()) {
        reasons.add(new FollowUpReason(FollowUpReason.Kind.SHARED_TARGETS, join(targets)));
        score += 3.0 * targets.size();
      }
      if (!sharedGoals.isEmpty()) {
        reasons.add(new FollowUpReason(FollowUpReason.Kind.SHARED_GOALS, join(sharedGoals)));
        score += sharedGoals.size();
      }
      List<String> shared = new ArrayList<>();
      en.terms().forEach((word, pre) -> {
        if (caseTerms.contains(pre)) {
          shared.add(word);
        }
      });
      if (!shared.isEmpty()) {
        reasons.add(new FollowUpReason(FollowUpReason.Kind.SHARED_TERMS, String.join(", ",
            shared.stream().limit(6).toList())));
        score += Math.min(3.0, 0.5 * shared.size());
      }
      boolean mentioned = score >= 10;
      boolean listed = mentioned || !targets.isEmpty() || (!sharedGoals.isEmpty() && !shared.isEmpty())
          || shared.size() >= 4;
      if (listed) {
        out.add(new PlanFollowUp(en.plan().id(), en.plan().title(), e.id(), e.kind(), e.title(), en.focusArea(),
            Math.round(score * 100) / 100.0, reasons));
      }
    }
    out.sort(Comparator.comparingDouble(PlanFollowUp::score).reversed().thenComparing(PlanFollowUp::planId)
        .thenComparing(PlanFollowUp::elementId));
    Set<GoalCode> touched = new TreeSet<>(chosen);
    touched.retainAll(caseGoals);
    return new GoldenThread(planIds, out.subList(0, Math.min(limit, out.size())), List.copyOf(touched));
  }

  private static boolean containsToken(String text, String token) {
    for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
      int end = i + token.length();
      boolean before = i == 0 || !isIdChar(text.charAt(i - 1));
      boolean after = end == text.length() || !isIdChar(text.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private static Optional<String> focusArea(PlanElement e, Map<String, PlanElement> byId) {
    PlanElement cur = e;
    Set<String> seen = new HashSet<>();
    while (cur != null && seen.add(cur.id())) {
      if (cur.kind() == ElementKind.FOCUS_AREA) {
        return Optional.of(cur.title());
      }
      cur = cur.parent().map(byId::get).orElse(null);
    }
    return Optional.empty();
  }

  private static String join(Set<?> codes) {
    return String.join(", ", codes.stream().map(Object::toString).toList());
  }

  private static final Pattern SPACE = Pattern.compile("[\\s\u00A0]+");

  private static String normalise(String s) {
    return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").replace('–', '-');
  }

  private static Set<String> prefixes(String lower) {
    Set<String> out = new HashSet<>();
    Matcher w = WORD.matcher(lower);
    while (w.find()) {
      if (w.group().length() >= 6) {
        out.add(prefix(w.group()));
      }
    }
    return out;
  }

  private static String prefix(String word) {
    return word.length() <= PREFIX ? word : word.substring(0, PREFIX);
  }
}
