package io.github.livskraft.spark.internal;

import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.tagger.ExplicitReferenceFinder;
import io.github.livskraft.tagger.SdgReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit references behind {@code sdg_references}, found by the tagger's shared detector
 * ({@link ExplicitReferenceFinder}): "bærekraftsmål nr. 5", "berekraftsmål 4 og 11", "FNs bærekraftsmål 3, 5 og
 * 11", "delmål 16.7", "SDG 3", "SDG 11.6", "Sustainable Development Goal 13". Goals are 1–17 and targets must exist
 * in the catalogue; after "delmål" or "target" only a target code counts ("delmål 3" is usually a plan's own
 * sub-goal). Stateless and thread-safe.
 */
public final class ExplicitReferences {
  /**
   * One reference.
   *
   * @param code the goal ("5") or target ("16.7") code
   * @param target whether it is a target
   * @param goal the goal number
   * @param start the first character (UTF-16 index) of the code in the text
   * @param end one past the last character of the code
   * @param text the reference as written ("FNs bærekraftsmål 3"; for the later numbers of a list, the number)
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
    List<SdgReference> found = ExplicitReferenceFinder.create(catalogue).find(text);
    List<Reference> out = new ArrayList<>(found.size());
    for (SdgReference r : found) {
      out.add(new Reference(r.code(), r.isTarget(), r.goal().number(), r.codeStart(), r.codeEnd(), r.text()));
    }
    return out;
  }
}
