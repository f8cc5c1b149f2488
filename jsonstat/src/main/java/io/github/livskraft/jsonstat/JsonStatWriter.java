package io.github.livskraft.jsonstat;

import io.github.livskraft.sdg.internal.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes JSON-stat 2.0 (UTF-8): datasets, collections (with embedded datasets) and dimension documents.
 * Everything the reader keeps is written back (labels, units, child hierarchies, notes, links, extensions, roles,
 * statuses), so {@code read(write(x))} equals {@code x}. Values are written as a dense array (whole numbers
 * without a fraction, non-finite numbers as null); status as one string when it applies to every cell, otherwise
 * as a sparse object keyed by cell index, as SSB does. Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonStatWriter.create().toJson(dataset);
 * JsonStatWriter.builder().prettyPrint(true).build().write(dataset, Path.of("out.json"));
 * }</pre>
 */
public final class JsonStatWriter {
  private static final JsonStatWriter DEFAULTS = new JsonStatWriter(false);
  private static final long MAX_EXACT = 1L << 53;

  private final boolean prettyPrint;
  private final JsonFactory factory = JsonFactory.builder().build();

  private JsonStatWriter(boolean prettyPrint) {
    this.prettyPrint = prettyPrint;
  }

  /** A compact writer. */
  public static JsonStatWriter create() {
    return DEFAULTS;
  }

