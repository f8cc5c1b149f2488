package io.github.livskraft.jsonstat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON-stat 2.0 {@code collection}: a list of items ({@code link.item}) that either refer to other documents
 * by {@code href} or embed them.
 *
 * @param version the version
 * @param label the label
 * @param href the href
 * @param source the source
 * @param updated the raw updated string
 * @param notes the notes
 * @param links every link (including the {@code item} links)
 * @param extensionJson the extension as compact JSON
 */
public record JsonStatCollection(String version, Optional<String> label, Optional<String> href,
    Optional<String> source, Optional<String> updated, List<String> notes, List<JsonStatLink> links,
    Optional<String> extensionJson) implements JsonStatResponse {

  /** Copies the lists and checks for nulls. */
  public JsonStatCollection {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(updated, "updated");
    notes = List.copyOf(notes);
    links = List.copyOf(links);
    Objects.requireNonNull(extensionJson, "extensionJson");
  }

  @Override
  public String jsonStatClass() {
    return "collection";
  }

  /** The {@code item} links, embedded or not, in order. */
  public List<JsonStatLink> items() {
    return links.stream().filter(l -> l.relation().equals("item")).toList();
  }

  /** The datasets embedded in the items, in order (references by {@code href} are not fetched). */
  public List<JsonStatDataset> datasets() {
    return items().stream().flatMap(l -> l.embedded().stream())
        .filter(JsonStatDataset.class::isInstance).map(JsonStatDataset.class::cast).toList();
  }
}
