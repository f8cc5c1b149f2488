package io.github.livskraft.tagger.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * A statistical second opinion for short Norwegian texts (ein statistisk andrevurdering): one logistic regression per
 * goal over hashed word and character n-gram features, trained on the labelled Norwegian plan and case sentences
 * written for Livskraft (not the seed quotations). The
 * tagger uses it to veto weakly founded rule suggestions and to add goals the rules miss
 * ({@code SdgTagger.Builder#secondOpinion}); it never explains a suggestion on its own.
 *
 * <p>Features of a text: NFC, lower case ({@link Locale#ROOT}); words are runs of letters, digits and '_' (runs of
 * decimal digits only are skipped); each word gives {@code w:word} and the character 4- and 5-grams of
 * {@code <word>} ({@code c4:…}, {@code c5:…}; a word shorter than the n-gram gives the whole {@code <word>}). Each
 * feature is hashed with CRC-32 of its UTF-8 bytes modulo {@code 2^18}, counts are summed per hash and the vector is
 * scaled to unit length. The model file ({@code text-model.bin.gz}, written by
 * {@code scripts/train-text-model.py}) holds the intercepts and, for the hashes seen in at least two training
 * sentences, one weight per goal.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextModel {
  private static final int MAGIC = 0x4C4B544D; // "LKTM"
  private static final int VERSION = 1;
  /** Goals 1–17. */
  public static final int GOALS = 17;

  private final int buckets;
  private final float[] intercepts;
  private final int[] hashes; // sorted
  private final float[] weights; // hashes.length × GOALS

  private TextModel(int buckets, float[] intercepts, int[] hashes, float[] weights) {
    this.buckets = buckets;
    this.intercepts = intercepts;
    this.hashes = hashes;
    this.weights = weights;
  }

  private static final class Holder {
    static final TextModel BUNDLED = load("text-model.bin.gz");
  }

  /** The bundled model (loaded once, on first use). */
  public static TextModel bundled() {
    return Holder.BUNDLED;
  }

  static TextModel load(String resource) {
    try (InputStream raw = TextModel.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IllegalStateException("not a version-" + VERSION + " text model: " + resource);
      }
      int buckets = in.readInt();
      int goals = in.readInt();
      int n = in.readInt();
      if (goals != GOALS || buckets <= 0 || n < 0 || n > buckets) {
        throw new IllegalStateException("bad text model header: " + resource);
      }
      float[] intercepts = new float[GOALS];
      for (int g = 0; g < GOALS; g++) {
        intercepts[g] = in.readFloat();
      }
      int[] hashes = new int[n];
      for (int i = 0; i < n; i++) {
        hashes[i] = in.readInt();
      }
      float[] weights = new float[n * GOALS];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = in.readFloat();
      }
      return new TextModel(buckets, intercepts, hashes, weights);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt bundled resource " + resource, e); // a defect of the artefact
    }
  }

  /**
   * The probability of each goal for a text.
   *
   * @param text the text
   * @return 17 probabilities, goal 1 first
   */
  public double[] probabilities(CharSequence text) {
    FeatureHasher hasher = new FeatureHasher(buckets);
    hasher.hash(text);
    int[] found = hasher.hashes;
    int n = hasher.size;
    // distinct hashes in the order of their first occurrence (the order the sums below are taken in), found through
    // an open-addressing table of their positions + 1
    int[] keys = new int[n];
    int[] counts = new int[n];
    int size = 0;
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(8, 2 * n) - 1);
    int mask = (1 << bits) - 1;
    int[] table = new int[1 << bits];
    for (int k = 0; k < n; k++) {
      int h = found[k];
      int at = (h * 0x9E3779B9) >>> (32 - bits);
      while (table[at] != 0 && keys[table[at] - 1] != h) {
        at = (at + 1) & mask;
      }
      if (table[at] == 0) {
        keys[size] = h;
        counts[size] = 1;
        table[at] = ++size;
      } else {
        counts[table[at] - 1]++;
      }
    }
    double norm = 0;
    for (int k = 0; k < size; k++) {
      norm += (double) counts[k] * counts[k];
    }
    norm = Math.sqrt(norm);
    double[] z = new double[GOALS];
    for (int g = 0; g < GOALS; g++) {
      z[g] = intercepts[g];
    }
    for (int k = 0; k < size; k++) {
      int row = Arrays.binarySearch(hashes, keys[k]);
      if (row >= 0) {
        double x = counts[k] / norm;
        for (int g = 0; g < GOALS; g++) {
          z[g] += x * weights[row * GOALS + g];
        }
      }
    }
    for (int g = 0; g < GOALS; g++) {
      z[g] = 1 / (1 + Math.exp(-z[g]));
    }
    return z;
  }

  /**
   * The hashes of a text's features in the order {@link #probabilities} counts them, repeats included: per word
   * {@code w:word}, then its 4-grams, then its 5-grams (see the class comment). For tests.
   *
   * @param text the text
   * @param buckets the modulus of the hashes
   * @return the hashes, each in {@code [0, buckets)}
   */
  static int[] featureHashes(CharSequence text, int buckets) {
    FeatureHasher hasher = new FeatureHasher(buckets);
    hasher.hash(text);
    return Arrays.copyOf(hasher.hashes, hasher.size);
  }

  private static boolean isWordChar(int cp) {
    return cp == '_' || Character.isLetter(cp) || isNumeric(cp);
  }

  private static boolean isNumeric(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /**
   * Computes the feature hashes of one text without a string or byte array per feature: the text is normalised once,
   * each word is encoded once as the UTF-8 bytes of {@code <word>} with the byte offset of every code point, and each
   * feature's CRC-32 is taken over its prefix ({@code w:}, {@code c4:}, {@code c5:}) and a slice of those bytes —
   * the same bytes as {@code prefix + new String(codePoints).getBytes(UTF_8)}. One per call; not thread-safe.
   */
  private static final class FeatureHasher {
    private static final byte[] WORD = {'w', ':'};
    private static final byte[] GRAM4 = {'c', '4', ':'};
    private static final byte[] GRAM5 = {'c', '5', ':'};

    private final int buckets;
    private final CRC32 crc = new CRC32();
    /** UTF-8 of the current word with its boundary marks, {@code <word>}. */
    private byte[] utf8 = new byte[64];
    /** The byte offset of each code point of {@code <word>} in {@link #utf8}, and its end. */
    private int[] offsets = new int[32];
    int[] hashes;
    int size;

    FeatureHasher(int buckets) {
      this.buckets = buckets;
    }

    void hash(CharSequence text) {
      String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      int length = s.length();
      // a word of m code points gives at most 2m + 1 features
      hashes = new int[(int) Math.max(16, Math.min(3L * length, 1 << 16))];
      int i = 0;
      while (i < length) {
        int cp = s.codePointAt(i);
        if (!isWordChar(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        // <word>: code points 0 ('<') … m - 1 ('>'), code point k at bytes offsets[k] … offsets[k + 1]
        int bytes = 0;
        int m = 0;
        ensure(1, 1);
        offsets[m++] = bytes;
        utf8[bytes++] = '<';
        boolean digits = true;
        while (i < length) {
          cp = s.codePointAt(i);
          if (!isWordChar(cp)) {
            break;
          }
          digits &= Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
          ensure(bytes + 4, m + 1);
          offsets[m++] = bytes;
          bytes = encode(cp, bytes);
          i += Character.charCount(cp);
        }
        if (digits) {
          continue;
        }
        ensure(bytes + 1, m + 2);
        offsets[m++] = bytes;
        utf8[bytes++] = '>';
        offsets[m] = bytes;
        add(WORD, offsets[1], offsets[m - 1]);
        for (int n = 4; n <= 5; n++) {
          byte[] prefix = n == 4 ? GRAM4 : GRAM5;
          int last = Math.max(1, m - n + 1);
          for (int k = 0; k < last; k++) {
            add(prefix, offsets[k], offsets[Math.min(m, k + n)]);
          }
        }
      }
    }

    /** Room for {@code bytes} bytes and {@code points + 1} offsets. */
    private void ensure(int bytes, int points) {
      if (bytes > utf8.length) {
        utf8 = Arrays.copyOf(utf8, Math.max(bytes, 2 * utf8.length));
      }
      if (points + 1 > offsets.length) {
        offsets = Arrays.copyOf(offsets, Math.max(points + 1, 2 * offsets.length));
      }
    }

    /** Writes the UTF-8 bytes of a code point at {@code at} (a lone surrogate as '?', as {@code String#getBytes}). */
    private int encode(int cp, int at) {
      byte[] b = utf8;
      if (cp < 0x80) {
        b[at++] = (byte) cp;
      } else if (cp < 0x800) {
        b[at++] = (byte) (0xC0 | cp >> 6);
        b[at++] = (byte) (0x80 | cp & 0x3F);
      } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        b[at++] = '?';
      } else if (cp < 0x10000) {
        b[at++] = (byte) (0xE0 | cp >> 12);
        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | cp & 0x3F);
      } else {
        b[at++] = (byte) (0xF0 | cp >> 18);
        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | cp & 0x3F);
      }
      return at;
    }

    private void add(byte[] prefix, int from, int to) {
      crc.reset();
      crc.update(prefix, 0, prefix.length);
      crc.update(utf8, from, to - from);
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, 2 * size);
      }
      hashes[size++] = (int) (crc.getValue() % buckets);
    }
  }
}
