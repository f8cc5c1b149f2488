package io.github.livskraft.kostra.klass;

import io.github.livskraft.municipalities.CodeChange;
import io.github.livskraft.municipalities.ClassificationCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes codes and changes in KLASS's JSON shape (bundled answers, {@code livskraft klass … --json}). */
public final class KlassWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KlassWriter() {}

  /**
   * {@code {"codes":[…]}} as KLASS {@code codesAt} writes it.
   *
   * @param codes the codes
   * @return UTF-8 JSON
   */
  public static byte[] codes(List<ClassificationCode> codes) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode arr = root.putArray("codes");
    for (ClassificationCode c : codes) {
      ObjectNode o = arr.addObject();
      o.put("code", c.code());
      if (c.parentCode().isPresent()) {
        o.put("parentCode", c.parentCode().get());
      } else {
        o.putNull("parentCode");
      }
      o.put("level", c.level());
      o.put("name", c.name());
      o.put("shortName", c.shortName());
      o.put("presentationName", c.presentationName());
      putDate(o, "validFrom", c.validFrom());
      putDate(o, "validTo", c.validTo());
      o.put("notes", c.notes());
    }
    return write(root);
  }

  /**
   * {@code {"codeChanges":[…]}} as KLASS {@code changes} writes it.
   *
   * @param changes the changes
   * @return UTF-8 JSON
   */
  public static byte[] changes(List<CodeChange> changes) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode arr = root.putArray("codeChanges");
    for (CodeChange c : changes) {
      ObjectNode o = arr.addObject();
      if (c.oldCode().isPresent()) {
        o.put("oldCode", c.oldCode().get());
      } else {
        o.putNull("oldCode");
      }
      o.put("oldName", c.oldName());
      if (c.newCode().isPresent()) {
        o.put("newCode", c.newCode().get());
      } else {
        o.putNull("newCode");
      }
      o.put("newName", c.newName());
      o.put("changeOccurred", c.changeOccurred().toString());
    }
    return write(root);
  }

  private static void putDate(ObjectNode o, String field, java.util.Optional<java.time.LocalDate> d) {
    if (d.isPresent()) {
      o.put(field, d.get().toString());
    } else {
      o.putNull(field);
    }
  }

  private static byte[] write(ObjectNode root) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
