package io.github.livskraft.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a plan: an innsatsområde, a mål, a strategi, a tiltak or an indikator. Elements form a tree
 * through {@code parent} (inside the plan) and a graph across plans through {@code serves} (a tiltak in the
 * handlingsprogram serves a mål in the samfunnsdel). Immutable; build with {@link #builder}.
 *
 * <pre>{@code
 * PlanElement goal = PlanElement.builder("mal-arealforbruk", ElementKind.MAIN_GOAL,
 *         "Arealforbruk pr. innbygger til utbyggingsformål skal reduseres")
 *     .parent("io-natur-miljo")
 *     .sdgLink(SdgLink.of(TargetCode.parse("11.3"), SdgRole.PRIMARY))
 *     .build();
 * }</pre>
 *
 * @param id a stable id, unique in the plan (lower-case letters, digits, {@code - _ .})
 * @param kind the kind
 * @param title the title, in the plan's words
 * @param description a longer text
 * @param parent the id of the parent element in the same plan
 * @param serves elements (in this or other plans) that this element serves
 * @param sdgLinks SDG links
 * @param measure tiltak details (only for {@link ElementKind#MEASURE})
 * @param indicator indikator details (only for {@link ElementKind#INDICATOR})
 * @param dimensions the dimensions of sustainability a goal addresses (social, economic, environmental)
 * @param followUp the status per reporting period (tertial, year), oldest first: the follow-up history
 */
public record PlanElement(String id, ElementKind kind, String title, Optional<String> description,
    Optional<String> parent, List<ElementRef> serves, List<SdgLink> sdgLinks, Optional<MeasureDetails> measure,
    Optional<IndicatorDetails> indicator, List<SustainabilityDimension> dimensions, List<FollowUpEntry> followUp) {

  /** Checks for missing properties. */
  public PlanElement {
    Checks.required(id, "id");
    Checks.required(kind, "kind");
    Checks.required(title, "title");
    description = Checks.opt(description);
    parent = Checks.opt(parent);
    serves = Checks.list(serves);
    sdgLinks = Checks.list(sdgLinks);
    measure = Checks.opt(measure);
    indicator = Checks.opt(indicator);
    dimensions = Checks.list(dimensions);
    followUp = Checks.list(followUp);
  }

  /**
   * An element without dimensions or follow-up (the shape before follow-up was added).
   *
   * @param id the id
   * @param kind the kind
   * @param title the title
   * @param description the description
   * @param parent the parent id
   * @param serves what it serves
   * @param sdgLinks the SDG links
   * @param measure tiltak details
   * @param indicator indikator details
   */
  public PlanElement(String id, ElementKind kind, String title, Optional<String> description,
      Optional<String> parent, List<ElementRef> serves, List<SdgLink> sdgLinks, Optional<MeasureDetails> measure,
      Optional<IndicatorDetails> indicator) {
    this(id, kind, title, description, parent, serves, sdgLinks, measure, indicator, List.of(), List.of());
  }

  /**
   * The follow-up entries for a period, e.g. the year 2025 or the tertial 2025-T2.
   *
   * @param period the period
   * @return the entries, oldest first
   */
  public List<FollowUpEntry> followUpIn(ReportingPeriod period) {
    return followUp.stream().filter(f -> f.period().equals(period)).toList();
  }

  /**
   * A builder.
   *
   * @param id the id
   * @param kind the kind
   * @param title the title
   * @return a new builder
   */
  public static Builder builder(String id, ElementKind kind, String title) {
    return new Builder(id, kind, title);
  }

  /** A builder that starts from this element. */
  public Builder toBuilder() {
    Builder b = new Builder(id, kind, title);
    b.description = description;
    b.parent = parent;
    b.serves.addAll(serves);
    b.sdgLinks.addAll(sdgLinks);
    b.measure = measure;
    b.indicator = indicator;
    b.dimensions.addAll(dimensions);
    b.followUp.addAll(followUp);
    return b;
  }

  /**
   * This element with its SDG links replaced.
   *
   * @param links the new links
   * @return a new element
   */
  public PlanElement withSdgLinks(List<SdgLink> links) {
    return new PlanElement(id, kind, title, description, parent, serves, links, measure, indicator, dimensions,
        followUp);
  }

  /** Builds a {@link PlanElement}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final ElementKind kind;
    private final String title;
    private Optional<String> description = Optional.empty();
    private Optional<String> parent = Optional.empty();
    private final List<ElementRef> serves = new ArrayList<>();
    private final List<SdgLink> sdgLinks = new ArrayList<>();
    private Optional<MeasureDetails> measure = Optional.empty();
    private Optional<IndicatorDetails> indicator = Optional.empty();
    private final List<SustainabilityDimension> dimensions = new ArrayList<>();
    private final List<FollowUpEntry> followUp = new ArrayList<>();

    private Builder(String id, ElementKind kind, String title) {
      this.id = Objects.requireNonNull(id, "id");
      this.kind = Objects.requireNonNull(kind, "kind");
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Sets the description.
     *
     * @param text the text
     * @return this builder
     */
    public Builder description(String text) {
      description = Optional.of(text);
      return this;
    }

    /**
     * Sets the parent element (same plan).
     *
     * @param parentId the parent's id
     * @return this builder
     */
    public Builder parent(String parentId) {
      parent = Optional.of(parentId);
      return this;
    }

    /**
     * Adds an element this one serves.
     *
     * @param ref the reference, e.g. {@code "plan-id#element-id"}
     * @return this builder
     */
    public Builder serves(String ref) {
      serves.add(ElementRef.parse(ref));
      return this;
    }

    /**
     * Adds an SDG link.
     *
     * @param link the link
     * @return this builder
     */
    public Builder sdgLink(SdgLink link) {
      sdgLinks.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Sets the tiltak details.
     *
     * @param details the details
     * @return this builder
     */
    public Builder measure(MeasureDetails details) {
      measure = Optional.of(details);
      return this;
    }

    /**
     * Sets the indikator details.
     *
     * @param details the details
     * @return this builder
     */
    public Builder indicator(IndicatorDetails details) {
      indicator = Optional.of(details);
      return this;
    }

    /**
     * Adds a dimension of sustainability.
     *
     * @param dimension the dimension
     * @return this builder
     */
    public Builder dimension(SustainabilityDimension dimension) {
      dimensions.add(Objects.requireNonNull(dimension, "dimension"));
      return this;
    }

    /**
     * Adds a follow-up entry.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder followUp(FollowUpEntry entry) {
      followUp.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /** The element. */
    public PlanElement build() {
      return new PlanElement(id, kind, title, description, parent, serves, sdgLinks, measure, indicator, dimensions,
          followUp);
    }
  }
}
