package io.github.livskraft.sdg.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A small ranked full-text index over documents identified by an int. Every query word must match a word of the
 * document (AND): an exact word scores highest, then a word that starts with the query word ("klima" →
 * "klimaendringene"), then — for query words of three letters or more — a word that contains it
 * ("endring" → "klimaendringene", for Norwegian compounds). A phrase match and short documents score extra.
 * Immutable and thread-safe once built.
 */
public final class SearchIndex {
  /** Score of an exact word match. */
  static final double EXACT = 3.0;
  /** Score of a prefix match. */
  static final double PREFIX = 2.0;
  /** Score of an infix (compound) match. */
  static final double INFIX = 1.0;
  /** Extra score when the whole folded query occurs in the folded document. */
  static final double PHRASE = 2.0;

  private final int[] ids;
  private final String[] folded;
  private final String[][] words;

  private SearchIndex(List<Integer> ids, List<String> texts) {
    int n = ids.size();
    this.ids = new int[n];
    this.folded = new String[n];
    this.words = new String[n][];
    for (int i = 0; i < n; i++) {
      this.ids[i] = ids.get(i);
      this.folded[i] = " " + String.join(" ", TextFolding.words(texts.get(i))) + " ";
      this.words[i] = TextFolding.words(texts.get(i)).toArray(String[]::new);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A hit.
   *
   * @param id the document id
   * @param score the score (higher is better)
   */
  public record Hit(int id, double score) {}

  /**
   * Searches.
   *
   * @param query the query text (folded here)
   * @return the hits, best first; ties keep insertion order; empty for a query without words
   */
  public List<Hit> search(String query) {
    List<String> q = TextFolding.words(query);
    List<Hit> hits = new ArrayList<>();
    if (q.isEmpty()) {
      return hits;
    }
    String phrase = " " + String.join(" ", q);
    for (int d = 0; d < ids.length; d++) {
      double total = 0;
      boolean all = true;
      for (String qw : q) {
        double best = 0;
        for (String w : words[d]) {
          double s = w.equals(qw) ? EXACT
              : w.startsWith(qw) ? PREFIX
              : qw.length() >= 3 && w.contains(qw) ? INFIX : 0;
          if (s > best) {
            best = s;
            if (best == EXACT) {
              break;
            }
          }
        }
        if (best == 0) {
          all = false;
          break;
        }
        total += best;
      }
      if (all) {
        if (q.size() > 1 && folded[d].contains(phrase)) {
          total += PHRASE;
        }
        // shorter texts are more specific: up to +1 for a one-word text
        total += 1.0 / Math.max(1, words[d].length) ;
        hits.add(new Hit(ids[d], total));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return hits;
  }

  /** Collects documents. Not thread-safe. */
  public static final class Builder {
    private final List<Integer> ids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a document.
     *
     * @param id its id
     * @param text its text
     * @return this builder
     */
    public Builder add(int id, String text) {
      ids.add(id);
      texts.add(text);
      return this;
    }

    /** The immutable index. */
    public SearchIndex build() {
      return new SearchIndex(ids, texts);
    }
  }
}
