package io.github.livskraft.server;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;

/**
 * The server's own problem codes ({@code SERVER-0001} …), each with an HTTP status, implementing the project's
 * {@link ErrorCode} contract. The texts live in {@code /livskraft-messages/server_en|nb|nn.properties}: the code's
 * key is the problem's {@code detail}, {@code SERVER-0002.missing} and the like are fragments, {@code title.404}
 * and the like the problems' titles. Library errors keep their own codes ({@code SDG-0004}, {@code PLAN-P001}, …).
 *
 * <p>An argument that is a {@link MessageFragment} ({@link #fragment(String, Object...)}) or a quoted
 * {@link CodedException} is written in the message's language; every other argument is written with
 * {@link String#valueOf(Object)} (65536, not 65,536).
 */
@ErrorCode.Bundle("server")
public enum ServerErrorCode implements ErrorCode {
  /** Malformed JSON or YAML request. Arguments: format, what was wrong. */
  MALFORMED_BODY("SERVER-0001", 400),
  /** A field is missing or of the wrong kind. Arguments: field, what was expected. */
  BAD_FIELD("SERVER-0002", 400),
  /** A query parameter has a bad value. Arguments: parameter, what was expected. */
  BAD_PARAMETER("SERVER-0003", 400),
  /** Content type not accepted by the route. Arguments: the type, the accepted types. */
  UNSUPPORTED_MEDIA_TYPE("SERVER-0004", 415),
  /** Body larger than the limit. Arguments: the limit in bytes. */
  BODY_TOO_LARGE("SERVER-0005", 413),
  /** Too many requests at once. Arguments: the limit. */
  TOO_MANY_REQUESTS("SERVER-0006", 429),
  /** The request took too long. Arguments: the limit in ms. */
  TIMEOUT("SERVER-0007", 503),
  /** No route. Arguments: the path. */
  NOT_FOUND("SERVER-0008", 404),
  /** Wrong method. Arguments: method, path. */
  METHOD_NOT_ALLOWED("SERVER-0009", 405),
  /** Unacceptable Accept header. Arguments: the header, what is available. */
  NOT_ACCEPTABLE("SERVER-0010", 406),
  /** No plans directory configured. */
  NO_PLANS("SERVER-0011", 404),
  /** A plan or input could not be processed. Arguments: what was wrong. */
  UNPROCESSABLE("SERVER-0013", 422),
  /** Server not ready. */
  NOT_READY("SERVER-0014", 503),
  /** Anything unexpected. Arguments: the error id in the log. */
  INTERNAL("SERVER-0015", 500),
  /** The plans given at start cannot be read. Arguments: directory, the reason. */
  PLANS_UNREADABLE("SERVER-0100", 0),
  /** The server cannot listen. Arguments: address, port, the reason. */
  CANNOT_LISTEN("SERVER-0101", 0),
  /** The plans folder holds no plan file. Arguments: the folder. */
  NO_PLAN_FILES("SERVER-0102", 0),
  /** A server option out of its range ({@link ServerConfig}). Arguments: a fragment {@code SERVER-0103.<option>}. */
  BAD_CONFIG("SERVER-0103", 0);

  private final String code;
  private final int status;

  ServerErrorCode(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /** The stable code, e.g. {@code SERVER-0002}. */
  @Override
  public String code() {
    return code;
  }

  /** The HTTP status of the problem, or 0 for a start-up error. */
  public int status() {
    return status;
  }

  @Override
  public String format(Language language, Object... args) {
    return code + ": " + text(language, args);
  }

  /**
   * The message without the code, as the problem's {@code detail}.
   *
   * @param language the reader's language
   * @param args the arguments; {@link MessageFragment} arguments are written in the language
   * @return the text
   */
  public String text(Language language, Object... args) {
    return render(code, language, args);
  }

  /**
   * The title of a problem with an HTTP status, e.g. "Finst ikkje" for 404 in nynorsk.
   *
   * @param status the HTTP status
   * @param language the language
   * @return the title ({@code title.500} for a status without its own)
   */
  public static String title(int status, Language language) {
    String key = "title." + status;
    return INTERNAL.messages().keys().contains(key) ? INTERNAL.messages().pattern(key, language)
        : INTERNAL.messages().pattern("title.500", language);
  }

  private static String render(String key, Language language, Object... args) {
    Object[] a = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      a[i] = args[i] instanceof MessageFragment || args[i] instanceof CodedException ? args[i]
          : String.valueOf(args[i]);
    }
    return INTERNAL.messages().format(key, language, a);
  }
}
