package io.github.livskraft.tagger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The term occurrences of one text, for evaluating rule expressions. One per text; not shared. Sized by the text,
 * not by the dictionary: term ids map to slots through a small open-addressing table.
 */
public final class MatchContext {
  private final Tokens tokens;
  private int[] keys;
  private int[] slotOf;
  private int mask;
  private int[][] occurrences = new int[16][];
  private int[] counts = new int[16];
  private List<Hit>[] cache;
  /** Term ids seen, in first-seen order; {@code seen[slot]} is the term of a slot. */
  int[] seen = new int[16];
  int seenCount;

  @SuppressWarnings("unchecked")
  MatchContext(Tokens tokens) {
    this.tokens = tokens;
    // a text meets far fewer terms than it has tokens: room for a term in 16 tokens, growing at half load (a slot
    // per token was 256 kB for the 12,285 tokens of the longest seed document)
    int cap = Integer.highestOneBit(Math.max(16, Math.min(tokens.size() / 16, 1 << 16))) * 2;
    keys = new int[cap];
    slotOf = new int[cap];
    mask = cap - 1;
    cache = new List[16];
  }

  private int find(int termId) {
    int i = mix(termId) & mask;
    while (true) {
      int k = keys[i];
      if (k == 0) {
        return -1;
      }
      if (k == termId + 1) {
        return slotOf[i];
      }
      i = (i + 1) & mask;
    }
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @SuppressWarnings("unchecked")
  private int insert(int termId) {
    if (seenCount * 2 >= keys.length) {
      rehash();
    }
    int i = mix(termId) & mask;
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    int slot = seenCount++;
    keys[i] = termId + 1;
    slotOf[i] = slot;
    if (slot == seen.length) {
      int n = slot * 2;
      seen = Arrays.copyOf(seen, n);
      occurrences = Arrays.copyOf(occurrences, n);
      counts = Arrays.copyOf(counts, n);
      cache = Arrays.copyOf(cache, n);
    }
    seen[slot] = termId;
    occurrences[slot] = new int[4];
    return slot;
  }

  private void rehash() {
    int cap = keys.length * 2;
    keys = new int[cap];
    slotOf = new int[cap];
    mask = cap - 1;
    for (int slot = 0; slot < seenCount; slot++) {
      int i = mix(seen[slot]) & mask;
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = seen[slot] + 1;
      slotOf[i] = slot;
    }
  }

  void add(int termId, int token) {
    int slot = find(termId);
    if (slot < 0) {
      slot = insert(termId);
    }
    int n = counts[slot];
    int[] occ = occurrences[slot];
    if (n > 0 && occ[n - 1] == token) {
      return;
    }
    if (n == occ.length) {
      occ = Arrays.copyOf(occ, n * 2);
      occurrences[slot] = occ;
    }
    occ[n] = token;
    counts[slot] = n + 1;
  }

  /** The spans where a term occurs, in text order. */
  List<Hit> hits(int termId) {
    int slot = find(termId);
    if (slot < 0) {
      return List.of();
    }
    List<Hit> h = cache[slot];
    if (h == null) {
      int n = counts[slot];
      int[] occ = occurrences[slot];
      List<Hit> list = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        int i = occ[k];
        list.add(new Hit(tokens.posStart[i], tokens.posEnd[i], tokens.start[i], tokens.end[i]));
      }
      h = list;
      cache[slot] = h;
    }
    return h;
  }
  /**
   * The spans of a phrase: the words of {@code ids} at consecutive word positions, each word after the first taken
   * at the position after the previous word's last position (a single-word token preferred over a joined compound,
   * as the phrase evaluation always did); at most {@code maxHits} spans, in the order of the first word's occurrences. Reads the
   * occurrences directly: no span lists are made for the words after the first.
   */
  List<Hit> phrase(int[] ids, int maxHits) {
    int first = find(ids[0]);
    if (first < 0) {
      return List.of();
    }
    int[] slots = new int[ids.length];
    slots[0] = first;
    for (int k = 1; k < ids.length; k++) {
      int slot = find(ids[k]);
      if (slot < 0) {
        return List.of();
      }
      slots[k] = slot;
    }
    List<Hit> out = new ArrayList<>(2);
    int n = counts[first];
    int[] occ = occurrences[first];
    for (int a = 0; a < n; a++) {
      int start = occ[a];
      int cur = start;
      for (int k = 1; k < slots.length && cur >= 0; k++) {
        cur = tokenAt(slots[k], tokens.posEnd[cur] + 1);
      }
      if (cur >= 0) {
        out.add(new Hit(tokens.posStart[start], tokens.posEnd[cur], tokens.start[start], tokens.end[cur]));
        if (out.size() >= maxHits) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * The token of a term's slot starting at word position {@code pos} (the one ending first when a joined compound
   * and its first part both start there), or -1.
   */
  private int tokenAt(int slot, int pos) {
    int[] occ = occurrences[slot];
    int[] posStart = tokens.posStart;
    int lo = 0;
    int hi = counts[slot] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int p = posStart[occ[mid]];
      if (p < pos) {
        lo = mid + 1;
      } else if (p > pos) {
        hi = mid - 1;
      } else {
        while (mid > 0 && posStart[occ[mid - 1]] == pos) {
          mid--;
        }
        int best = occ[mid];
        for (int k = mid; k < counts[slot] && posStart[occ[k]] == pos; k++) {
          if (tokens.posEnd[occ[k]] < tokens.posEnd[best]) {
            best = occ[k];
          }
        }
        return best;
      }
    }
    return -1;
  }
}
