package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The one {@code --lang nb|nn|en} option of every command: the language of the output and of every message. The
 * default comes from the locale (LANG / LC_ALL, or the JVM's user.language), and is bokmål when that is none of the
 * three. Mixed into each command with {@code @Mixin CliLanguage lang}, the groups and the root included, so
 * {@code --lang} may stand after any command name.
 */
final class CliLanguage {
  @Option(names = "--lang", paramLabel = "nb|nn|en", converter = Converter.class)
  @Nullable Language language;

  /**
   * The chosen language: this command's {@code --lang}; when it is not given, {@link Main} makes the default the
   * language the command line names (the last valid {@code --lang} anywhere, so {@code livskraft plan --lang nn
   * validate f.yaml} is nynorsk), else the locale's.
   *
   * @return the language
   */
  Language get() {
    return language != null ? language : fromLocale(Locale.getDefault());
  }

  /**
   * The default language for a locale: en, nb or nn where the locale is one of them ({@code no} is bokmål), else nb.
   *
   * @param locale the locale
   * @return the language
   */
  static Language fromLocale(Locale locale) {
    return Language.fromTag(locale.getLanguage()).orElse(Language.NB);
  }

  /**
   * The language a command line asks for, read before parsing so that even a parse error is reported in it: the
   * value of the last valid {@code --lang X} or {@code --lang=X}, else the locale's default.
   *
   * @param args the arguments
   * @param locale the locale
   * @return the language
   */
  static Language fromArgs(String[] args, Locale locale) {
    return given(args).orElseGet(() -> fromLocale(locale));
  }

  /**
   * The language a command line names: the value of the last valid {@code --lang X} or {@code --lang=X}, wherever
   * it stands.
   *
   * @param args the arguments
   * @return the language, or empty when none is given
   */
  static java.util.Optional<Language> given(String[] args) {
    Language found = null;
    for (int i = 0; i < args.length; i++) {
      String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
      if (value != null) {
        Language l = Language.fromTag(value).orElse(null);
        found = l != null ? l : found;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  /** Converts {@code --lang} values: en, nb, nn and their regional forms (no and nb-NO are bokmål). */
  static final class Converter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromTag(value).orElseThrow(() -> CliException.of(CliErrorCode.UNKNOWN_LANGUAGE, value));
    }
  }
}
