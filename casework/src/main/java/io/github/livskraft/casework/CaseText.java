package io.github.livskraft.casework;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A part of a casework message that is itself a text of the casework bundle — what was expected, why a file cannot be
 * read, a unit — given as a key and its values, so that a {@link CaseworkException} renders it in the message's
 * language. Keys live below {@code CASE-text.} in {@code casework_{en,nb,nn}.properties}. No text of a library or of
 * the JDK is ever part of one: {@link #of(IOException)} maps a failure's kind to our own words.
 *
 * @param key the bundle key, e.g. {@code CASE-text.expected.json-object}
 * @param args the values of the key's pattern (quoted user values, numbers, or further {@code CaseText}s)
 */
public record CaseText(String key, Object... args) {

  /**
   * Checks the key.
   *
   * @param key the bundle key
   * @param args the values
   */
  public CaseText {
    Objects.requireNonNull(key, "key");
    args = args.clone();
  }

  /**
   * A bundle text with values.
   *
   * @param key the key, without the {@code CASE-text.} prefix
   * @param args the values
   * @return the text
   */
  public static CaseText of(String key, Object... args) {
    return new CaseText("CASE-text." + key, args);
  }

  /**
   * Our own words for why an input or output failed, by the kind of the failure (missing file, access denied, not
   * decodable text, anything else); the exception's own text is never used.
   *
   * @param e the failure
   * @return the reason
   */
  public static CaseText of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return of("io.no-such-file");
    }
    if (e instanceof AccessDeniedException) {
      return of("io.access-denied");
    }
    if (e instanceof CharacterCodingException) {
      return of("io.not-text");
    }
    return of("io.failed");
  }

  @Override
  public Object[] args() {
    return args.clone();
  }

  /**
   * The text in a language.
   *
   * @param language the reader's language
   * @return the text
   */
  public String format(Language language) {
    return CaseErrorCode.EMPTY_INPUT.messages().format(key, language, shown(args, language));
  }

  /**
   * The arguments as shown in a language: a {@code CaseText} or a {@link CodedException} is put in that language.
   *
   * @param args the arguments
   * @param language the language
   * @return a new array
   */
  static Object[] shown(Object[] args, Language language) {
    Object[] out = Arrays.copyOf(args, args.length);
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof CaseText t) {
        out[i] = t.format(language);
      } else if (out[i] instanceof CodedException c) {
        out[i] = c.getMessage(language);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseText t && key.equals(t.key) && Arrays.equals(args, t.args);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return format(Language.EN);
  }
}
