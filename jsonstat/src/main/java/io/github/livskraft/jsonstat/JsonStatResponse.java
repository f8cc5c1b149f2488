package io.github.livskraft.jsonstat;

import java.util.List;
import java.util.Optional;

/**
 * A JSON-stat 2.0 document as {@link JsonStatReader#read(java.nio.file.Path)} returns it: a
 * {@link JsonStatDataset}, a {@link JsonStatCollection} or a stand-alone {@link JsonStatDimensionDocument}.
 *
 * <pre>{@code
 * JsonStatResponse doc = JsonStatReader.create().read(path);
 * if (doc instanceof JsonStatDataset d) {
 *   …
 * } else if (doc instanceof JsonStatCollection c) {
 *   c.datasets();   // embedded datasets
 * }
 * }</pre>
 */
public sealed interface JsonStatResponse permits JsonStatDataset, JsonStatCollection, JsonStatDimensionDocument {
  /** The JSON-stat class name: {@code dataset}, {@code collection} or {@code dimension}. */
  String jsonStatClass();

  /** The {@code version} as written ({@code "2.0"}); {@code "2.0"} when absent or upgraded from 1.x. */
  String version();

  /** The {@code label}. */
  Optional<String> label();

  /** The {@code href}. */
  Optional<String> href();

  /** The {@code source}. */
  Optional<String> source();

  /** The raw {@code updated} string, exactly as published (keep it: it tells KOSTRA editions apart). */
  Optional<String> updated();

  /** The document-level {@code note} entries. */
  List<String> notes();

  /** The document-level {@code link} entries, flattened in order (relation kept on each). */
  List<JsonStatLink> links();

  /** The document-level {@code extension} as compact JSON text (e.g. SSB's {@code px} block). */
  Optional<String> extensionJson();
}
