package io.github.livskraft.jsonstat;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON-stat document that cannot be read, or a lookup that does not match the cube. The message starts with a
 * stable {@link JsonStatErrorCode} and names the JSON path (e.g. {@code $.dimension.Tid.category.index}), the
 * value and what was expected; {@link #getMessage(Locale)} gives it in Norwegian.
 *
 * <pre>{@code
 * try {
 *   reader.readDataset(path);
 * } catch (JsonStatException e) {
 *   e.errorCode();          // JsonStatErrorCode.VALUE_COUNT_MISMATCH
 *   e.findJsonPath();       // Optional[$.value]
 *   e.getMessage(Locale.forLanguageTag("nb"));
 * }
 * }</pre>
 */
public class JsonStatException extends RuntimeException implements CodedException {
  private static final long serialVersionUID = 1L;

  private final JsonStatErrorCode errorCode;
  private final @Nullable String jsonPath;
  private final @Nullable String location;
  private final transient Object[] args;

  /**
   * Creates an exception with a free-text message ({@link JsonStatErrorCode#OTHER}, no path).
   *
   * @param message the message
   * @param cause the cause, or {@code null}
   */
  public JsonStatException(String message, @Nullable Throwable cause) {
    this(JsonStatErrorCode.OTHER, null, null, cause, message);
  }

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code
   * @param jsonPath where in the document, e.g. {@code $.size[2]}, or {@code null} when not tied to a place
   * @param location the source location (e.g. {@code "line 3, column 14"}), or {@code null}
   * @param cause the cause, or {@code null}
   * @param args the message arguments of the code's pattern
   */
  public JsonStatException(JsonStatErrorCode errorCode, @Nullable String jsonPath, @Nullable String location,
      @Nullable Throwable cause, Object... args) {
    super(render(errorCode, jsonPath, location, Locale.ROOT, args), cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.jsonPath = jsonPath;
    this.location = location;
    this.args = args.clone();
  }

  /** The stable error code. */
  public JsonStatErrorCode errorCode() {
    return errorCode;
  }

  /** The JSON path of the offending value, e.g. {@code $.dimension['KOKkommuneregion0000'].category.index}. */
  public Optional<String> findJsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /** Line and column in the source, where known. */
  public Optional<String> findLocation() {
    return Optional.ofNullable(location);
  }

  /**
   * The message in the reader's language (English or Norwegian bokmål), starting with the code and path.
   *
   * @param locale the reader's locale
   * @return the localized message
   */
  public String getMessage(Locale locale) {
    return render(errorCode, jsonPath, location, locale, Arrays.copyOf(args, args.length));
  }

  private static String render(JsonStatErrorCode code, @Nullable String path, @Nullable String location,
      Locale locale, Object... args) {
    Language language = Language.of(locale);
    StringBuilder sb = new StringBuilder(code.code());
    if (path != null) {
      sb.append(code.messages().format("JSONSTAT.at", language, path));
    }
    if (location != null) {
      java.util.regex.Matcher m = LOCATION.matcher(location);
      sb.append(" (").append(m.matches() ? code.messages().format("JSONSTAT.location", language, m.group(1),
          m.group(2)) : location).append(')');
    }
    return sb.append(": ").append(code.text(locale, args)).toString();
  }

  /** {@code line 3, column 7} as {@code JsonPaths.location} writes it; the words come from the bundle. */
  private static final java.util.regex.Pattern LOCATION =
      java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

  /**
   * The message in the given language ({@link #getMessage(Locale)} with the language's locale).
   *
   * @param language the reader's language
   * @return the localized message, starting with the error code
   */
  @Override
  public String getMessage(Language language) {
    return getMessage(language.locale());
  }
}
