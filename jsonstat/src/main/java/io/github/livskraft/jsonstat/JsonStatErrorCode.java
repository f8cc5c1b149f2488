package io.github.livskraft.jsonstat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Stable, searchable codes for every problem the JSON-stat reader reports, with the message text in English and
 * Norwegian (bokmål). Nynorsk users get the bokmål text.
 *
 * <p>The code ({@code JSONSTAT-0001} …) never changes meaning once released; the wording may improve.
 */
public enum JsonStatErrorCode {
  /** The bytes are not well-formed JSON (or end too early). */
  MALFORMED_JSON("JSONSTAT-0001",
      "Not well-formed JSON: {0}",
      "Ikke gyldig JSON: {0}"),
  /** A property has the wrong JSON type, e.g. a string where a number array was expected. */
  UNEXPECTED_TYPE("JSONSTAT-0002",
      "Found {0} but expected {1}",
      "Fant {0}, men forventet {1}"),
  /** A required property ({@code id}, {@code size}, {@code dimension}, {@code value}, a category …) is missing. */
  MISSING_PROPERTY("JSONSTAT-0003",
      "Missing required property ''{0}'': {1}",
      "Mangler påkrevd egenskap ''{0}'': {1}"),
  /** {@code size} and {@code id} have different lengths. */
  SIZE_ID_MISMATCH("JSONSTAT-0004",
      "''size'' has {0} entries but ''id'' has {1}: expected one size per dimension id",
      "''size'' har {0} elementer, men ''id'' har {1}: forventet én størrelse per dimensjons-id"),
  /** The number of values does not match the product of the sizes. */
  VALUE_COUNT_MISMATCH("JSONSTAT-0005",
      "''value'' has {0} cells but the product of ''size'' is {1}",
      "''value'' har {0} celler, men produktet av ''size'' er {1}"),
  /** A sparse value/status key or a category position lies outside its valid range. */
  INDEX_OUT_OF_RANGE("JSONSTAT-0006",
      "Index {0} is out of range: expected 0 to {1}",
      "Indeks {0} er utenfor gyldig område: forventet 0 til {1}"),
  /** A dimension id or category id occurs twice. */
  DUPLICATE_ID("JSONSTAT-0007",
      "Duplicate id ''{0}'': ids must be unique",
      "Id ''{0}'' finnes to ganger: id-er må være unike"),
  /** A size is negative, not an integer, or the product of the sizes overflows. */
  INVALID_SIZE("JSONSTAT-0008",
      "Invalid size {0}: expected a whole number from 0 and a cell count of at most {1}",
      "Ugyldig størrelse {0}: forventet et heltall fra 0 og høyst {1} celler"),
  /** A configured limit (maximum cells or bytes) was exceeded. */
  LIMIT_EXCEEDED("JSONSTAT-0009",
      "Limit exceeded: {0} is more than the allowed {1} (raise it with JsonStatReader.builder())",
      "Grensen er overskredet: {0} er mer enn tillatte {1} (kan økes med JsonStatReader.builder())"),
  /** A JSON-stat 1.x document (bundle keyed by dataset name, or id/size inside dimension). */
  JSON_STAT_1("JSONSTAT-0010",
      "JSON-stat 1.x document detected ({0}); this reader expects JSON-stat 2.0"
          + " (ask for \"json-stat2\", or enable upgradeV1)",
      "JSON-stat 1.x-dokument oppdaget ({0}); denne leseren forventer JSON-stat 2.0"
          + " (be om \"json-stat2\", eller slå på upgradeV1)"),
  /** The dimension's categories do not match its size. */
  CATEGORY_COUNT_MISMATCH("JSONSTAT-0011",
      "Dimension ''{0}'' has {1} categories but its size is {2}",
      "Dimensjonen ''{0}'' har {1} kategorier, men størrelsen er {2}"),
  /** The status array has neither one entry nor one per cell. */
  STATUS_COUNT_MISMATCH("JSONSTAT-0012",
      "''status'' has {0} entries: expected 1 or {1} (one per cell)",
      "''status'' har {0} elementer: forventet 1 eller {1} (én per celle)"),
  /** A role or lookup names a dimension that the dataset does not have. */
  UNKNOWN_DIMENSION("JSONSTAT-0013",
      "Unknown dimension ''{0}'': expected one of {1}",
      "Ukjent dimensjon ''{0}'': forventet en av {1}"),
  /** A lookup names a category code or label that the dimension does not have. */
  UNKNOWN_CATEGORY("JSONSTAT-0014",
      "Unknown category ''{0}'' in dimension ''{1}'': expected one of {2}",
      "Ukjent kategori ''{0}'' i dimensjonen ''{1}'': forventet en av {2}"),
  /** The document is not of the expected class, e.g. a collection where a dataset was asked for. */
  WRONG_CLASS("JSONSTAT-0015",
      "Expected a JSON-stat {1} but the document is a {0}",
      "Forventet et JSON-stat-{1}, men dokumentet er et {0}"),
  /** The {@code version} is neither 2.0 nor a recognised 1.x version. */
  UNSUPPORTED_VERSION("JSONSTAT-0016",
      "Unsupported JSON-stat version ''{0}'': expected \"2.0\"",
      "JSON-stat-versjon ''{0}'' støttes ikke: forventet \"2.0\""),
  /** A cell address has the wrong number of coordinates or a position outside the cube. */
  INVALID_COORDINATES("JSONSTAT-0017",
      "Invalid cell address {0}: expected {1}",
      "Ugyldig celleadresse {0}: forventet {1}"),
  /** The JSON is an object but not a JSON-stat document (e.g. PxWebApi metadata or a query body). */
  NOT_JSON_STAT("JSONSTAT-0018",
      "Not a JSON-stat document (properties {0}): expected a dataset (id, size, dimension, value),"
          + " a collection (link.item) or a dimension (category)",
      "Ikke et JSON-stat-dokument (egenskaper {0}): forventet et datasett (id, size, dimension, value),"
          + " en samling (link.item) eller en dimensjon (category)"),
  /** Two datasets being merged hold different values for the same cell. */
  MERGE_CONFLICT("JSONSTAT-0019",
      "Cannot merge: cell {0} is {1} in one part and {2} in another",
      "Kan ikke slå sammen: cellen {0} er {1} i én del og {2} i en annen"),
  /** Any other problem (used by the legacy message-only constructor). */
  OTHER("JSONSTAT-0099",
      "{0}",
      "{0}");

  private final String code;
  private final String english;
  private final String norwegian;

  JsonStatErrorCode(String code, String english, String norwegian) {
    this.code = code;
    this.english = english;
    this.norwegian = norwegian;
  }

  /** The stable code, e.g. {@code JSONSTAT-0005}. */
  public String code() {
    return code;
  }

  /**
   * Formats the bare message (without code and path) for a locale: Norwegian ({@code nb}, {@code nn},
   * {@code no}) or English (everything else).
   *
   * @param locale the reader's locale
   * @param args the arguments of the message pattern
   * @return the message
   */
  public String format(Locale locale, Object... args) {
    Objects.requireNonNull(locale, "locale");
    String lang = locale.getLanguage();
    boolean nb = "nb".equals(lang) || "nn".equals(lang) || "no".equals(lang);
    MessageFormat format = new MessageFormat(nb ? norwegian : english, nb ? Locale.forLanguageTag("nb") : Locale.ROOT);
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // numbers as plain digits, never "1,250" or "1 250"
      plain[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
    }
    return format.format(plain);
  }
}
