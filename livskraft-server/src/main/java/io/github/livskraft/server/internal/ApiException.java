package io.github.livskraft.server.internal;

import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A request that ends in a problem response: HTTP status, stable code, message per language, extra members. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Function<Language, String> detail;
  private final transient List<Map<String, Object>> errors;

  ApiException(int status, String code, Function<Language, String> detail) {
    this(status, code, detail, List.of());
  }

  ApiException(int status, String code, Function<Language, String> detail, List<Map<String, Object>> errors) {
    super(code + " " + detail.apply(Language.EN), null, false, false);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = List.copyOf(errors);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The detail in a language. */
  public String detail(Language language) {
    return detail.apply(language);
  }

  /** Located errors (file, line, column, path), possibly empty. */
  public List<Map<String, Object>> errors() {
    return errors;
  }
}
