package io.github.livskraft.sdg;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A part of a message that is itself a text of a module's {@link MessageBundle}: a bundle key and its arguments,
 * written in the language of the message it is an argument of. What was expected, why an answer is unreadable, which
 * option was out of range — each is a fragment, so a message in nynorsk is nynorsk throughout. The one fragment type
 * of every Livskraft module.
 *
 * <pre>{@code
 * // kostra_nb.properties: SSB.what.metadata=metadataene til tabell {0}
 * MessageFragment what = KostraErrorCode.SSB_TIMEOUT.fragment("what.metadata", "12134");  // or MessageFragment.of
 * KostraErrorCode.SSB_TIMEOUT.format(Language.NN, what);   // "SSB-0013: … metadataa til tabell 12134 …"
 * }</pre>
 *
 * <p><b>Arguments</b> are resolved lazily, in the language asked for: a {@code MessageFragment} (fragments nest), a
 * {@link LocalizedText} and a {@link CodedException} (a quoted failure) are put in that language
 * ({@link MessageBundle#format} does the same for a code's own arguments); a {@link Number} is written as plain
 * digits (a year stays 2024, a count 65536); any other value as {@link String#valueOf(Object)}.
 *
 * <p><b>Checks</b> when made, so a wrong fragment fails where it is written (and in the module's tests), never when
 * a reader meets the message: the key must be in all three languages of the bundle
 * ({@link java.util.MissingResourceException}), and each language's pattern must use no argument beyond those given
 * ({@link IllegalArgumentException}).
 *
 * <p>Immutable and thread-safe when its arguments are. Two fragments are equal when they name the same bundle
 * instance (each {@link ErrorCode} type's {@link ErrorCode#messages()} is loaded once), the same key and equal
 * arguments.
 */
public final class MessageFragment {
  private final MessageBundle bundle;
  private final String key;
  private final List<@Nullable Object> args;

  private MessageFragment(MessageBundle bundle, String key, List<@Nullable Object> args) {
    this.bundle = bundle;
    this.key = key;
    this.args = args;
  }

  /**
   * A fragment of a bundle.
   *
   * @param bundle the module's bundle
   * @param key the key, e.g. {@code SSB.what.metadata} or {@code CASE-text.expected.json}
   * @param args the values of the key's pattern (user values, numbers, further fragments, quoted failures)
   * @return the fragment
   * @throws java.util.MissingResourceException if a language of the bundle lacks the key
   * @throws IllegalArgumentException if a language's pattern uses more arguments than given
   */
  public static MessageFragment of(MessageBundle bundle, String key, @Nullable Object... args) {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(args, "args");
    for (Language language : Language.values()) {
      int used = bundle.argumentCount(key, language);
      if (used > args.length) {
        throw new IllegalArgumentException("message bundle " + bundle.name() + "_" + language.tag() + ": key " + key
            + " uses " + used + " arguments, given " + args.length);
      }
    }
    return new MessageFragment(bundle, key, Collections.unmodifiableList(Arrays.asList(args.clone())));
  }

  /**
   * A fragment of the bundle of an error code's module.
   *
   * @param owner any code of the module whose bundle holds the key
   * @param key the full key, e.g. {@code SSB.what.metadata}
   * @param args the values of the key's pattern
   * @return the fragment
   * @throws java.util.MissingResourceException if a language of the bundle lacks the key
   * @throws IllegalArgumentException if a language's pattern uses more arguments than given
   * @see ErrorCode#fragment(String, Object...)
   */
  public static MessageFragment of(ErrorCode owner, String key, @Nullable Object... args) {
    return of(Objects.requireNonNull(owner, "owner").messages(), key, args);
  }

  /** @return the bundle that holds the key */
  public MessageBundle bundle() {
    return bundle;
  }

  /** @return the bundle key */
  public String key() {
    return key;
  }

  /** @return the arguments, unresolved (an unmodifiable list; it may hold {@code null}) */
  public List<@Nullable Object> args() {
    return args;
  }

  /**
   * The fragment in a language, its arguments resolved in the same language.
   *
   * @param language the reader's language
   * @return the text
   */
  public String text(Language language) {
    Objects.requireNonNull(language, "language");
    Object[] plain = new Object[args.size()];
    for (int i = 0; i < plain.length; i++) {
      Object a = args.get(i);
      plain[i] = a instanceof Number n ? String.valueOf(n) : a;
    }
    return bundle.format(key, language, plain);
  }

  /**
   * The fragment in English, bokmål and nynorsk at once, as a {@link LocalizedText} of the project's own texts
   * ({@link TextProvenance#COMMUNITY}, source {@code livskraft-messages/<bundle>}).
   *
   * @return the text in the three languages
   */
  public LocalizedText toLocalizedText() {
    return LocalizedText.of(this::text, TextProvenance.COMMUNITY, "livskraft-messages/" + bundle.name());
  }

  /**
   * One argument as shown in a language: a fragment, a {@link LocalizedText} or a {@link CodedException} in that
   * language, anything else unchanged.
   */
  static @Nullable Object resolve(@Nullable Object arg, Language language) {
    return arg instanceof MessageFragment f ? f.text(language)
        : arg instanceof LocalizedText t ? t.text(language)
        : arg instanceof CodedException c ? c.getMessage(language)
        : arg;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MessageFragment f && bundle == f.bundle && key.equals(f.key) && args.equals(f.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(bundle), key, args);
  }

  /** The English text. */
  @Override
  public String toString() {
    return text(Language.EN);
  }
}
