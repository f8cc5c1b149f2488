package io.github.livskraft.casework.internal;

import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.ExplicitReference;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.tagger.ExplicitReferenceFinder;
import io.github.livskraft.tagger.SdgReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds explicit references to SDG goals and targets in a case with the tagger's shared detector
 * ({@link ExplicitReferenceFinder}): "bærekraftsmål nr. 5", "FNs bærekraftsmål 13", "bærekraftsmål 3, 4 og 11",
 * "delmål 16.7", "mål 11.2" near a word about the SDGs, "SDG 3", "berekraftsmål 4", "Sustainable Development Goal
 * 7", "target 11.6". A bare "mål 3" or "mål 2.1" is not a reference (municipal plans number their own goals); a
 * target must exist in the catalogue. Each reference is placed in the part of the case it stands in.
 */
public final class ReferenceFinder {
  private ReferenceFinder() {}

  /**
   * Finds the explicit references in a case, in text order.
   *
   * @param doc the case
   * @param catalogue the catalogue targets are checked against
   * @return the references
   */
  public static List<ExplicitReference> find(CaseDocument doc, SdgCatalogue catalogue) {
    List<SdgReference> found = ExplicitReferenceFinder.create(catalogue).find(doc.text());
    List<ExplicitReference> refs = new ArrayList<>(found.size());
    for (SdgReference r : found) {
      refs.add(new ExplicitReference(r.goal(), r.target(), r.start(), r.end(), r.text(), doc.partAt(r.start())));
    }
    return refs;
  }
}