  /** A builder for other options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes a document to a stream (not closed).
   *
   * @param doc the document
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public void write(JsonStatResponse doc, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (prettyPrint) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("version", "2.0");
      body(doc, g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a file, atomically: a temporary file in the same directory is renamed into place, so a
   * failure never leaves a half-written file.
   *
   * @param doc the document
   * @param file the file
   * @throws UncheckedIOException if writing fails
   */
  public void write(JsonStatResponse doc, Path file) {
    try {
      AtomicFiles.write(file, out -> write(doc, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /**
   * The document as JSON text.
   *
   * @param doc the document
   * @return JSON-stat 2.0 text
   */
  public String toJson(JsonStatResponse doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(doc, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void body(JsonStatResponse doc, JsonGenerator g) throws IOException {
    g.writeStringField("class", doc.jsonStatClass());
    opt(g, "href", doc.href());
    if (!(doc instanceof JsonStatDimensionDocument)) {
      opt(g, "label", doc.label());
    }
    opt(g, "source", doc.source());
    opt(g, "updated", doc.updated());
    if (doc instanceof JsonStatDataset d) {
      dataset(d, g);
    } else if (doc instanceof JsonStatCollection c) {
      notes(g, c.notes());
      raw(g, "extension", c.extensionJson());
      links(g, c.links());
    } else if (doc instanceof JsonStatDimensionDocument dd) {
      dimensionBody(dd.dimension(), g);
      raw(g, "extension", dd.extensionJson());
      links(g, dd.links());
    }
  }

  private void dataset(JsonStatDataset d, JsonGenerator g) throws IOException {
    notes(g, d.notes());
    if (!d.roles().isEmpty()) {
      g.writeObjectFieldStart("role");
      for (Map.Entry<String, List<String>> e : d.roles().entrySet()) {
        stringArray(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    stringArray(g, "id", d.ids());
    g.writeArrayFieldStart("size");
    for (int s : d.sizes()) {
      g.writeNumber(s);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("dimension");
    for (JsonStatDimension dim : d.dimensions()) {
      g.writeObjectFieldStart(dim.id());
      dimensionBody(dim, g);
      raw(g, "extension", dim.extensionJson());
      links(g, dim.links());
      g.writeEndObject();
    }
    g.writeEndObject();
    raw(g, "extension", d.extensionJson());
    raw(g, "error", d.errorJson());
    links(g, d.links());
    g.writeArrayFieldStart("value");
    int n = d.cellCount();
    for (int i = 0; i < n; i++) {
      Optional<String> text = d.findText(i);
      if (text.isPresent()) {
        g.writeString(text.get());
      } else if (d.isNull(i)) {
        g.writeNull();
      } else {
        number(g, d.value(i));
      }
    }
    g.writeEndArray();
    if (d.hasStatus()) {
      if (d.hasUniformStatus() && n > 0) {
        g.writeStringField("status", d.findStatus(0).orElseThrow());
      } else {
        g.writeObjectFieldStart("status");
        for (int i = 0; i < n; i++) {
          Optional<String> s = d.findStatus(i);
          if (s.isPresent()) {
            g.writeStringField(Integer.toString(i), s.get());
          }
        }
        g.writeEndObject();
      }
    }
  }

  private static void number(JsonGenerator g, double v) throws IOException {
    if (!Double.isFinite(v)) {
      g.writeNull();
    } else if (v == Math.rint(v) && Math.abs(v) < MAX_EXACT && !(v == 0 && 1 / v < 0)) {
      g.writeNumber((long) v);
    } else {
      g.writeNumber(v);
    }
  }

  private void dimensionBody(JsonStatDimension dim, JsonGenerator g) throws IOException {
    opt(g, "label", dim.label());
    opt(g, "href", dim.href());
    notes(g, dim.notes());
    g.writeObjectFieldStart("category");
    stringArray(g, "index", dim.codes());
    if (dim.hasExplicitLabels()) {
      g.writeObjectFieldStart("label");
      for (int i = 0; i < dim.size(); i++) {
        if (dim.hasExplicitLabel(i)) {
          g.writeStringField(dim.code(i), dim.labelAt(i));
        }
      }
      g.writeEndObject();
    }
    if (!dim.units().isEmpty()) {
      g.writeObjectFieldStart("unit");
      for (Map.Entry<String, JsonStatUnit> e : dim.units().entrySet()) {
        JsonStatUnit u = e.getValue();
        g.writeObjectFieldStart(e.getKey());
        opt(g, "label", u.label());
        if (u.decimals().isPresent()) {
          g.writeNumberField("decimals", u.decimals().getAsInt());
        }
        opt(g, "symbol", u.symbol());
        opt(g, "position", u.position().map(JsonStatUnit.Position::jsonName));
        opt(g, "base", u.base());
        opt(g, "type", u.type());
        if (u.multiplier().isPresent()) {
          g.writeNumberField("multiplier", u.multiplier().getAsInt());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (!dim.children().isEmpty()) {
      g.writeObjectFieldStart("child");
      for (Map.Entry<String, List<String>> e : dim.children().entrySet()) {
        stringArray(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    if (!dim.coordinates().isEmpty()) {
      g.writeObjectFieldStart("coordinates");
      for (Map.Entry<String, List<Double>> e : dim.coordinates().entrySet()) {
        g.writeArrayFieldStart(e.getKey());
        for (double v : e.getValue()) {
          g.writeNumber(v);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    if (!dim.categoryNotes().isEmpty()) {
      g.writeObjectFieldStart("note");
      for (Map.Entry<String, List<String>> e : dim.categoryNotes().entrySet()) {
        stringArray(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void links(JsonGenerator g, List<JsonStatLink> links) throws IOException {
    if (links.isEmpty()) {
      return;
    }
    Map<String, List<JsonStatLink>> byRelation = new LinkedHashMap<>();
    for (JsonStatLink l : links) {
      byRelation.computeIfAbsent(l.relation(), k -> new java.util.ArrayList<>()).add(l);
    }
    g.writeObjectFieldStart("link");
    for (Map.Entry<String, List<JsonStatLink>> e : byRelation.entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (JsonStatLink l : e.getValue()) {
        g.writeStartObject();
        if (l.embedded().isPresent()) {
          JsonStatResponse emb = l.embedded().get();
          // the embedded document's own fields; an explicit item label/href wins where the document has none
          body(emb, g);
          if (emb.href().isEmpty()) {
            opt(g, "href", l.href());
          }
          opt(g, "type", l.type());
        } else {
          opt(g, "class", l.linkClass());
          opt(g, "href", l.href());
          opt(g, "type", l.type());
          opt(g, "label", l.label());
          raw(g, "extension", l.extensionJson());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void notes(JsonGenerator g, List<String> notes) throws IOException {
    if (!notes.isEmpty()) {
      stringArray(g, "note", notes);
    }
  }

  private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void opt(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void raw(JsonGenerator g, String name, Optional<String> json) throws IOException {
    if (json.isPresent()) {
      g.writeFieldName(name);
      g.writeRawValue(json.get());
    }
  }

  /** Options for a {@link JsonStatWriter}. */
  public static final class Builder {
    private boolean prettyPrint;

    private Builder() {}

    /**
     * Indent the output.
     *
     * @param prettyPrint true to indent
     * @return this
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /** Builds the writer. */
    public JsonStatWriter build() {
      return new JsonStatWriter(prettyPrint);
    }
  }
}
