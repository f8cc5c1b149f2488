package io.github.livskraft.jsonstat.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A JSON object captured verbatim from a stream (jackson-core only), for the few places where a JSON-stat 1.x
 * document can only be understood after the whole object is seen. Immutable.
 */
public final class RawJson {
  private final byte[] bytes;

  private RawJson(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Copies the object or array the parser is at (its current token is {@code START_OBJECT} or {@code START_ARRAY});
   * afterwards the parser is at the matching end token.
   *
   * @param p the parser
   * @param factory the factory to write with
   * @return the captured JSON
   * @throws IOException if reading fails
   */
  public static RawJson capture(JsonParser p, JsonFactory factory) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.copyCurrentStructure(p);
    }
    return new RawJson(out.toByteArray());
  }

  /**
   * Opens a parser over the captured JSON, positioned before its first token.
   *
   * @param factory the factory
   * @return a new parser
   * @throws IOException if it cannot be created
   */
  public JsonParser open(JsonFactory factory) throws IOException {
    return factory.createParser(bytes);
  }

  /**
   * Whether the captured object has a member of this name at its top level.
   *
   * @param factory the factory
   * @param name the member name
   * @return true if it has
   * @throws IOException if reading fails
   */
  public boolean hasMember(JsonFactory factory, String name) throws IOException {
    try (JsonParser p = open(factory)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        if (name.equals(p.currentName())) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    }
  }
}
