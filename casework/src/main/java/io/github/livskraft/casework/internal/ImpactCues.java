package io.github.livskraft.casework.internal;

import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.Evidence;
import io.github.livskraft.casework.Impact;
import io.github.livskraft.casework.ImpactSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the direction of a case's effect on a goal from cue phrases (bokmål, nynorsk, English) in the sentences
 * that hold the goal's evidence. Positive cues alone: positive; negative alone: negative; both: mixed; none:
 * unclear. A negated cue ("ikke negativ") is not counted. The word lists are data, kept short and general (effect
 * verbs and adjectives from saksframlegg language), not fitted to individual cases.
 */
public final class ImpactCues {
  private static final Pattern POSITIVE = Pattern.compile("(?<![\\p{L}])(?:bidra(?:r)? til|bidreg til"
      + "|styrke[rs]?|styrkje[rs]?|styrking|forbedre[rs]?|forbetre|betre|bedre|fremme[rs]?|fremje[rs]?|sikre[rs]?"
      + "|redusere[rs]? (?:utslipp|utslepp|klimagassutslipp|klimagassutslepp|energibruk|avfall|forbruk)"
      + "|kutte[rs]? (?:utslipp|utslepp)|mindre utslipp|mindre utslepp|lavere utslipp|lågare utslepp|positiv[et]?"
      + "|gevinst(?:er|ar)?|forebygge[rs]?|førebyggje[rs]?|øke[rs]? (?:andelen|tilgjengeligheten|kvaliteten)"
      + "|auke[rs]? (?:delen|tilgjenget|kvaliteten)|universell utforming|improve[sd]?|strengthen(?:s|ed)?"
      + "|reduce[sd]? emissions|promote[sd]?|benefit(?:s|ed)?|enhance[sd]?)(?![\\p{L}])");
  private static final Pattern NEGATIVE = Pattern.compile("(?<![\\p{L}])(?:økte? utslipp|øke[rs]? utslipp"
      + "|auka? utslepp|auke[rs]? utslepp|økt trafikk|auka trafikk|nedbygging|nedbygd|bygge ned|byggje ned"
      + "|tap av|forringe[rs]?|forringelse|svekke[rs]?|svekkje[rs]?|svekking|negativ[et]?|kutt i|nedlegging"
      + "|nedlegging(?:en)?|legge[rs]? ned|leggje[rs]? ned|redusert (?:tilbud|tilbod)|omdisponer(?:e|ing)"
      + "|increase[sd]? emissions|loss of|weaken(?:s|ed)?|harm(?:s|ed|ful)?|cuts to|closure)(?![\\p{L}])");
  private static final Pattern NEGATION = Pattern.compile("(?:ikke|ikkje|ingen|not|no)\\s+(?:\\p{L}+\\s+)?$");

  private ImpactCues() {}

  /**
   * The suggestion for a goal from the sentences around its evidence.
   *
   * @param doc the case
   * @param evidence the goal's evidence spans
   * @return the suggestion with its cue spans
   */
  public static ImpactSuggestion suggest(CaseDocument doc, List<Evidence> evidence) {
    String lower = doc.text().toLowerCase(java.util.Locale.ROOT);
    return suggest(doc, lower.length() == doc.text().length() ? lower : doc.text(), evidence);
  }

  /**
   * As {@link #suggest(CaseDocument, List)}, with the text already lower-cased (same length) by the caller, so that
   * the cue patterns can run without case folding.
   *
   * @param doc the case
   * @param lower {@code doc.text().toLowerCase(Locale.ROOT)}
   * @param evidence the goal's evidence spans
   * @return the suggestion with its cue spans
   */
  public static ImpactSuggestion suggest(CaseDocument doc, String lower, List<Evidence> evidence) {
    String text = doc.text();
    List<int[]> sentences = new ArrayList<>();
    for (Evidence e : evidence) {
      int s = sentenceStart(text, e.start());
      int en = sentenceEnd(text, e.end());
      boolean dup = false;
      for (int[] x : sentences) {
        dup |= x[0] == s && x[1] == en;
      }
      if (!dup) {
        sentences.add(new int[] {s, en});
      }
    }
    List<Evidence> cues = new ArrayList<>();
    boolean pos = false;
    boolean neg = false;
    for (int[] s : sentences) {
      pos |= collect(doc, lower, POSITIVE, s, "cue:positive", cues);
      neg |= collect(doc, lower, NEGATIVE, s, "cue:negative", cues);
    }
    Impact impact = pos && neg ? Impact.MIXED : pos ? Impact.POSITIVE : neg ? Impact.NEGATIVE : Impact.UNCLEAR;
    return new ImpactSuggestion(impact, cues);
  }

  private static boolean collect(CaseDocument doc, String lower, Pattern p, int[] range, String source,
      List<Evidence> out) {
    String text = doc.text();
    Matcher m = p.matcher(lower);
    m.region(range[0], range[1]);
    boolean any = false;
    while (m.find()) {
      String before = lower.substring(Math.max(range[0], m.start() - 20), m.start());
      if (NEGATION.matcher(before).find()) {
        continue;
      }
      out.add(new Evidence(m.start(), m.end(), text.substring(m.start(), m.end()), doc.partAt(m.start()), source));
      any = true;
    }
    return any;
  }

  private static int sentenceStart(String text, int pos) {
    for (int i = Math.min(pos, text.length()) - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (c == ' ' && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '!'
          || text.charAt(i - 1) == '?'))) {
        return i + 1;
      }
      if (pos - i > 400) {
        return i;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int pos) {
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
          || Character.isWhitespace(text.charAt(i + 1))))) {
        return i;
      }
      if (i - pos > 400) {
        return i;
      }
    }
    return text.length();
  }
}
