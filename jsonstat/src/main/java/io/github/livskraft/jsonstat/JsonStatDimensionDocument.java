package io.github.livskraft.jsonstat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stand-alone JSON-stat 2.0 {@code dimension} document (class {@code dimension}). Its
 * {@link JsonStatDimension#id()} is empty, since such documents carry no id.
 *
 * @param version the version
 * @param href the href
 * @param source the source
 * @param updated the raw updated string
 * @param dimension the dimension (label, categories, units, notes …)
 * @param links the links
 * @param extensionJson the extension
 */
public record JsonStatDimensionDocument(String version, Optional<String> href, Optional<String> source,
    Optional<String> updated, JsonStatDimension dimension, List<JsonStatLink> links,
    Optional<String> extensionJson) implements JsonStatResponse {

  /** Copies the lists and checks for nulls. */
  public JsonStatDimensionDocument {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(dimension, "dimension");
    links = List.copyOf(links);
    Objects.requireNonNull(extensionJson, "extensionJson");
  }

  @Override
  public String jsonStatClass() {
    return "dimension";
  }

  @Override
  public Optional<String> label() {
    return dimension.label();
  }

  @Override
  public List<String> notes() {
    return dimension.notes();
  }
}
