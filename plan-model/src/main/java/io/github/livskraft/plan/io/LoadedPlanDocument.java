package io.github.livskraft.plan.io;

import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.SourceLocation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan document together with where it came from: the file name and the line/column of every JSON value, so
 * that validation and coherence findings can point into the file. Immutable.
 */
public final class LoadedPlanDocument {
  private final PlanDocument document;
  private final String file;
  private final Map<String, SourceLocation> locations;

  /** Takes ownership of the map (the reader builds it for this document only). */
  LoadedPlanDocument(PlanDocument document, String file, Map<String, SourceLocation> locations) {
    this.document = Objects.requireNonNull(document, "document");
    this.file = Objects.requireNonNull(file, "file");
    this.locations = java.util.Collections.unmodifiableMap(locations);
  }

  /**
   * A document that was not read from a file (locations are then unknown).
   *
   * @param document the document
   * @param name a name to show in findings
   * @return the loaded document
   */
  public static LoadedPlanDocument inMemory(PlanDocument document, String name) {
    return new LoadedPlanDocument(document, name, Map.of());
  }

  /** The document. */
  public PlanDocument document() {
    return document;
  }

  /** The file name as given to the reader. */
  public String file() {
    return file;
  }

  /**
   * The location of the value at a JSON pointer, or of its nearest enclosing value.
   *
   * @param pointer a JSON pointer, e.g. {@code /plans/0/elements/3/title}
   * @return the location, or empty if the document was not read from text
   */
  public Optional<SourceLocation> locate(String pointer) {
    String p = pointer;
    while (true) {
      SourceLocation l = locations.get(p);
      if (l != null) {
        return Optional.of(l);
      }
      if (p.isEmpty()) {
        return locations.isEmpty() ? Optional.empty() : Optional.of(new SourceLocation(file, 0, 0));
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /**
   * Converts a JSON path ({@code $.plans[0].elements[3].title}) to a JSON pointer ({@code /plans/0/elements/3/title}).
   *
   * @param path the JSON path
   * @return the pointer
   */
  public static String pointerOf(String path) {
    String p = path.startsWith("$") ? path.substring(1) : path;
    return p.replace("[", "/").replace("]", "").replace('.', '/');
  }
}
