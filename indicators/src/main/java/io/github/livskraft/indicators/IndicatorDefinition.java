package io.github.livskraft.indicators;

import io.github.livskraft.indicators.internal.Texts;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.IndicatorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The definition of one municipal indicator (indikatordefinisjon): what it measures, its unit and direction, the
 * SDG targets it informs, the formula over its source series, and how it may be aggregated. Definitions are data:
 * the bundled Norwegian municipal set is loaded by {@link IndicatorLibrary#bundled()}, and users add their
 * own definition files with {@link IndicatorLibrary#load}.
 *
 * <pre>{@code
 * IndicatorDefinition d = IndicatorLibrary.bundled().get("waste.household-per-capita");
 * d.name().text(Language.NB);   // "Husholdningsavfall per innbygger"
 * d.direction();              // LOWER_IS_BETTER
 * d.verified();               // false: the table's ContentsCode is not verified in the SSB reference
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id, lower case, dot-separated, e.g. {@code waste.household-per-capita}
 * @param name the name (nb/en/nn)
 * @param description a one- or two-sentence description, if any
 * @param theme a theme for grouping, e.g. {@code environment}
 * @param unit the unit (nb/en), e.g. "kg per innbygger"
 * @param decimals decimals to show (0–6)
 * @param direction which values are better
 * @param limit a natural limit of the value (e.g. 100 for a percentage), used by the Open SDG method without target
 * @param targetLinks links to SDG targets, with roles (at least one)
 * @param unIndicator the equivalent UN global indicator, if any
 * @param formula how the value is computed from the sources
 * @param sources the source series (at least one; keys must be unique)
 * @param aggregation how values may be aggregated across municipalities
 * @param caveats caveats a user must know (nb/en)
 */
public record IndicatorDefinition(String id, LocalizedText name, Optional<LocalizedText> description, String theme,
    LocalizedText unit, int decimals, Direction direction, Optional<Double> limit, List<TargetLink> targetLinks,
    Optional<IndicatorCode> unIndicator, Formula formula, List<DataSource> sources, AggregationRule aggregation,
    List<LocalizedText> caveats) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

  /** Validates and copies. */
  public IndicatorDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(limit, "limit");
    targetLinks = List.copyOf(Objects.requireNonNull(targetLinks, "targetLinks"));
    Objects.requireNonNull(unIndicator, "unIndicator");
    Objects.requireNonNull(formula, "formula");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(aggregation, "aggregation");
    caveats = List.copyOf(Objects.requireNonNull(caveats, "caveats"));
    if (!isWellFormedId(id)) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "id", id);
    }
    if (decimals < 0 || decimals > 6) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "decimals", id, decimals);
    }
    if (targetLinks.isEmpty()) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "targets", id);
    }
    if (sources.isEmpty()) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "sources", id);
    }
    Set<String> keys = new HashSet<>();
    for (DataSource s : sources) {
      if (!keys.add(s.key())) {
        throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "source-twice", id, s.key());
      }
    }
    for (String k : formulaKeys(formula)) {
      if (!keys.contains(k)) {
        throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "formula-source", id, k,
            String.join(", ", new java.util.TreeSet<>(keys)));
      }
    }
    limit.ifPresent(l -> {
      if (!Double.isFinite(l)) {
        throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "limit", id, l);
      }
    });
  }

  private static List<String> formulaKeys(Formula f) {
    List<String> keys = new ArrayList<>();
    keys.add(f.numerator());
    f.denominator().ifPresent(keys::add);
    return keys;
  }

  /**
   * Whether text is a well-formed indicator id.
   *
   * @param text the text
   * @return true if it can be an id
   */
  public static boolean isWellFormedId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /**
   * A builder, for code that defines indicators programmatically.
   *
   * @param id the id
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Whether every source's table and ContentsCode are verified in Livskraft's SSB reference. Definitions with
   * unverified sources must be checked against the table metadata before their numbers are used.
   */
  public boolean verified() {
    return sources.stream().allMatch(DataSource::verified);
  }

  /** Whether the value is derived (computed from sources, possibly of different publishers) rather than published. */
  public boolean derived() {
    return formula.isDerived();
  }

  /** The goals the indicator's targets belong to, in goal order. */
  public List<GoalCode> goals() {
    Set<GoalCode> goals = new TreeSet<>();
    targetLinks.forEach(l -> goals.add(l.target().goal()));
    return List.copyOf(goals);
  }

  /** The first primary target link, or the first link if none is primary. */
  public TargetLink primaryLink() {
    return targetLinks.stream().filter(l -> l.role() == LinkRole.PRIMARY).findFirst().orElse(targetLinks.get(0));
  }

  /**
   * A source by its key.
   *
   * @param key the key
   * @return the source, or empty
   */
  public Optional<DataSource> findSource(String key) {
    return sources.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * The name in a language (fallback nn → nb → en).
   *
   * @param language the language
   * @return the name
   */
  public String nameIn(Language language) {
    return name.text(language);
  }

  /** Builder for {@link IndicatorDefinition}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private LocalizedText name = Texts.of("-", "-", Optional.empty());
    private Optional<LocalizedText> description = Optional.empty();
    private String theme = "other";
    private LocalizedText unit = Texts.of("-", "-", Optional.empty());
    private int decimals = 1;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Optional<Double> limit = Optional.empty();
    private final List<TargetLink> targetLinks = new ArrayList<>();
    private Optional<IndicatorCode> unIndicator = Optional.empty();
    private Formula formula = Formula.value("value");
    private final List<DataSource> sources = new ArrayList<>();
    private AggregationRule aggregation = AggregationRule.NOT_AGGREGABLE;
    private final List<LocalizedText> caveats = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * Sets the name.
     *
     * @param nb bokmål
     * @param en English
     * @return this
     */
    public Builder name(String nb, String en) {
      this.name = Texts.of(nb, en, Optional.empty());
      return this;
    }

    /**
     * Sets the description.
     *
     * @param text the text
     * @return this
     */
    public Builder description(LocalizedText text) {
      this.description = Optional.of(text);
      return this;
    }

    /**
     * Sets the theme.
     *
     * @param theme e.g. {@code environment}
     * @return this
     */
    public Builder theme(String theme) {
      this.theme = theme;
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param nb bokmål
     * @param en English
     * @return this
     */
    public Builder unit(String nb, String en) {
      this.unit = Texts.of(nb, en, Optional.empty());
      return this;
    }

    /**
     * Sets the decimals.
     *
     * @param decimals 0–6
     * @return this
     */
    public Builder decimals(int decimals) {
      this.decimals = decimals;
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param direction the direction
     * @return this
     */
    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    /**
     * Sets the natural limit.
     *
     * @param limit e.g. 100
     * @return this
     */
    public Builder limit(double limit) {
      this.limit = Optional.of(limit);
      return this;
    }

    /**
     * Adds a target link.
     *
     * @param target e.g. {@code "11.6"}
     * @param role the role
     * @return this
     */
    public Builder target(String target, LinkRole role) {
      this.targetLinks.add(new TargetLink(io.github.livskraft.sdg.TargetCode.parse(target), role));
      return this;
    }

    /**
     * Sets the UN equivalent.
     *
     * @param code e.g. {@code "11.6.1"}
     * @return this
     */
    public Builder unIndicator(String code) {
      this.unIndicator = Optional.of(IndicatorCode.parse(code));
      return this;
    }

    /**
     * Sets the formula.
     *
     * @param formula the formula
     * @return this
     */
    public Builder formula(Formula formula) {
      this.formula = formula;
      return this;
    }

    /**
     * Adds a source.
     *
     * @param source the source
     * @return this
     */
    public Builder source(DataSource source) {
      this.sources.add(source);
      return this;
    }

    /**
     * Sets the aggregation rule.
     *
     * @param rule the rule
     * @return this
     */
    public Builder aggregation(AggregationRule rule) {
      this.aggregation = rule;
      return this;
    }

    /**
     * Adds a caveat.
     *
     * @param nb bokmål
     * @param en English
     * @return this
     */
    public Builder caveat(String nb, String en) {
      this.caveats.add(Texts.of(nb, en, Optional.empty()));
      return this;
    }

    /**
     * Builds and validates.
     *
     * @return the definition
     * @throws IllegalArgumentException if a field is invalid
     */
    public IndicatorDefinition build() {
      return new IndicatorDefinition(id, name, description, theme, unit, decimals, direction, limit, targetLinks,
          unIndicator, formula, sources, aggregation, caveats);
    }
  }
}
