package io.github.livskraft.jsonstat.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/** Renders Jackson parsing contexts as JSONPath text ({@code $.dimension['1.1'].category.index[3]}). */
public final class JsonPaths {
  private JsonPaths() {}

  /**
   * The path of the current value of a parsing context.
   *
   * @param ctx the context (of the value, not of its container)
   * @return the JSONPath
   */
  public static String of(@Nullable JsonStreamContext ctx) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject()) {
        String name = c.getCurrentName();
        if (name != null) {
          parts.push(member(name));
        }
      }
    }
    StringBuilder sb = new StringBuilder("$");
    parts.forEach(sb::append);
    return sb.toString();
  }

  /**
   * A member step: {@code .name} for plain identifiers, {@code ['name']} otherwise.
   *
   * @param name the member name
   * @return the step
   */
  public static String member(String name) {
    boolean plain = !name.isEmpty() && !Character.isDigit(name.charAt(0));
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = c == '_' || c == '$' || (c < 128 && Character.isLetterOrDigit(c));
    }
    return plain ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * "line L, column C" for a location, or {@code null} when unknown.
   *
   * @param loc the location
   * @return the text or null
   */
  public static @Nullable String location(@Nullable JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return null;
    }
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }
}
