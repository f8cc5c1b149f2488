package io.github.livskraft.municipalities.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.municipalities.ClassificationCode;
import io.github.livskraft.municipalities.CodeChange;
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
        throw new MunicipalityException("KLASS answer " + where + " has no '" + field + "' array (JSON path $." + field
            + "); is it XML? Send Accept: application/json / KLASS-svaret mangler '" + field + "'", null);
      }
      return n.path(field);
    } catch (IOException e) {
      throw new MunicipalityException("KLASS answer " + where + " is not JSON: " + firstLine(e)
          + " / KLASS-svaret er ikke JSON", e);
    }
  }

  public static List<ClassificationCode> codes(byte[] body, String where) {
    List<ClassificationCode> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : root(body, where, "codes")) {
      String path = "$.codes[" + i++ + "]";
      String code = c.path("code").asText("");
      if (code.isEmpty()) {
        throw new MunicipalityException("KLASS answer " + where + ": code missing at " + path + " / kode mangler", null);
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
          "KLASS answer " + where + ": changeOccurred missing at " + path + " / endringsdato mangler", null));
      Optional<String> oldCode = text(c, "oldCode");
      Optional<String> newCode = text(c, "newCode");
      if (oldCode.isEmpty() && newCode.isEmpty()) {
        throw new MunicipalityException("KLASS answer " + where + ": neither oldCode nor newCode at " + path, null);
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
      throw new MunicipalityException("KLASS answer " + where + ": '" + t.get() + "' at " + path + "." + field
          + " is not a date yyyy-MM-dd / er ikke en dato", e);
    }
  }

  private static String firstLine(java.io.IOException e) {
    String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
        : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
