package io.github.livskraft.jsonstat.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compact, immutable per-cell status storage in one of four forms: none, one symbol for every cell, a dense array
 * of symbol numbers, or a sorted sparse list (cell index → symbol number). Symbols ({@code ".."}, {@code ":"} …)
 * are stored once.
 */
public final class StatusStore {
  private static final StatusStore NONE = new StatusStore(new String[0], -1, null, null, null);

  private final String[] symbols;
  private final int all;
  private final short @Nullable [] dense;
  private final int @Nullable [] keys;
  private final short @Nullable [] keySymbols;

  private StatusStore(String[] symbols, int all, short @Nullable [] dense, int @Nullable [] keys,
      short @Nullable [] keySymbols) {
    this.symbols = symbols;
    this.all = all;
    this.dense = dense;
    this.keys = keys;
    this.keySymbols = keySymbols;
  }

  /** No status at all. */
  public static StatusStore none() {
    return NONE;
  }

  /**
   * One status for every cell.
   *
   * @param symbol the status
   * @return the store
   */
  public static StatusStore all(String symbol) {
    return new StatusStore(new String[] {symbol}, 0, null, null, null);
  }

  /** Whether no cell has a status. */
  public boolean isEmpty() {
    return all < 0 && dense == null && (keys == null || keys.length == 0);
  }

  /** Whether one status applies to every cell. */
  public boolean isUniform() {
    return all >= 0;
  }

  /**
   * The status of a cell.
   *
   * @param cell the flat cell index
   * @return the status symbol or null
   */
  public @Nullable String get(int cell) {
    if (all >= 0) {
      return symbols[all];
    }
    if (dense != null) {
      short s = dense[cell];
      return s < 0 ? null : symbols[s];
    }
    if (keys != null) {
      int i = Arrays.binarySearch(keys, cell);
      return i < 0 ? null : symbols[keySymbols[i]];
    }
    return null;
  }

  /**
   * Counts of each status over {@code cells} cells, in first-seen symbol order.
   *
   * @param cells the number of cells
   * @return symbol → count
   */
  public Map<String, Long> counts(int cells) {
    long[] c = new long[symbols.length];
    if (all >= 0) {
      c[all] = cells;
    } else if (dense != null) {
      for (short s : dense) {
        if (s >= 0) {
          c[s]++;
        }
      }
    } else if (keySymbols != null) {
      for (short s : keySymbols) {
        c[s]++;
      }
    }
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < symbols.length; i++) {
      if (c[i] > 0) {
        out.put(symbols[i], c[i]);
      }
    }
    return out;
  }

  /**
   * The store for a sub-cube: new cell {@code i} takes the status of old cell {@code oldCells[i]}.
   *
   * @param oldCells old index of each new cell, ascending
   * @return the new store
   */
  public StatusStore select(int[] oldCells) {
    if (all >= 0 || isEmpty()) {
      return this;
    }
    Collector c = new Collector();
    for (int i = 0; i < oldCells.length; i++) {
      String s = get(oldCells[i]);
      if (s != null) {
        c.put(i, s);
      }
    }
    return c.build(oldCells.length);
  }

  /** Approximate retained bytes (arrays only). */
  public long retainedBytes() {
    long b = 16L + 4L * symbols.length;
    if (dense != null) {
      b += 16L + 2L * dense.length;
    }
    if (keys != null && keySymbols != null) {
      b += 32L + 4L * keys.length + 2L * keySymbols.length;
    }
    return b;
  }

  /**
   * Collects statuses in any order (sparse object or array form) and builds the most compact store. Also
   * records whether keys arrived in ascending order.
   */
  public static final class Collector {
    private final Map<String, Short> symbolIds = new HashMap<>();
    private String[] symbols = new String[4];
    private int symbolCount;
    private int[] keys = new int[16];
    private short[] syms = new short[16];
    private int size;
    private boolean sorted = true;

    /**
     * Whether a symbol is already stored (so adding it again keeps no new text).
     *
     * @param symbol the status
     * @return true if known
     */
    public boolean knows(String symbol) {
      return symbolIds.containsKey(symbol);
    }

    /**
     * Adds a status.
     *
     * @param cell the cell index (≥ 0)
     * @param symbol the status
     */
    public void put(int cell, String symbol) {
      Short id = symbolIds.get(symbol);
      if (id == null) {
        if (symbolCount == Short.MAX_VALUE) {
          throw new IllegalStateException("more than 32767 distinct status symbols");
        }
        id = (short) symbolCount;
        symbolIds.put(symbol, id);
        if (symbolCount == symbols.length) {
          symbols = Arrays.copyOf(symbols, symbolCount * 2);
        }
        symbols[symbolCount++] = symbol;
      }
      if (size == keys.length) {
        int cap = size * 2;
        keys = Arrays.copyOf(keys, cap);
        syms = Arrays.copyOf(syms, cap);
      }
      if (size > 0 && keys[size - 1] >= cell) {
        sorted = false;
      }
      keys[size] = cell;
      syms[size++] = id;
    }

    /** The number of entries so far. */
    public int size() {
      return size;
    }

    /** The largest cell index put so far, or −1. */
    public int maxKey() {
      int m = -1;
      for (int i = 0; i < size; i++) {
        m = Math.max(m, keys[i]);
      }
      return m;
    }

    /**
     * Builds the store (later duplicates of a key win).
     *
     * @param cells the cube's cell count
     * @return the store
     */
    public StatusStore build(int cells) {
      if (size == 0) {
        return NONE;
      }
      String[] sy = Arrays.copyOf(symbols, symbolCount);
      int[] k = Arrays.copyOf(keys, size);
      short[] s = Arrays.copyOf(syms, size);
      if (!sorted) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> k[a] != k[b] ? Integer.compare(k[a], k[b]) : Integer.compare(a, b));
        int[] k2 = new int[size];
        short[] s2 = new short[size];
        int m = 0;
        for (int i = 0; i < size; i++) {
          int o = order[i];
          if (m > 0 && k2[m - 1] == k[o]) {
            s2[m - 1] = s[o];
          } else {
            k2[m] = k[o];
            s2[m++] = s[o];
          }
        }
        return compact(sy, Arrays.copyOf(k2, m), Arrays.copyOf(s2, m), cells);
      }
      return compact(sy, k, s, cells);
    }

    private static StatusStore compact(String[] sy, int[] k, short[] s, int cells) {
      // dense storage is smaller once more than a third of the cells carry a status
      if ((long) k.length * 3 > cells && cells > 0) {
        short[] d = new short[cells];
        Arrays.fill(d, (short) -1);
        for (int i = 0; i < k.length; i++) {
          d[k[i]] = s[i];
        }
        return new StatusStore(sy, -1, d, null, null);
      }
      return new StatusStore(sy, -1, null, k, s);
    }
  }
}
