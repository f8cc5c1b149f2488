package io.github.livskraft.tagger;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The half of a development set a labelled sentence belongs to (utviklingssettets halvdel): rules and thresholds are
 * tuned on {@link #TUNE} only, and {@link #CHECK} is only measured. The half depends on the sentence alone and was
 * fixed before the Norwegian plan-sentence set was labelled: the low bit of the CRC-32 of the UTF-8 bytes of the
 * normalised sentence (Unicode NFC, lower case with {@link Locale#ROOT}, runs of white space as one space, trimmed);
 * 0 is {@code TUNE}, 1 is {@code CHECK}. The same as Python's
 * {@code zlib.crc32(" ".join(unicodedata.normalize("NFC", s).lower().split()).encode()) & 1}.
 */
public enum SplitHalf {
  /** Rules and thresholds may be fitted to these rows. */
  TUNE,
  /** Only measured; never read while writing rules. */
  CHECK;

  /**
   * The half of a sentence.
   *
   * @param sentence the labelled sentence
   * @return its half
   */
  public static SplitHalf of(CharSequence sentence) {
    String n = Normalizer.normalize(sentence, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("(?U)\\s+", " ").strip();
    CRC32 crc = new CRC32();
    crc.update(n.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0 ? TUNE : CHECK;
  }

  /** The name used in data files and reports: {@code tune} or {@code check}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
