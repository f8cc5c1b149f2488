package io.github.livskraft.spark.internal;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit references to SDGs in text: "bærekraftsmål nr. 5", "berekraftsmål 4 og 11", "FNs
 * bærekraftsmål 3, 5 og 11", "delmål 16.7", "SDG 3", "SDG 11.6", "Sustainable Development Goal 13". A number after
 * a goal word is a goal (1–17) or, with a dot, a target that exists in the catalogue; after "delmål" or "target"
 * only a target code counts ("delmål 3" is usually a plan's own sub-goal). Codes that do not exist (mål 18, delmål
 * 3.15) are not references. Stateless and thread-safe.
 */
public final class ExplicitReferences {
  private static final String NUM = "(\\d{1,2}(?:\\.(?:\\d{1,2}|[a-e](?!\\p{L})))?)(?!\\d|\\.\\d)";
  private static final String GOAL_WORD = "(?:fns\\s+)?(?:bærekraftsmål|bærekraftmål|berekraftsmål|berekraftmål"
      + "|sdg-mål)(?:ene|et|a|en)?|sdgs?|sustainable\\s+development\\s+goals?|globale?\\s+mål";
  private static final String TARGET_WORD = "delmål(?:ene|et|a)?|targets?";
  private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\d])(?:(" + GOAL_WORD + ")|(" + TARGET_WORD
      + "))\\s*(?:nr\\.?|nummer|no\\.|number)?\\s*" + NUM + "((?:\\s*(?:,|og|and|&|samt)\\s*(?:nr\\.?\\s*)?"
      + "\\d{1,2}(?:\\.(?:\\d{1,2}|[a-e](?!\\p{L})))?(?!\\d|\\.\\d))*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LIST_ITEM = Pattern.compile(NUM);

  /**
   * One reference.
   *
   * @param code the goal ("5") or target ("16.7") code
   * @param target whether it is a target
   * @param goal the goal number
   * @param start the first character (UTF-16 index) of the code in the text
   * @param end one past the last character of the code
   * @param text the whole phrase the code was found in
   */
  public record Reference(String code, boolean target, int goal, int start, int end, String text) {}

  private ExplicitReferences() {}

  /**
   * Finds the references, in text order.
   *
   * @param text the text
   * @param catalogue the catalogue that decides which target codes exist
   * @return the references
   */
  public static List<Reference> find(CharSequence text, SdgCatalogue catalogue) {
    List<Reference> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      boolean targetWord = m.group(2) != null;
      String phrase = m.group();
      add(out, catalogue, targetWord, m.group(3), m.start(3), phrase);
      String rest = m.group(4);
      if (!rest.isEmpty()) {
        Matcher item = LIST_ITEM.matcher(rest);
        while (item.find()) {
          add(out, catalogue, targetWord, item.group(1), m.start(4) + item.start(1), phrase);
        }
      }
    }
    return out;
  }

  private static void add(List<Reference> out, SdgCatalogue catalogue, boolean targetWord, String code, int start,
      String phrase) {
    int dot = code.indexOf('.');
    if (dot < 0) {
      if (targetWord) {
        return;
      }
      int n = Integer.parseInt(code);
      if (n >= GoalCode.MIN && n <= GoalCode.MAX) {
        out.add(new Reference(Integer.toString(n), false, n, start, start + code.length(), phrase));
      }
      return;
    }
    TargetCode t;
    try {
      t = TargetCode.parse(code.toLowerCase(java.util.Locale.ROOT));
    } catch (io.github.livskraft.sdg.InvalidCodeException e) {
      return; // not a target code (e.g. 18.1): not a reference
    }
    if (catalogue.findTarget(t).isPresent()) {
      out.add(new Reference(t.toString(), true, t.goal().number(), start, start + code.length(), phrase));
    }
  }
}
