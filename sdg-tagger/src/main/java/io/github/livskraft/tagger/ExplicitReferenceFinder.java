package io.github.livskraft.tagger;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import io.github.livskraft.tagger.internal.ExplicitReferences;
import io.github.livskraft.tagger.internal.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds explicit references to SDG goals and targets in bokmål, nynorsk and English text — the one detector that
 * {@link SdgTagger}, casework and the Spark functions share.
 *
 * <p>Found: "bærekraftsmål nr. 5", "FNs bærekraftsmål 13", "berekraftsmål 4", "bærekraftsmålene 1 og 10",
 * "bærekraftsmål 9, 11 og 13", "verdensmål 3", "delmål 16.7", "SDG 3", "SDG3", "SDG 11.6", "Sustainable
 * Development Goal 13", "target 6.1", "target 14.a", and "mål 11.2" / "mål 6 i FNs bærekraftsmål" / "goal 5"
 * when a word about the SDGs (bærekraft…, berekraft…, FN, UN, SDG, verdensmål, "globale mål") stands in the
 * same sentence within a few words. A goal must be 1–17 and a target must exist in the catalogue (17.19 yes;
 * 16.11, 18.1 or 3.77 no).
 *
 * <p>Not references: a plan's own numbering without SDG context ("mål 2", "Mål 2.1 i planen", "delmål 3", and
 * "delmål 1.2" in a text that numbers its own "Hovedmål 1"),
 * measures ("mål 11.2 km", "bærekraftsmål 5 prosent"), times and years ("kl. 13", "bærekraftsmål 2030"), codes of
 * other kinds ("indikator 11.6.1"), and a number in the next sentence ("… FNs bærekraftsmål. 13 kommuner …").
 * Negation is not applied here (the tagger drops references in negated consequence clauses).
 *
 * <pre>{@code
 * List<SdgReference> refs = ExplicitReferenceFinder.create().find("Saka gjeld berekraftsmål 4 og delmål 16.7.");
 * refs.get(1).code();   // "16.7"
 * refs.get(1).text();   // "delmål 16.7"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ExplicitReferenceFinder {
  private final SdgCatalogue catalogue;

  private ExplicitReferenceFinder(SdgCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** A finder that checks targets against the bundled catalogue ({@link SdgCatalogue#bundled()}). */
  public static ExplicitReferenceFinder create() {
    return new ExplicitReferenceFinder(SdgCatalogue.bundled());
  }

  /**
   * A finder that checks targets against a catalogue.
   *
   * @param catalogue the catalogue that decides which targets exist
   * @return the finder
   */
  public static ExplicitReferenceFinder create(SdgCatalogue catalogue) {
    return new ExplicitReferenceFinder(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Finds the references of a text.
   *
   * @param text the text
   * @return the references in text order; a list ("bærekraftsmål 3, 4 og 11") gives one reference per number
   */
  public List<SdgReference> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<ExplicitReferences.Ref> refs = ExplicitReferences.find(Tokens.of(text),
        code -> catalogue.findTarget(code).isPresent());
    List<SdgReference> out = new ArrayList<>(refs.size());
    for (ExplicitReferences.Ref r : refs) {
      out.add(toReference(text, r));
    }
    return List.copyOf(out);
  }

  static SdgReference toReference(CharSequence text, ExplicitReferences.Ref r) {
    Optional<TargetCode> target = r.target().isEmpty() ? Optional.empty() : Optional.of(TargetCode.parse(r.code()));
    return new SdgReference(GoalCode.of(r.goal()), target, r.charStart(), r.charEnd(),
        text.subSequence(r.charStart(), r.charEnd()).toString(), r.codeStart(), r.charEnd());
  }
}
