package io.github.livskraft.sdg;

import java.util.Locale;

/**
 * A catalogue file that cannot be read or does not follow the format (code
 * {@link SdgErrorCode#CATALOGUE_FORMAT SDG-0005}). The message names the file, the line and the column and says
 * what is wrong and what was expected, in English ({@link #getMessage()}), bokmål or nynorsk
 * ({@link #getMessage(Language)}): {@code "SDG-0005: Kan ikke lese bærekraftskatalogen: goals.csv, linje 3,
 * kolonne colour: '#3f7e44'; ventet #RRGGBB …"}. Each problem is a key of sdg-core's bundle below the code
 * ({@code SDG-0005.colour.format}); the text of a JDK failure (the cause) is never quoted.
 */
public final class CatalogueFormatException extends SdgException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String column;
  private final String problem;
  private final transient Object @org.jspecify.annotations.Nullable [] problemArgs;

  /**
   * Creates the exception; the texts are made from the bundle only here, on failure.
   *
   * @param file the file name
   * @param line the 1-based line, 0 if not line-specific
   * @param column the column, or ""
   * @param cause the cause, or {@code null}
   * @param problem the bundle key of what is wrong and what was expected, {@code SDG-0005.<problem>}
   * @param args the arguments of the problem's pattern: a {@link CodedException} is put in the message's
   *     language, a number is written with plain digits
   */
  CatalogueFormatException(String file, int line, String column, @org.jspecify.annotations.Nullable Throwable cause,
      String problem, Object... args) {
    super(SdgErrorCode.CATALOGUE_FORMAT, cause, where(file, line, column, Language.EN),
        problem(problem, args, Language.EN));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.problemArgs = args.clone();
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The 1-based line, 0 if not line-specific. */
  public int line() {
    return line;
  }

  /** The column, "" if none. */
  public String column() {
    return column;
  }

  /**
   * The bundle key of the problem, e.g. {@code SDG-0005.colour.format}: stable, for tools that react to one kind.
   *
   * @return the key
   */
  public String problemKey() {
    return problem;
  }

  /**
   * What is wrong and what was expected, in a language, without the code and the place (after deserialisation,
   * whose arguments are gone, the whole English message).
   *
   * @param language the reader's language
   * @return the problem
   */
  public String problem(Language language) {
    Object[] args = problemArgs;
    return args == null ? getMessage() : problem(problem, args, language); // null once deserialised
  }

  @Override
  public String getMessage(Locale locale) {
    return getMessage(Language.of(locale));
  }

  @Override
  public String getMessage(Language language) {
    if (problemArgs == null) {
      return getMessage(); // deserialised: the (transient) arguments are gone, the English message is kept
    }
    return SdgErrorCode.CATALOGUE_FORMAT.format(language, where(file, line, column, language),
        problem(problem, problemArgs, language));
  }

  private static String where(String file, int line, String column, Language language) {
    MessageBundle bundle = SdgErrorCode.CATALOGUE_FORMAT.messages();
    String l = String.valueOf(line);
    if (line > 0) {
      return column.isEmpty() ? bundle.format("SDG-0005.where.line", language, file, l)
          : bundle.format("SDG-0005.where.line-column", language, file, l, column);
    }
    return column.isEmpty() ? file : bundle.format("SDG-0005.where.column", language, file, column);
  }

  private static String problem(String key, Object[] args, Language language) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      shown[i] = a instanceof CodedException c ? c.getMessage(language) : a instanceof Number ? String.valueOf(a) : a;
    }
    return SdgErrorCode.CATALOGUE_FORMAT.messages().format(key, language, shown);
  }
}
