package io.github.livskraft.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The user-facing texts of one module in English, bokmål and nynorsk: three UTF-8 {@code .properties} files
 * {@code /livskraft-messages/<name>_en.properties}, {@code _nb} and {@code _nn}, keyed by error code or message
 * key, with {@link MessageFormat} patterns. The folder name is not a package name, so the files are readable on the
 * module path from any module (they are not encapsulated). Every language must hold every key:
 * {@link #missingKeys()} says which are not, and each module's test asserts that it is empty. Immutable and
 * thread-safe.
 */
public final class MessageBundle {
  private static final String FOLDER = "/livskraft-messages/";

  /**
   * The bundle of each {@link ErrorCode} type that names one with {@link ErrorCode.Bundle}, loaded on first use.
   * A {@link ClassValue} is the JDK's per-class lazy value: like a static holder class in each enum, it computes an
   * immutable bundle once and never changes it, and it does not keep the enum's class loader alive.
   */
  private static final ClassValue<MessageBundle> OF_CODE_TYPE = new ClassValue<>() {
    @Override
    protected MessageBundle computeValue(Class<?> type) {
      ErrorCode.Bundle name = type.getAnnotation(ErrorCode.Bundle.class);
      if (name == null) {
        throw new IllegalStateException(type.getName() + " implements ErrorCode but neither names its bundle with"
            + " @ErrorCode.Bundle nor overrides messages()");
      }
      return load(type, name.value());
    }
  };

  private final String name;
  private final Map<Language, Properties> texts;
  /**
   * Each pattern parsed once per language (a validation run with 60 000 findings formatted every pattern some
   * twenty times per finding). The cached formats are never used directly: {@link MessageFormat} is not
   * thread-safe, so {@link #format} formats with a clone.
   */
  private final Map<Language, Map<String, MessageFormat>> parsed = new EnumMap<>(Language.class);
  private final AtomicInteger parses = new AtomicInteger();

  private MessageBundle(String name, Map<Language, Properties> texts) {
    this.name = name;
    this.texts = texts;
    for (Language language : Language.values()) {
      parsed.put(language, new ConcurrentHashMap<>());
    }
  }

  /**
   * Loads a module's bundle.
   *
   * @param owner a class of the owning module (its class loader finds the files)
   * @param name the bundle name, e.g. {@code "sdg"} for {@code /livskraft-messages/sdg_nb.properties}
   * @return the bundle
   * @throws MissingResourceException if one of the three files is missing
   */
  public static MessageBundle load(Class<?> owner, String name) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Map<Language, Properties> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String resource = FOLDER + name + "_" + language.tag() + ".properties";
      try (InputStream in = owner.getResourceAsStream(resource)) {
        if (in == null) {
          throw new MissingResourceException("message bundle " + resource + " is missing", name, "");
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        texts.put(language, p);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read message bundle " + resource, e);
      }
    }
    return new MessageBundle(name, texts);
  }

  /**
   * The bundle an {@link ErrorCode} type names with {@link ErrorCode.Bundle}, loaded once.
   *
   * @param codeType the error-code type
   * @return its bundle
   */
  static MessageBundle of(Class<?> codeType) {
    return OF_CODE_TYPE.get(Objects.requireNonNull(codeType, "codeType"));
  }

  /** @return the bundle name */
  public String name() {
    return name;
  }

  /**
   * The pattern of a key in a language.
   *
   * @param key the key (an error code or a message key)
   * @param language the language
   * @return the pattern
   * @throws MissingResourceException if the key is missing in that language
   */
  public String pattern(String key, Language language) {
    String p = texts.get(Objects.requireNonNull(language, "language")).getProperty(key);
    if (p == null) {
      throw new MissingResourceException("message bundle " + name + "_" + language.tag() + " has no key " + key,
          name, key);
    }
    return p;
  }

  /**
   * Formats a key's pattern with arguments, with the language's number formatting. An argument that is a
   * {@link MessageFragment}, a {@link LocalizedText} or a {@link CodedException} is put in the same language first.
   *
   * @param key the key
   * @param language the language
   * @param args the pattern's arguments
   * @return the text
   */
  public String format(String key, Language language, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = MessageFragment.resolve(args[i], language);
    }
    return ((MessageFormat) parsed(key, language).clone()).format(shown);
  }

  /**
   * How many arguments a key's pattern uses in a language ({@link MessageFormat#getFormatsByArgumentIndex()}).
   *
   * @throws MissingResourceException if the key is missing in that language
   * @throws IllegalArgumentException if the pattern is malformed
   */
  int argumentCount(String key, Language language) {
    return parsed(key, language).getFormatsByArgumentIndex().length;
  }

  /** The parsed pattern, shared: read it, or clone it before formatting. */
  private MessageFormat parsed(String key, Language language) {
    Map<String, MessageFormat> cache = parsed.get(Objects.requireNonNull(language, "language"));
    MessageFormat f = cache.get(Objects.requireNonNull(key, "key"));
    if (f == null) {
      f = new MessageFormat(pattern(key, language), language.locale());
      parses.incrementAndGet();
      MessageFormat raced = cache.putIfAbsent(key, f);
      f = raced == null ? f : raced;
    }
    return f;
  }

  /** How many patterns this bundle has parsed so far (each key and language at most once; for tests). */
  int parses() {
    return parses.get();
  }

  /** @return every key that at least one language has */
  public Set<String> keys() {
    Set<String> all = new TreeSet<>();
    texts.values().forEach(p -> p.stringPropertyNames().forEach(all::add));
    return all;
  }

  /**
   * The keys some language lacks, as {@code "nn: SDG-0003"}; empty when the bundle is complete.
   *
   * @return the missing keys
   */
  public Set<String> missingKeys() {
    Set<String> missing = new TreeSet<>();
    for (String key : keys()) {
      texts.forEach((language, p) -> {
        if (p.getProperty(key) == null || p.getProperty(key).isBlank()) {
          missing.add(language.tag() + ": " + key);
        }
      });
    }
    return missing;
  }
}
