package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The help texts of every command in one language: {@code /livskraft-messages/help_en|nb|nn.properties}, a picocli
 * resource bundle (keys: the command's qualified name, e.g. {@code livskraft.plan.validate.usage.description}, or an
 * option's name, e.g. {@code livskraft.plan.validate.strict}; keys without a command prefix are shared). The
 * annotations carry no text, so a missing key shows as an empty line, never as English in a Norwegian help;
 * {@code HelpTextTest} checks every command in the three languages.
 *
 * <p>The bundle is read by the CLI's own class loader (not by {@link ResourceBundle#getBundle}, which on the module
 * path would look in picocli's module) from a folder that is not a package, as the message bundles are.
 */
final class HelpTexts {
  private HelpTexts() {}

  /**
   * The help bundle of a language.
   *
   * @param language the language
   * @return the bundle
   * @throws MissingResourceException if the file is missing
   */
  static ResourceBundle bundle(Language language) {
    String resource = "/livskraft-messages/help_" + language.tag() + ".properties";
    try (InputStream in = HelpTexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new MissingResourceException("help bundle " + resource + " is missing", "help", "");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read help bundle " + resource, e);
    }
  }

  /** Key prefix of a placeholder word of a parameter label, e.g. {@code paramLabel.FILE=FIL}. */
  static final String LABEL_PREFIX = "paramLabel.";

  /**
   * A parameter label in the bundle's language: the whole label of one option when the bundle has
   * {@code <command>.<option>.paramLabel} (e.g. {@code livskraft.indicators.compute.direction.paramLabel}), else
   * each placeholder word ({@code FILE}, {@code CODE}, {@code yyyy}) replaced by its {@code paramLabel.WORD} text;
   * words without a key (literal values such as {@code none}, {@code csv}) stay as they are.
   *
   * @param label the label as rendered in English, e.g. {@code =FILE...} or {@code DIR|FILE.jsonl}
   * @param original the label as written in the annotation
   * @param overrideKey the key of a whole-label override, or null
   * @param bundle the help bundle
   * @return the label in the bundle's language
   */
  static String label(String label, String original, @Nullable String overrideKey, ResourceBundle bundle) {
    if (overrideKey != null && bundle.containsKey(overrideKey)) {
      return label.replace(original, bundle.getString(overrideKey));
    }
    StringBuilder out = new StringBuilder(label.length() + 8);
    int i = 0;
    while (i < label.length()) {
      char c = label.charAt(i);
      if (isAsciiLetter(c)) {
        int end = i;
        while (end < label.length() && isAsciiLetter(label.charAt(end))) {
          end++;
        }
        String word = label.substring(i, end);
        String key = LABEL_PREFIX + word;
        out.append(bundle.containsKey(key) ? bundle.getString(key) : word);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
