package io.github.livskraft.plan.tagging.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The term occurrences of one text, for evaluating rule expressions. One per text; not shared. */
public final class MatchContext {
  private final Tokens tokens;
  private final int[][] occurrences;
  private final int[] counts;
  private final List<Hit>[] cache;
  int[] seen = new int[32];
  int seenCount;

  @SuppressWarnings("unchecked")
  MatchContext(Tokens tokens, int termCount) {
    this.tokens = tokens;
    this.occurrences = new int[termCount][];
    this.counts = new int[termCount];
    this.cache = new List[termCount];
  }

  void add(int termId, int token) {
    int n = counts[termId];
    int[] occ = occurrences[termId];
    if (occ == null) {
      occ = new int[4];
      occurrences[termId] = occ;
      if (seenCount == seen.length) {
        seen = Arrays.copyOf(seen, seenCount * 2);
      }
      seen[seenCount++] = termId;
    } else if (occ[n - 1] == token) {
      return;
    } else if (n == occ.length) {
      occ = Arrays.copyOf(occ, n * 2);
      occurrences[termId] = occ;
    }
    occ[n] = token;
    counts[termId] = n + 1;
  }

  boolean occurs(int termId) {
    return counts[termId] > 0;
  }

  /** The spans where a term occurs, in text order. */
  List<Hit> hits(int termId) {
    List<Hit> h = cache[termId];
    if (h == null) {
      int n = counts[termId];
      if (n == 0) {
        h = List.of();
      } else {
        int[] occ = occurrences[termId];
        List<Hit> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          int i = occ[k];
          list.add(new Hit(tokens.posStart[i], tokens.posEnd[i], tokens.start[i], tokens.end[i]));
        }
        h = list;
      }
      cache[termId] = h;
    }
    return h;
  }

  /** A span of the term starting at word position {@code pos}, or {@code null}. */
  Hit hitAt(int termId, int pos) {
    List<Hit> h = hits(termId);
    int lo = 0;
    int hi = h.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int p = h.get(mid).posStart();
      if (p < pos) {
        lo = mid + 1;
      } else if (p > pos) {
        hi = mid - 1;
      } else {
        while (mid > 0 && h.get(mid - 1).posStart() == pos) {
          mid--;
        }
        // prefer a single-word token over a joined compound at the same position
        Hit best = h.get(mid);
        for (int k = mid; k < h.size() && h.get(k).posStart() == pos; k++) {
          if (h.get(k).posEnd() < best.posEnd()) {
            best = h.get(k);
          }
        }
        return best;
      }
    }
    return null;
  }
}
