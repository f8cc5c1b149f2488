package io.github.livskraft.sdg;

import java.util.Objects;

/**
 * A search result: the entry, the text that matched (in the language searched, after fallback) and its score.
 *
 * @param entry the goal, target or indicator
 * @param matched the text that matched, with its language and provenance
 * @param score relevance, higher is better; only comparable within one search
 */
public record SearchHit(CatalogueEntry entry, TextVariant matched, double score) {
  /** Checks the arguments. */
  public SearchHit {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(matched, "matched");
  }

  /** The entry's code, e.g. {@code "13.2"}. */
  public String code() {
    return entry.codeText();
  }
}
