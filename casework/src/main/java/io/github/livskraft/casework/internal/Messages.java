package io.github.livskraft.casework.internal;

import io.github.livskraft.sdg.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loads the output wording from the module's resource bundle {@code CaseworkTexts} in exactly en, nb or nn: the locale is first mapped to one of the three, so that the JDK's default
 * locale never decides the language.
 */
public final class Messages {
  private static final String TEXTS = "io.github.livskraft.casework.CaseworkTexts";

  private Messages() {}

  /**
   * Formats an output text.
   *
   * @param language the language
   * @param key the bundle key
   * @param args the arguments
   * @return the text
   */
  public static String text(Language language, String key, Object... args) {
    return pattern(TEXTS, language, key, args);
  }

  private static String pattern(String base, Language language, String key, Object... args) {
    Locale locale = language.locale();
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(base, locale).getString(key);
    } catch (MissingResourceException e) {
      pattern = "[" + key + "]";
    }
    return args.length == 0 && !pattern.contains("''") ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
