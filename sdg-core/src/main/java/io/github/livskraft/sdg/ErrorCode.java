package io.github.livskraft.sdg;

/**
 * A stable, searchable error code (e.g. {@code SDG-0004}, {@code JSONSTAT-0007}) whose message texts live in the
 * owning module's message bundle in English, bokmål and nynorsk ({@link MessageBundle}). Every Livskraft module
 * keeps its codes in one enum implementing this interface.
 *
 * <pre>{@code
 * enum CaseErrorCode implements ErrorCode {
 *   EMPTY_DOCUMENT("CASE-0001");
 *   private static final MessageBundle MESSAGES = MessageBundle.load(CaseErrorCode.class, "casework");
 *   ...
 *   public MessageBundle messages() { return MESSAGES; }
 * }
 * CaseErrorCode.EMPTY_DOCUMENT.format(Language.NN, "sak.pdf");   // "CASE-0001: Dokumentet sak.pdf er tomt …"
 * }</pre>
 */
public interface ErrorCode {
  /**
   * The stable code, also the key of the message in the bundle.
   *
   * @return e.g. {@code "SDG-0004"}
   */
  String code();

  /**
   * The bundle that holds this code's texts.
   *
   * @return the owning module's message bundle
   */
  MessageBundle messages();

  /**
   * The message in a language, starting with the code: {@code "SDG-0001: Invalid SDG goal code '18': …"}.
   *
   * @param language the reader's language
   * @param args the arguments of the message pattern ({@link java.text.MessageFormat} syntax)
   * @return the formatted message
   * @throws java.util.MissingResourceException if the bundle has no text for this code (a test in every module
   *     prevents that)
   */
  default String format(Language language, Object... args) {
    return code() + ": " + messages().format(code(), language, args);
  }
}
