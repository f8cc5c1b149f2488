package io.github.livskraft.casework;

import io.github.livskraft.casework.internal.GoldenThreadRanker;
import io.github.livskraft.casework.internal.ImpactCues;
import io.github.livskraft.casework.internal.ReferenceFinder;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.MatchSpan;
import io.github.livskraft.tagger.RuleMatch;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.tagger.TargetSuggestion;
import io.github.livskraft.tagger.TaggingRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the bærekraftsvurdering of a case and runs the officer's review. Immutable and thread-safe; build once with
 * {@link #builder()} and share.
 *
 * <ol>
 *   <li><b>Explicit references</b> ("bærekraftsmål 13", "delmål 16.7", "SDG 3") are found exactly and rank first.</li>
 *   <li><b>Tagged goals and targets</b> come from the {@link SdgTagger}; each rule contribution is multiplied by the
 *       {@link PartKind#weight()} of the part its first span stands in (innstilling 2.0 … vedlegg 0.3). A tagged goal
 *       is kept when its weighted score reaches {@link #threshold()}, so hits only in the vedlegg list drop out.</li>
 *   <li>A <b>suggested impact</b> per goal from cue phrases next to the evidence ({@link ImpactSuggestion}).</li>
 *   <li>The <b>golden thread</b> to the plans given to the builder.</li>
 * </ol>
 *
 * <p>Every line carries the evidence level and confidence of its strongest contributing suggestion (an explicit
 * reference gives {@code EXPLICIT}; see {@link GoalLine}). Every line starts {@link LineStatus#SUGGESTED}; {@link #confirm}, {@link #reject} and {@link #add} record who,
 * when (from the injected {@link Clock}) and why. {@link #reassess} keeps decided lines and flags those whose evidence
 * vanished.
 *
 * <pre>{@code
 * CaseAssessor assessor = CaseAssessor.builder().plans(plans).clock(clock).build();
 * Assessment a = assessor.assess(CaseReader.create().read(Path.of("sak.docx")));
 * a = assessor.confirm(a, GoalCode.of(13), "Kari Nordmann", Optional.of("Innstillingen halverer utslippene"),
 *     Optional.of(Impact.POSITIVE));
 * }</pre>
 */
public final class CaseAssessor {
  /** The score an explicit reference adds to its goal. */
  public static final double EXPLICIT_SCORE = 10.0;

  private final SdgCatalogue catalogue;
  private final SdgTagger tagger;
  private final Clock clock;
  private final List<Plan> plans;
  private final double threshold;
  private final String rulesVersion;
  private final GoldenThreadRanker ranker;

  private CaseAssessor(Builder b) {
    this.catalogue = b.catalogue;
    this.tagger = b.tagger;
    this.clock = b.clock;
    this.plans = List.copyOf(b.plans);
    this.threshold = b.threshold;
    this.ranker = GoldenThreadRanker.of(plans);
    Set<String> sources = new TreeSet<>();
    for (TaggingRule r : tagger.rules()) {
      String s = r.source();
      sources.add(s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1));
    }
    this.rulesVersion = "sdg-tagger:" + String.join(",", sources) + " (" + tagger.rules().size() + " rules)";
  }

  /** A builder with the default catalogue, the bundled tagger, the system clock and no plans. */
  public static Builder builder() {
    return new Builder();
  }

  /** The minimum weighted score of a tagged goal. */
  public double threshold() {
    return threshold;
  }

  /** The plans the golden thread is drawn to. */
  public List<Plan> plans() {
    return plans;
  }

  /** The catalogue used. */
  public SdgCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Assesses a case.
   *
   * @param doc the case
   * @return the assessment, every line {@link LineStatus#SUGGESTED}
   */
  public Assessment assess(CaseDocument doc) {
    Objects.requireNonNull(doc, "doc");
    List<ExplicitReference> refs = ReferenceFinder.find(doc, catalogue);
    TagResult tags = tagger.tag(doc.id(), doc.text(), doc.language());
    Map<GoalCode, Draft> drafts = new LinkedHashMap<>();
    for (ExplicitReference r : refs) {
      Draft d = drafts.computeIfAbsent(r.goal(), Draft::new);
      d.explicit = true;
      d.strongest(io.github.livskraft.tagger.Evidence.EXPLICIT);
      d.score += EXPLICIT_SCORE;
      r.target().ifPresent(d.explicitTargets::add);
      d.evidence.add(new Evidence(r.start(), r.end(), r.text(), r.part(), Evidence.EXPLICIT));
    }
    for (GoalSuggestion g : tags.goals()) {
      double weighted = 0;
      List<Evidence> ev = new ArrayList<>();
      for (RuleMatch m : g.matches()) {
        PartKind part = m.spans().isEmpty() ? PartKind.OTHER : doc.partAt(m.spans().get(0).start());
        weighted += m.contribution() * part.weight();
        for (MatchSpan s : m.spans()) {
          ev.add(new Evidence(s.start(), s.end(), s.text(), doc.partAt(s.start()), m.ruleId()));
        }
      }
      Draft d = drafts.get(g.goal());
      if (d == null && weighted < threshold) {
        continue;
      }
      if (d == null) {
        d = new Draft(g.goal());
        drafts.put(g.goal(), d);
      }
      d.tagged = true;
      d.strongest(g.evidence());
      d.score += weighted;
      d.evidence.addAll(ev);
    }
    for (TargetSuggestion t : tags.targets()) {
      Draft d = drafts.get(t.target().goal());
      if (d != null) {
        d.taggedTargets.add(t.target());
      }
    }
    List<GoalLine> lines = new ArrayList<>();
    String lower = doc.text().toLowerCase(Locale.ROOT);
    String cueText = lower.length() == doc.text().length() ? lower : doc.text();
    for (Draft d : drafts.values()) {
      lines.add(d.toLine(doc, cueText));
    }
    lines.sort(Comparator.comparing((GoalLine l) -> !l.explicit()).thenComparing(
        Comparator.comparingDouble(GoalLine::score).reversed()).thenComparing(GoalLine::goal));
    Assessment a = new Assessment(doc.id(), doc.title(), doc.header().caseNumber(), doc.language(),
        catalogue.revision().edition(), rulesVersion, clock.instant(), sha256(doc.text()), lines, refs,
        GoldenThread.none());
    return a.withGoldenThread(thread(a, doc.text()));
  }

  /**
   * Re-assesses a changed text: lines the officer confirmed or rejected keep their status, decision and impact
   * (their evidence is refreshed from the new text); a decided line whose evidence is no longer in the text is kept
   * with {@link GoalLine#evidenceVanished()} set; lines the officer added stay.
   *
   * @param previous the earlier assessment
   * @param changed the changed case
   * @return the new assessment
   */
  public Assessment reassess(Assessment previous, CaseDocument changed) {
    Assessment fresh = assess(changed);
    Assessment out = fresh;
    for (GoalLine old : previous.lines()) {
      if (old.status() == LineStatus.SUGGESTED) {
        continue;
      }
      Optional<GoalLine> now = fresh.findLine(old.goal());
      GoalLine kept;
      if (now.isPresent()) {
        GoalLine n = now.get();
        kept = new GoalLine(n.goal(), n.targets(), n.origin(), n.score(), n.evidence(), n.suggestedImpact(),
            old.impact(), old.status(), old.decision(), false, n.evidenceLevel());
      } else {
        boolean vanished = old.origin() != LineOrigin.OFFICER;
        kept = new GoalLine(old.goal(), old.targets(), old.origin(), 0, List.of(), ImpactSuggestion.unclear(),
            old.impact(), old.status(), old.decision(), vanished, Optional.empty());
      }
      out = out.withLine(kept);
    }
    return out.withGoldenThread(thread(out, changed.text()));
  }

  /**
   * Confirms a goal line.
   *
   * @param a the assessment
   * @param goal the goal
   * @param by the case officer
   * @param justification an optional justification
   * @param impact the impact the officer confirms or sets (empty: leave open)
   * @return the changed assessment
   * @throws CaseworkException ({@link CaseErrorCode#NO_SUCH_GOAL_LINE}) if the goal has no line
   */
  public Assessment confirm(Assessment a, GoalCode goal, String by, Optional<String> justification,
      Optional<Impact> impact) {
    GoalLine line = a.getLine(goal);
    return a.withLine(line.confirmed(Decision.now(by, clock, justification), impact));
  }

  /**
   * Rejects a goal line.
   *
   * @param a the assessment
   * @param goal the goal
   * @param by the case officer
   * @param justification an optional justification
   * @return the changed assessment
   * @throws CaseworkException ({@link CaseErrorCode#NO_SUCH_GOAL_LINE}) if the goal has no line
   */
  public Assessment reject(Assessment a, GoalCode goal, String by, Optional<String> justification) {
    GoalLine line = a.getLine(goal);
    return a.withLine(line.rejected(Decision.now(by, clock, justification)));
  }

  /**
   * Adds a goal the officer finds relevant (or confirms it if it already has a line).
   *
   * @param a the assessment
   * @param goal the goal
   * @param targets targets of that goal
   * @param by the case officer
   * @param justification an optional justification
   * @param impact the impact
   * @return the changed assessment
   */
  public Assessment add(Assessment a, GoalCode goal, List<TargetCode> targets, String by,
      Optional<String> justification, Impact impact) {
    if (a.findLine(goal).isPresent()) {
      return confirm(a, goal, by, justification, Optional.of(impact));
    }
    GoalLine line = new GoalLine(goal, targets, LineOrigin.OFFICER, 0, List.of(), ImpactSuggestion.unclear(),
        Optional.of(impact), LineStatus.CONFIRMED, Optional.of(Decision.now(by, clock, justification)), false,
        Optional.empty());
    Assessment out = a.withLine(line);
    return out.withGoldenThread(out.goldenThread());
  }

  private GoldenThread thread(Assessment a, String text) {
    Set<GoalCode> goals = new TreeSet<>();
    Set<TargetCode> targets = new TreeSet<>();
    for (GoalLine l : a.lines()) {
      if (l.status() != LineStatus.REJECTED) {
        goals.add(l.goal());
        targets.addAll(l.targets());
      }
    }
    return ranker.rank(text, goals, targets, 10);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
          StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private static final class Draft {
    final GoalCode goal;
    boolean explicit;
    boolean tagged;
    double score;
    final Set<TargetCode> explicitTargets = new LinkedHashSet<>();
    final Set<TargetCode> taggedTargets = new TreeSet<>();
    final List<Evidence> evidence = new ArrayList<>();
    io.github.livskraft.tagger.Evidence level;

    Draft(GoalCode goal) {
      this.goal = goal;
    }

    /** Keeps the stronger level: the higher confidence, ties to the level listed first (see {@link GoalLine}). */
    void strongest(io.github.livskraft.tagger.Evidence candidate) {
      if (level == null || candidate.confidence() > level.confidence()
          || candidate.confidence() == level.confidence() && candidate.ordinal() < level.ordinal()) {
        level = candidate;
      }
    }

    GoalLine toLine(CaseDocument doc, String cueText) {
      Set<TargetCode> targets = new LinkedHashSet<>(explicitTargets);
      targets.addAll(taggedTargets);
      List<Evidence> ev = new ArrayList<>(evidence);
      ev.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
      LineOrigin origin = explicit && tagged ? LineOrigin.EXPLICIT_AND_TAGGED
          : explicit ? LineOrigin.EXPLICIT : LineOrigin.TAGGED;
      return new GoalLine(goal, List.copyOf(targets), origin, Math.round(score * 1000) / 1000.0, ev,
          ImpactCues.suggest(doc, cueText, ev), Optional.empty(), LineStatus.SUGGESTED, Optional.empty(), false,
          Optional.of(level));
    }
  }

  /** Builds a {@link CaseAssessor}; not thread-safe. */
  public static final class Builder {
    private SdgCatalogue catalogue = SdgCatalogue.bundled();
    private SdgTagger tagger = SdgTagger.bundled();
    private Clock clock = Clock.systemUTC();
    private final List<Plan> plans = new ArrayList<>();
    private double threshold = SdgTagger.DEFAULT_THRESHOLD;

    private Builder() {}

    /** The catalogue. @param c the catalogue @return this builder */
    public Builder catalogue(SdgCatalogue c) {
      catalogue = Objects.requireNonNull(c, "catalogue");
      return this;
    }

    /** The tagger. @param t the tagger @return this builder */
    public Builder tagger(SdgTagger t) {
      tagger = Objects.requireNonNull(t, "tagger");
      return this;
    }

    /** The clock for assessment times and decisions. @param c the clock @return this builder */
    public Builder clock(Clock c) {
      clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /** The minimum weighted score of a tagged goal. @param t a positive number @return this builder */
    public Builder threshold(double t) {
      if (!(t > 0) || Double.isInfinite(t)) {
        throw new io.github.livskraft.tagger.TaggerArgumentException(io.github.livskraft.tagger.TaggerErrorCode.THRESHOLD,
            t);
      }
      threshold = t;
      return this;
    }

    /** Adds plans for the golden thread. @param p the plans @return this builder */
    public Builder plans(List<Plan> p) {
      plans.addAll(p);
      return this;
    }

    /**
     * Adds the plans of plan files (YAML or JSON, as read by plan-model).
     *
     * @param files the files
     * @return this builder
     * @throws CaseworkException ({@link CaseErrorCode#PLAN_FILE}) if a file cannot be read
     */
    public Builder planFiles(List<Path> files) {
      PlanReader reader = PlanReader.create();
      for (Path f : files) {
        try {
          plans.addAll(reader.read(f).document().plans());
        } catch (PlanModelException e) {
          throw new CaseworkException(CaseErrorCode.PLAN_FILE, e, f, e);
        }
      }
      return this;
    }

    /** Builds the assessor. @return the assessor */
    public CaseAssessor build() {
      return new CaseAssessor(this);
    }
  }
}
