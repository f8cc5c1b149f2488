package io.github.livskraft.sdg;

import java.util.Objects;
import java.util.Optional;

/**
 * A target (delmål) of a goal, e.g. 11.6. Immutable and thread-safe.
 *
 * <pre>{@code
 * Target t = SdgCatalogue.bundled().getTarget(TargetCode.parse("11.6"));
 * t.title(Language.NB);   // official bokmål wording
 * t.kind();               // TargetKind.OUTCOME
 * }</pre>
 *
 * @param code the target code
 * @param kind outcome or means of implementation (data, not derived from the code form)
 * @param titleText the target text
 * @param note a footnote of the framework (14.6), not part of the text
 */
public record Target(TargetCode code, TargetKind kind, LocalizedText titleText, Optional<LocalizedText> note)
    implements CatalogueEntry {

  /** Checks the arguments. */
  public Target {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(titleText, "titleText");
    Objects.requireNonNull(note, "note");
  }

  /** The goal this target belongs to. */
  public GoalCode goal() {
    return code.goal();
  }

  @Override
  public EntryType entryType() {
    return EntryType.TARGET;
  }

  @Override
  public String codeText() {
    return code.toString();
  }
}
