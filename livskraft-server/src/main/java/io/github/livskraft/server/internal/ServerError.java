package io.github.livskraft.server.internal;

import io.github.livskraft.sdg.Language;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The server's own problem codes, each with an HTTP status and a message in English, bokmål and nynorsk. Library
 * errors keep their own codes ({@code SDG-0004}, {@code PLAN-P001}, …).
 */
public enum ServerError {
  /** Malformed JSON or YAML request. */
  MALFORMED_BODY("SERVER-0001", 400, "The request body is not valid {0}: {1}",
      "Forespørselen er ikke gyldig {0}: {1}", "Førespurnaden er ikkje gyldig {0}: {1}"),
  /** A field is missing or of the wrong kind. */
  BAD_FIELD("SERVER-0002", 400, "Bad request field ''{0}'': {1}",
      "Ugyldig felt ''{0}'' i forespørselen: {1}", "Ugyldig felt ''{0}'' i førespurnaden: {1}"),
  /** A query parameter has a bad value. */
  BAD_PARAMETER("SERVER-0003", 400, "Bad query parameter ''{0}'': {1}",
      "Ugyldig parameter ''{0}'': {1}", "Ugyldig parameter ''{0}'': {1}"),
  /** Content type not accepted by the route. */
  UNSUPPORTED_MEDIA_TYPE("SERVER-0004", 415, "Content type ''{0}'' is not accepted here; send one of: {1}",
      "Innholdstypen ''{0}'' godtas ikke her; send en av: {1}",
      "Innhaldstypen ''{0}'' vert ikkje godteken her; send ein av: {1}"),
  /** Body larger than the limit. */
  BODY_TOO_LARGE("SERVER-0005", 413, "The request body is larger than the limit of {0} bytes",
      "Forespørselen er større enn grensen på {0} byte", "Førespurnaden er større enn grensa på {0} byte"),
  /** Too many requests at once. */
  TOO_MANY_REQUESTS("SERVER-0006", 429,
      "Too many requests at once (limit {0}); try again in a second",
      "For mange forespørsler samtidig (grense {0}); prøv igjen om et sekund",
      "For mange førespurnader samstundes (grense {0}); prøv igjen om eit sekund"),
  /** The request took too long. */
  TIMEOUT("SERVER-0007", 503, "The request took longer than the limit of {0} ms and was stopped",
      "Forespørselen tok lengre tid enn grensen på {0} ms og ble stoppet",
      "Førespurnaden tok lengre tid enn grensa på {0} ms og vart stoppa"),
  /** No route. */
  NOT_FOUND("SERVER-0008", 404, "No such resource: {0}", "Finnes ikke: {0}", "Finst ikkje: {0}"),
  /** Wrong method. */
  METHOD_NOT_ALLOWED("SERVER-0009", 405, "Method {0} is not allowed on {1}",
      "Metoden {0} er ikke tillatt for {1}", "Metoden {0} er ikkje tillaten for {1}"),
  /** Unacceptable Accept header. */
  NOT_ACCEPTABLE("SERVER-0010", 406, "Cannot answer in ''{0}''; available: {1}",
      "Kan ikke svare som ''{0}''; tilgjengelig: {1}", "Kan ikkje svare som ''{0}''; tilgjengeleg: {1}"),
  /** No plans directory configured. */
  NO_PLANS("SERVER-0011", 404,
      "No report: the server was started without --plans DIR",
      "Ingen rapport: tjenesten ble startet uten --plans KATALOG",
      "Ingen rapport: tenesta vart starta utan --plans KATALOG"),
  /** A plan could not be read. */
  UNPROCESSABLE("SERVER-0013", 422, "The request could not be processed: {0}",
      "Forespørselen kunne ikke behandles: {0}", "Førespurnaden kunne ikkje handsamast: {0}"),
  /** Server not ready. */
  NOT_READY("SERVER-0014", 503, "The service is starting or stopping",
      "Tjenesten starter eller stopper", "Tenesta startar eller stoppar"),
  /** Anything unexpected. */
  INTERNAL("SERVER-0015", 500, "Internal error ({0}); the request was not completed",
      "Intern feil ({0}); forespørselen ble ikke fullført", "Intern feil ({0}); førespurnaden vart ikkje fullførd");

  private final String code;
  private final int status;
  private final String en;
  private final String nb;
  private final String nn;

  ServerError(String code, int status, String en, String nb, String nn) {
    this.code = code;
    this.status = status;
    this.en = en;
    this.nb = nb;
    this.nn = nn;
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The message in a language. */
  public String format(Language language, Object... args) {
    String template = switch (language) {
      case NB -> nb;
      case NN -> nn;
      default -> en;
    };
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof Number ? args[i].toString() : args[i]; // 65536, not 65,536
    }
    return new MessageFormat(template, Locale.ROOT).format(plain);
  }

  /** An exception for this error. */
  public ApiException exception(Object... args) {
    return new ApiException(status, code, lang -> format(lang, args));
  }
}
