package io.github.livskraft.casework.internal;

import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.ExplicitReference;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit references to SDG goals and targets, exactly, in bokmål, nynorsk and English: "bærekraftsmål nr.
 * 5", "FNs bærekraftsmål 13", "bærekraftsmål 3, 4 og 11", "delmål 16.7", "mål 11.2", "SDG 3", "berekraftsmål 4",
 * "Sustainable Development Goal 7", "target 11.6". A bare "mål 3" is not a reference (municipal plans number their
 * own goals); a target must exist in the catalogue.
 */
public final class ReferenceFinder {
  private static final String GOAL_WORDS = "(?:FNs\\s+|FN\\s+sine\\s+|FN\\s+sitt\\s+|UN\\s+|the\\s+)?"
      + "(?:bærekraftsmål(?:et|ene)?|berekraftsmål(?:et|a)?|bærekraftmål(?:et|ene)?|berekraftmål(?:et|a)?"
      + "|sustainable\\s+development\\s+goals?|SDGs?|verdensmål(?:et|ene)?)";
  private static final String NUMBER_WORD = "(?:\\s*(?:nr\\.?|nummer|no\\.?|number|#))?\\s*";
  private static final Pattern TARGET = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:" + GOAL_WORDS
      + "(?:\\s+(?:delmål|target))?)|delmål(?:et)?|target|mål(?:et)?|goal)" + NUMBER_WORD
      + "(\\d{1,2})\\.(\\d{1,2}|[a-d])(?![\\p{L}\\p{N}]|\\.\\d)");
  private static final Pattern GOAL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + GOAL_WORDS + NUMBER_WORD
      + "(\\d{1,2})(?![\\p{N}]|[.,]\\d|\\.[a-d](?![\\p{L}]))");
  private static final Pattern MORE = Pattern.compile("(?iu)\\G\\s*(?:,|og|and|&|/|samt)\\s*(?:nr\\.?\\s*)?"
      + "(\\d{1,2})(?![\\p{N}]|[.,]\\d|\\.[a-d](?![\\p{L}]))");

  private ReferenceFinder() {}

  /**
   * Finds the explicit references in a case, in text order.
   *
   * @param doc the case
   * @param catalogue the catalogue targets are checked against
   * @return the references
   */
  public static List<ExplicitReference> find(CaseDocument doc, SdgCatalogue catalogue) {
    String text = doc.text();
    List<ExplicitReference> refs = new ArrayList<>();
    // Every reference contains one of a few keywords: find those cheaply, then run the full patterns only in
    // windows around them (the patterns see outside a window through transparent bounds).
    List<int[]> windows = windows(text);
    Matcher t = TARGET.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher m = GOAL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int[] w : windows) {
      scan(doc, catalogue, refs, t.region(w[0], w[1]), m, w);
    }
    refs.sort(Comparator.comparingInt(ExplicitReference::start));
    List<ExplicitReference> unique = new ArrayList<>();
    for (ExplicitReference r : refs) {
      if (unique.isEmpty() || unique.get(unique.size() - 1).start() != r.start()) {
        unique.add(r);
      }
    }
    return unique;
  }

  private static final String[] KEYWORDS = {"mål", "sdg", "goal", "target"};

  private static List<int[]> windows(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() != text.length()) {
      return List.of(new int[] {0, text.length()});
    }
    List<int[]> out = new ArrayList<>();
    List<Integer> hits = new ArrayList<>();
    for (String k : KEYWORDS) {
      for (int i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) {
        hits.add(i);
      }
    }
    hits.sort(null);
    for (int h : hits) {
      int from = Math.max(0, h - 40);
      int to = Math.min(text.length(), h + 120);
      if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], to);
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  private static void scan(CaseDocument doc, SdgCatalogue catalogue, List<ExplicitReference> refs, Matcher t,
      Matcher m, int[] w) {
    String text = doc.text();
    while (t.find()) {
      int g = Integer.parseInt(t.group(1));
      if (g < GoalCode.MIN || g > GoalCode.MAX) {
        continue;
      }
      Optional<TargetCode> code = parseTarget(t.group(1) + "." + t.group(2))
          .flatMap(c -> catalogue.findTarget(c).map(x -> c));
      code.ifPresent(c -> refs.add(new ExplicitReference(c.goal(), Optional.of(c), t.start(), t.end(), t.group(),
          doc.partAt(t.start()))));
    }
    m.region(w[0], w[1]);
    while (m.find()) {
      if (overlaps(refs, m.start(), m.end())) {
        continue;
      }
      addGoal(doc, refs, m.group(1), m.start(), m.end(), m.group());
      Matcher more = MORE.matcher(text);
      int pos = m.end();
      while (more.find(pos) && more.start() == pos) {
        addGoal(doc, refs, more.group(1), more.start(1), more.end(1), more.group(1));
        pos = more.end();
        m.region(Math.min(pos, w[1]), w[1]);
      }
    }
  }

  private static void addGoal(CaseDocument doc, List<ExplicitReference> refs, String number, int start, int end,
      String text) {
    int g = Integer.parseInt(number);
    if (g >= GoalCode.MIN && g <= GoalCode.MAX) {
      refs.add(new ExplicitReference(GoalCode.of(g), Optional.empty(), start, end, text, doc.partAt(start)));
    }
  }

  private static Optional<TargetCode> parseTarget(String s) {
    try {
      return Optional.of(TargetCode.parse(s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean overlaps(List<ExplicitReference> refs, int start, int end) {
    for (ExplicitReference r : refs) {
      if (start < r.end() && r.start() < end) {
        return true;
      }
    }
    return false;
  }
}
