package io.github.livskraft.plan.analysis;

import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.coherence.CoherenceChecker;
import io.github.livskraft.plan.coverage.CoverageAnalyzer;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.suggest.LinkSuggester;
import io.github.livskraft.plan.validation.PlanValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the whole plan pipeline over plan documents read as one chain: validation ({@code PLAN-V…}), coherence
 * ({@code PLAN-C…}), SDG coverage and link suggestions, and returns one {@link PlanAnalysis}. This is what
 * {@code livskraft plan validate} and the report run. Immutable and thread-safe.
 *
 * <pre>{@code
 * LoadedPlanDocument doc = PlanReader.create().read(Path.of("kongsberg-kommuneplan.yaml"));
 * PlanAnalysis a = PlanAnalyzer.create().analyse(List.of(doc));
 * a.findings().forEach(f -> System.out.println(f.format(Language.NB)));   // PLAN-V… and PLAN-C… findings
 * a.coverage();                                                          // goals, depth, priority gaps
 * }</pre>
 */
public final class PlanAnalyzer {
  private final PlanValidator validator;
  private final Optional<CoherenceChecker> coherence;
  private final CoverageAnalyzer coverage;
  private final Optional<LinkSuggester> suggester;

  private PlanAnalyzer(Builder b) {
    this.validator = b.validator;
    this.coherence = Optional.ofNullable(b.coherence);
    this.coverage = b.coverage;
    this.suggester = Optional.ofNullable(b.suggester);
  }

  /** @return an analyser with the bundled catalogue, all coherence rules, no priority set and no suggestions */
  public static PlanAnalyzer create() {
    return builder().build();
  }

  /** @return a builder starting from {@link #create()}'s settings */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses documents as one chain; findings carry the file, line and JSON path of what they concern.
   *
   * @param documents the documents, as read by {@code PlanReader}
   * @return the analysis
   */
  public PlanAnalysis analyse(List<LoadedPlanDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    List<Finding> validation = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    for (LoadedPlanDocument d : documents) {
      validation.addAll(validator.validate(d));
      plans.addAll(d.document().plans());
    }
    PlanChain chain = PlanChain.of(plans);
    List<Finding> coh = documents.isEmpty() ? List.of() : coherence.map(c -> c.check(documents)).orElse(List.of());
    return new PlanAnalysis(chain, validation, coh, coverage.analyse(chain),
        suggester.map(s -> s.suggest(chain)).orElse(List.of()));
  }

  /** Options. */
  public static final class Builder {
    private PlanValidator validator = PlanValidator.create();
    private CoherenceChecker coherence = CoherenceChecker.create();
    private CoverageAnalyzer coverage = CoverageAnalyzer.create();
    private LinkSuggester suggester;

    private Builder() {}

    /**
     * @param validator the validator (e.g. with another catalogue edition)
     * @return this
     */
    public Builder validator(PlanValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * @param checker the coherence rules to run (e.g. with rules disabled or re-graded)
     * @return this
     */
    public Builder coherence(CoherenceChecker checker) {
      this.coherence = Objects.requireNonNull(checker, "checker");
      return this;
    }

    /** @return this, with the coherence rules switched off (validation only) */
    public Builder withoutCoherence() {
      this.coherence = null;
      return this;
    }

    /**
     * @param analyzer the coverage analyser (e.g. with a priority set)
     * @return this
     */
    public Builder coverage(CoverageAnalyzer analyzer) {
      this.coverage = Objects.requireNonNull(analyzer, "analyzer");
      return this;
    }

    /**
     * @param linkSuggester the suggester whose suggestions to include (none by default: tagging costs time)
     * @return this
     */
    public Builder suggestions(LinkSuggester linkSuggester) {
      this.suggester = Objects.requireNonNull(linkSuggester, "linkSuggester");
      return this;
    }

    /** @return the analyser */
    public PlanAnalyzer build() {
      return new PlanAnalyzer(this);
    }
  }
}
