package io.github.livskraft.tagger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/** An immutable character trie whose nodes carry term ids; built once per compiled rule set. */
final class Trie {
  private static final int[] NONE = new int[0];

  /** Ids of the terms that end exactly at this node (a whole token or, for prefixes, a token start). */
  final int[] terminal;
  /** Ids of the terms that match as soon as this node is reached (prefix/suffix/infix wildcards). */
  final int[] open;
  private final char[] keys;
  private final Trie[] kids;
  /** For nodes with many children over a small character range: children indexed by {@code c - base}. */
  private final Trie[] dense;
  private final char base;

  private Trie(int[] terminal, int[] open, char[] keys, Trie[] kids) {
    this.terminal = terminal;
    this.open = open;
    this.keys = keys;
    this.kids = kids;
    if (keys.length > 6 && keys[keys.length - 1] - keys[0] < 512) {
      base = keys[0];
      dense = new Trie[keys[keys.length - 1] - keys[0] + 1];
      for (int i = 0; i < keys.length; i++) {
        dense[keys[i] - base] = kids[i];
      }
    } else {
      base = 0;
      dense = null;
    }
  }

  /** The child for {@code c}, or {@code null}. */
  Trie child(char c) {
    Trie[] d = dense;
    if (d != null) {
      int i = c - base;
      return i >= 0 && i < d.length ? d[i] : null;
    }
    char[] k = keys;
    int n = k.length;
    if (n <= 8) {
      for (int i = 0; i < n; i++) {
        if (k[i] == c) {
          return kids[i];
        }
      }
      return null;
    }
    int i = Arrays.binarySearch(k, c);
    return i >= 0 ? kids[i] : null;
  }

  boolean isEmpty() {
    return keys.length == 0 && terminal.length == 0 && open.length == 0;
  }

  /** Mutable builder. */
  static final class Builder {
    private final TreeMap<Character, Builder> kids = new TreeMap<>();
    private final List<Integer> terminal = new ArrayList<>();
    private final List<Integer> open = new ArrayList<>();

    void add(CharSequence key, int termId, boolean isOpen) {
      Builder b = this;
      for (int i = 0; i < key.length(); i++) {
        b = b.kids.computeIfAbsent(key.charAt(i), k -> new Builder());
      }
      List<Integer> ids = isOpen ? b.open : b.terminal;
      if (!ids.contains(termId)) {
        ids.add(termId);
      }
    }

    Trie build() {
      char[] keys = new char[kids.size()];
      Trie[] built = new Trie[kids.size()];
      int i = 0;
      for (var e : kids.entrySet()) {
        keys[i] = e.getKey();
        built[i] = e.getValue().build();
        i++;
      }
      return new Trie(toArray(terminal), toArray(open), keys, built);
    }

    private static int[] toArray(List<Integer> ids) {
      return ids.isEmpty() ? NONE : ids.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
