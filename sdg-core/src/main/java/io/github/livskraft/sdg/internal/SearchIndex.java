package io.github.livskraft.sdg.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A small ranked full-text index over documents identified by an int. Every query word must match a word of the
 * document (AND): an exact word scores highest, then a word that starts with the query word ("klima" →
 * "klimaendringene"), then — for query words of three letters or more — a word that contains it
 * ("endring" → "klimaendringene", for Norwegian compounds). A phrase match and short texts score extra. A
 * document may have several texts (e.g. a title and a short name); it scores as its best text, plus a fixed
 * boost per document (e.g. to put goals before indicators when the words match equally well).
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
  private final double[] boosts;
  private final String[][] folded;
  private final String[][][] words;

  private SearchIndex(Builder b) {
    int n = b.ids.size();
    this.ids = new int[n];
    this.boosts = new double[n];
    this.folded = new String[n][];
    this.words = new String[n][][];
    for (int i = 0; i < n; i++) {
      this.ids[i] = b.ids.get(i);
      this.boosts[i] = b.boosts.get(i);
      List<String> texts = b.texts.get(i);
      this.folded[i] = new String[texts.size()];
      this.words[i] = new String[texts.size()][];
      for (int f = 0; f < texts.size(); f++) {
        List<String> w = TextFolding.words(texts.get(f));
        this.folded[i][f] = " " + String.join(" ", w) + " ";
        this.words[i][f] = w.toArray(String[]::new);
      }
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
    String phrase = " " + String.join(" ", q) + " ";
    for (int d = 0; d < ids.length; d++) {
      double best = 0;
      for (int f = 0; f < words[d].length; f++) {
        best = Math.max(best, score(q, phrase, folded[d][f], words[d][f]));
      }
      if (best > 0) {
        hits.add(new Hit(ids[d], best + boosts[d]));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return hits;
  }

  /** The score of one text: 0 if a query word does not match. */
  private static double score(List<String> q, String phrase, String foldedText, String[] textWords) {
    for (String qw : q) {
      if (!foldedText.contains(qw)) {
        return 0; // every kind of match needs the query word somewhere in the text: a cheap first filter
      }
    }
    double total = 0;
    for (String qw : q) {
      double best = 0;
      for (String w : textWords) {
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
        return 0;
      }
      total += best;
    }
    if (q.size() > 1 && foldedText.contains(phrase)) {
      total += PHRASE;
    }
    // shorter texts are more specific: up to +1 for a one-word text
    return total + 1.0 / Math.max(1, textWords.length);
  }

  /** Collects documents. Not thread-safe. */
  public static final class Builder {
    private final List<Integer> ids = new ArrayList<>();
    private final List<Double> boosts = new ArrayList<>();
    private final List<List<String>> texts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a document.
     *
     * @param id its id
     * @param text its text
     * @return this builder
     */
    public Builder add(int id, String text) {
      return add(id, List.of(text), 0);
    }

    /**
     * Adds a document with several texts and a boost.
     *
     * @param id its id
     * @param texts its texts (the best-matching one counts)
     * @param boost added to the score of a matching document
     * @return this builder
     */
    public Builder add(int id, List<String> texts, double boost) {
      ids.add(id);
      this.texts.add(List.copyOf(texts));
      boosts.add(boost);
      return this;
    }

    /** The immutable index. */
    public SearchIndex build() {
      return new SearchIndex(this);
    }
  }
}
