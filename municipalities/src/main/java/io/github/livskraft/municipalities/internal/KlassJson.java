package io.github.livskraft.municipalities.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.municipalities.ClassificationCode;
import io.github.livskraft.municipalities.CodeChange;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.livskraft.municipalities.MunicipalityErrorCode;
import io.github.livskraft.municipalities.MunicipalityException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads KLASS JSON: {@code {"codes":[…]}} and {@code {"codeChanges":[…]}}. */
public final class KlassJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KlassJson() {}

  private static JsonNode root(byte[] body, String where, String field) {
    try {
      JsonNode n = JSON.readTree(body);
      if (n == null || !n.path(field).isArray()) {
        throw new MunicipalityException(MunicipalityErrorCode.KLASS_NO_LIST, null, where, field);
      }
      return n.path(field);
    } catch (IOException e) {
      JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
      throw new MunicipalityException(MunicipalityErrorCode.KLASS_NOT_JSON, e, where,
          at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr());
    }
  }

  public static List<ClassificationCode> codes(byte[] body, String where) {
    List<ClassificationCode> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : root(body, where, "codes")) {
      String path = "$.codes[" + i++ + "]";
      String code = c.path("code").asText("");
      if (code.isEmpty()) {
        throw new MunicipalityException(MunicipalityErrorCode.KLASS_MISSING_FIELD, null, where, path + ".code");
      }
      out.add(new ClassificationCode(code, text(c, "parentCode"), c.path("level").asText(""),
          c.path("name").asText(""), c.path("shortName").asText(""), c.path("presentationName").asText(""),
          date(c, "validFromInRequestedRange", where, path).or(() -> date(c, "validFrom", where, path)),
          date(c, "validToInRequestedRange", where, path).or(() -> date(c, "validTo", where, path)),
          c.path("notes").asText("")));
    }
    return List.copyOf(out);
  }

  public static List<CodeChange> changes(byte[] body, String where) {
    List<CodeChange> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : root(body, where, "codeChanges")) {
      String path = "$.codeChanges[" + i++ + "]";
      LocalDate when = date(c, "changeOccurred", where, path).orElseThrow(() -> new MunicipalityException(
          MunicipalityErrorCode.KLASS_MISSING_FIELD, null, where, path + ".changeOccurred"));
      Optional<String> oldCode = text(c, "oldCode");
      Optional<String> newCode = text(c, "newCode");
      if (oldCode.isEmpty() && newCode.isEmpty()) {
        throw new MunicipalityException(MunicipalityErrorCode.KLASS_CHANGE_WITHOUT_CODE, null, where, path);
      }
      out.add(new CodeChange(oldCode, c.path("oldName").asText(""), newCode, c.path("newName").asText(""), when));
    }
    return List.copyOf(out);
  }

  private static Optional<String> text(JsonNode c, String field) {
    JsonNode n = c.path(field);
    return n.isNull() || n.isMissingNode() || n.asText("").isEmpty() ? Optional.empty() : Optional.of(n.asText());
  }

  private static Optional<LocalDate> date(JsonNode c, String field, String where, String path) {
    Optional<String> t = text(c, field);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t.get().length() > 10 ? t.get().substring(0, 10) : t.get()));
    } catch (DateTimeParseException e) {
      throw new MunicipalityException(MunicipalityErrorCode.KLASS_BAD_DATE, e, where, t.get(), path + "." + field);
    }
  }

}
