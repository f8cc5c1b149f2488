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
}
