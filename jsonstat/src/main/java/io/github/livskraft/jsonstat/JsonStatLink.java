package io.github.livskraft.jsonstat;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a JSON-stat {@code link} object ({@code "link": {"relation": [ … ]}}), e.g. SSB's
 * {@code describedby} links that carry KLASS URNs in their {@code extension}. In a collection, an item may
 * embed a whole dataset ({@link #embedded()}).
 *
 * @param relation the IANA relation the link was listed under, e.g. {@code item}, {@code describedby}
 * @param href the target address
 * @param type the media type
 * @param label a label
 * @param linkClass the JSON-stat class of the target ({@code dataset}, {@code collection}, {@code dimension})
 * @param extensionJson the link's {@code extension} as compact JSON text
 * @param embedded the embedded JSON-stat document, if the item carries one
 */
public record JsonStatLink(String relation, Optional<String> href, Optional<String> type, Optional<String> label,
    Optional<String> linkClass, Optional<String> extensionJson, Optional<JsonStatResponse> embedded) {

  /** Checks that no component is null. */
  public JsonStatLink {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(linkClass, "linkClass");
    Objects.requireNonNull(extensionJson, "extensionJson");
    Objects.requireNonNull(embedded, "embedded");
  }

  /**
   * A plain reference.
   *
   * @param relation the relation, e.g. {@code alternate}
   * @param href the target
   * @return the link
   */
  public static JsonStatLink of(String relation, String href) {
    return new JsonStatLink(relation, Optional.of(href), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
