package io.github.livskraft.tagger.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    int[] counts = new int[64];
    int[] keys = new int[64];
    int size = 0;
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    int[] cps = s.codePoints().toArray();
    CRC32 crc = new CRC32();
    int i = 0;
    while (i < cps.length) {
      if (!isWordChar(cps[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean digits = true;
      while (i < cps.length && isWordChar(cps[i])) {
        digits &= Character.getType(cps[i]) == Character.DECIMAL_DIGIT_NUMBER;
        i++;
      }
      if (digits) {
        continue;
      }
      int[] word = Arrays.copyOfRange(cps, start, i);
      int[] bounded = new int[word.length + 2];
      bounded[0] = '<';
      System.arraycopy(word, 0, bounded, 1, word.length);
      bounded[bounded.length - 1] = '>';
      int[] found = new int[1 + 2 * bounded.length];
      int f = 0;
      found[f++] = hash(crc, "w:", word, 0, word.length);
      for (int n = 4; n <= 5; n++) {
        int last = Math.max(1, bounded.length - n + 1);
        for (int k = 0; k < last; k++) {
          found[f++] = hash(crc, n == 4 ? "c4:" : "c5:", bounded, k, Math.min(bounded.length, k + n));
        }
      }
      for (int k = 0; k < f; k++) {
        int h = found[k];
        int at = indexOf(keys, size, h);
        if (at >= 0) {
          counts[at]++;
        } else {
          if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
          }
          keys[size] = h;
          counts[size++] = 1;
        }
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

  private static int indexOf(int[] keys, int size, int h) {
    for (int k = 0; k < size; k++) {
      if (keys[k] == h) {
        return k;
      }
    }
    return -1;
  }

  private int hash(CRC32 crc, String prefix, int[] cps, int from, int to) {
    crc.reset();
    crc.update(prefix.getBytes(StandardCharsets.US_ASCII));
    crc.update(new String(cps, from, to - from).getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % buckets);
  }

  private static boolean isWordChar(int cp) {
    return cp == '_' || Character.isLetter(cp) || isNumeric(cp);
  }

  private static boolean isNumeric(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }
}
