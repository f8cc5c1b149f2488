package io.github.livskraft.municipalities;


import io.github.livskraft.sdg.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a municipality number leads on a target day: the same code, a chain of 1:1 renumberings, or a merger or
 * split that needs an explicit policy.
 *
 * @param code the code asked about
 * @param target the target day (e.g. 1 January of the target year)
 * @param outcome what happened
 * @param targets the code(s) on the target day: one for UNCHANGED, RENUMBERED and MERGED (the merged
 *     municipality, or when walking back the predecessors), several for SPLIT, none otherwise
 * @param path the changes walked, in order
 */
public record CodeResolution(MunicipalityCode code, LocalDate target, Outcome outcome,
    List<MunicipalityCode> targets, List<CodeChange> path) {

  /** What happened to a code between its validity and the target day. */
  public enum Outcome {
    /** The code is valid on the target day. */
    UNCHANGED,
    /** Only 1:1 renumberings lie between: the series can be chained. */
    RENUMBERED,
    /** A merger lies between (forward: several codes became one; backward: one code came from several). */
    MERGED,
    /** A split or boundary transfer lies between. */
    SPLIT,
    /** The code is known but no change explains where it went (not in the registry's change table). */
    UNKNOWN_SUCCESSOR,
    /** The code is not in the registry at all. */
    NOT_FOUND;

    /**
     * What happened, for a reader ({@code CodeResolution.Outcome.<CONSTANT>} in the module's bundle).
     *
     * @param language the reader's language
     * @return e.g. "slått saman med andre kommunar" for {@link #MERGED} in nynorsk
     */
    public String label(Language language) {
      return MunicipalityErrorCode.NOT_AUTOMATIC.messages().pattern("CodeResolution.Outcome." + name(),
          Objects.requireNonNull(language, "language"));
    }
  }

  /** Copies. */
  public CodeResolution {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(outcome, "outcome");
    targets = List.copyOf(targets);
    path = List.copyOf(path);
  }

  /** @return whether the series can be carried onto the target codes automatically (unchanged or renumbered) */
  public boolean isAutomatic() {
    return outcome == Outcome.UNCHANGED || outcome == Outcome.RENUMBERED;
  }

  /**
   * The single target code of an automatic resolution.
   *
   * @return the code
   * @throws MunicipalityException if the resolution is not automatic
   */
  public MunicipalityCode targetCode() {
    if (!isAutomatic() || targets.size() != 1) {
      throw new MunicipalityException(MunicipalityErrorCode.NOT_AUTOMATIC, null, code, target, outcome,
          targets.isEmpty() ? "–"
              : targets.stream().map(MunicipalityCode::toString).collect(Collectors.joining(", ")),
          path.isEmpty() ? "–" : path.stream().map(CodeChange::toString).collect(Collectors.joining("; ")));
    }
    return targets.get(0);
  }
}
