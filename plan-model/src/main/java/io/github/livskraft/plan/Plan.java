package io.github.livskraft.plan;

import io.github.livskraft.sdg.GoalCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan or governing document in the chain: kind, owners, adopting body, status with dated history,
 * validity, links to the plans it builds on or replaces, SDG links, elements and (for an årshjul) milestones.
 * Immutable; build with {@link #builder}.
 *
 * <pre>{@code
 * Plan plan = Plan.builder("kongsberg-samfunnsdel", PlanKind.SOCIAL_ELEMENT, "Kommuneplanens samfunnsdel")
 *     .owner(Owner.municipality(MunicipalityCode.parse("0604"), "Kongsberg"))
 *     .status(PlanStatus.ADOPTED)
 *     .validity(Period.of(2009, 2020))
 *     .element(PlanElement.builder("io-natur", ElementKind.FOCUS_AREA, "Natur, miljø og bærekraftig utvikling")
 *         .build())
 *     .build();
 * }</pre>
 *
 * @param id a stable id, unique in the chain
 * @param kind the kind of plan
 * @param title the title
 * @param description a longer text
 * @param owners the owners (one or several municipalities, a county or a region)
 * @param adoptingBody the body that adopts the plan (vedtaksorgan), e.g. "kommunestyret", "regionrådet"
 * @param status the current status
 * @param statusHistory dated status changes, oldest first
 * @param validity the years the plan applies to (planperiode)
 * @param councilConstituted for a planstrategi: the date the council was constituted (pbl § 10-1)
 * @param buildsOn ids of plans this one builds on or follows up
 * @param replaces ids of plans this one replaces
 * @param priorityGoals SDGs the plan declares as its priorities (e.g. 2, 3, 4, 9, 11, 13)
 * @param sdgLinks SDG links of the plan as a whole
 * @param elements the elements
 * @param milestones dated milestones (årshjul, plan process)
 * @param sources where the content comes from (document titles, URLs)
 * @param recurringEvents the årshjul: recurring events and deadlines with rules such as
 *     {@code "yearly on the last working day of march"}
 * @param references municipalities the plan refers to without owning or sharing it (e.g. foreign examples)
 */
public record Plan(String id, PlanKind kind, String title, Optional<String> description, List<Owner> owners,
    Optional<String> adoptingBody, PlanStatus status, List<StatusChange> statusHistory, Optional<Period> validity,
    Optional<LocalDate> councilConstituted, List<String> buildsOn, List<String> replaces,
    List<GoalCode> priorityGoals, List<SdgLink> sdgLinks, List<PlanElement> elements, List<Milestone> milestones,
    List<String> sources, List<RecurringEvent> recurringEvents, List<ReferenceMunicipality> references) {

  /** Checks for missing properties. */
  public Plan {
    Checks.required(id, "id");
    Checks.required(kind, "kind");
    Checks.required(title, "title");
    description = Checks.opt(description);
    owners = Checks.list(owners);
    adoptingBody = Checks.opt(adoptingBody);
    Checks.required(status, "status");
    statusHistory = Checks.list(statusHistory);
    validity = Checks.opt(validity);
    councilConstituted = Checks.opt(councilConstituted);
    buildsOn = Checks.list(buildsOn);
    replaces = Checks.list(replaces);
    priorityGoals = Checks.list(priorityGoals);
    sdgLinks = Checks.list(sdgLinks);
    elements = Checks.list(elements);
    milestones = Checks.list(milestones);
    sources = Checks.list(sources);
    recurringEvents = Checks.list(recurringEvents);
    references = Checks.list(references);
  }

  /**
   * The member municipalities that share this plan through a region or network owner, in owner order.
   *
   * @return the members (empty for a plan owned only by municipalities or counties)
   */
  public List<io.github.livskraft.municipalities.MunicipalityCode> sharedWith() {
    return owners.stream().filter(o -> o.kind().hasMembers()).flatMap(o -> o.members().stream()).distinct().toList();
  }

  /**
   * A builder.
   *
   * @param id the plan id
   * @param kind the kind
   * @param title the title
   * @return a new builder
   */
  public static Builder builder(String id, PlanKind kind, String title) {
    return new Builder(id, kind, title);
  }

  /** A builder that starts from this plan. */
  public Builder toBuilder() {
    Builder b = new Builder(id, kind, title);
    b.description = description;
    b.owners.addAll(owners);
    b.adoptingBody = adoptingBody;
    b.status = status;
    b.statusHistory.addAll(statusHistory);
    b.validity = validity;
    b.councilConstituted = councilConstituted;
    b.buildsOn.addAll(buildsOn);
    b.replaces.addAll(replaces);
    b.priorityGoals.addAll(priorityGoals);
    b.sdgLinks.addAll(sdgLinks);
    b.elements.addAll(elements);
    b.milestones.addAll(milestones);
    b.sources.addAll(sources);
    b.recurringEvents.addAll(recurringEvents);
    b.references.addAll(references);
    return b;
  }

  /**
   * The element with this id.
   *
   * @param elementId the id
   * @return the element, or empty
   */
  public Optional<PlanElement> findElement(String elementId) {
    for (PlanElement e : elements) {
      if (e.id().equals(elementId)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The date of the most recent adoption (vedtak) in the status history. */
  public Optional<LocalDate> adoptedOn() {
    return statusHistory.stream().filter(s -> s.status() == PlanStatus.ADOPTED).map(StatusChange::date)
        .max(Comparator.naturalOrder());
  }

  /** Builds a {@link Plan}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final PlanKind kind;
    private final String title;
    private Optional<String> description = Optional.empty();
    private final List<Owner> owners = new ArrayList<>();
    private Optional<String> adoptingBody = Optional.empty();
    private PlanStatus status = PlanStatus.DRAFT;
    private final List<StatusChange> statusHistory = new ArrayList<>();
    private Optional<Period> validity = Optional.empty();
    private Optional<LocalDate> councilConstituted = Optional.empty();
    private final List<String> buildsOn = new ArrayList<>();
    private final List<String> replaces = new ArrayList<>();
    private final List<GoalCode> priorityGoals = new ArrayList<>();
    private final List<SdgLink> sdgLinks = new ArrayList<>();
    private final List<PlanElement> elements = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<RecurringEvent> recurringEvents = new ArrayList<>();
    private final List<ReferenceMunicipality> references = new ArrayList<>();

    private Builder(String id, PlanKind kind, String title) {
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
     * Adds an owner.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder owner(Owner owner) {
      owners.add(Objects.requireNonNull(owner, "owner"));
      return this;
    }

    /**
     * Sets the adopting body.
     *
     * @param body e.g. "kommunestyret"
     * @return this builder
     */
    public Builder adoptingBody(String body) {
      adoptingBody = Optional.of(body);
      return this;
    }

    /**
     * Sets the current status.
     *
     * @param newStatus the status
     * @return this builder
     */
    public Builder status(PlanStatus newStatus) {
      status = Objects.requireNonNull(newStatus, "status");
      return this;
    }

    /**
     * Adds a dated status change and makes its status the current one.
     *
     * @param change the change
     * @return this builder
     */
    public Builder statusChange(StatusChange change) {
      statusHistory.add(Objects.requireNonNull(change, "change"));
      status = change.status();
      return this;
    }

    /**
     * Sets the validity period.
     *
     * @param period the period
     * @return this builder
     */
    public Builder validity(Period period) {
      validity = Optional.of(period);
      return this;
    }

    /**
     * Sets the date the council was constituted (for a planstrategi).
     *
     * @param date the date
     * @return this builder
     */
    public Builder councilConstituted(LocalDate date) {
      councilConstituted = Optional.of(date);
      return this;
    }

    /**
     * Adds a plan this one builds on.
     *
     * @param planId the plan id
     * @return this builder
     */
    public Builder buildsOn(String planId) {
      buildsOn.add(Objects.requireNonNull(planId, "planId"));
      return this;
    }

    /**
     * Adds a plan this one replaces.
     *
     * @param planId the plan id
     * @return this builder
     */
    public Builder replaces(String planId) {
      replaces.add(Objects.requireNonNull(planId, "planId"));
      return this;
    }

    /**
     * Adds a priority goal.
     *
     * @param goal the goal
     * @return this builder
     */
    public Builder priorityGoal(GoalCode goal) {
      priorityGoals.add(Objects.requireNonNull(goal, "goal"));
      return this;
    }

    /**
     * Adds an SDG link of the plan as a whole.
     *
     * @param link the link
     * @return this builder
     */
    public Builder sdgLink(SdgLink link) {
      sdgLinks.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Adds an element.
     *
     * @param element the element
     * @return this builder
     */
    public Builder element(PlanElement element) {
      elements.add(Objects.requireNonNull(element, "element"));
      return this;
    }

    /**
     * Replaces all elements.
     *
     * @param newElements the elements
     * @return this builder
     */
    public Builder elements(List<PlanElement> newElements) {
      elements.clear();
      elements.addAll(newElements);
      return this;
    }

    /**
     * Adds a milestone.
     *
     * @param milestone the milestone
     * @return this builder
     */
    public Builder milestone(Milestone milestone) {
      milestones.add(Objects.requireNonNull(milestone, "milestone"));
      return this;
    }

    /**
     * Adds a source.
     *
     * @param source a document title or URL
     * @return this builder
     */
    public Builder source(String source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Adds a recurring årshjul event.
     *
     * @param event the event
     * @return this builder
     */
    public Builder recurringEvent(RecurringEvent event) {
      recurringEvents.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /**
     * Adds a reference municipality.
     *
     * @param reference the reference
     * @return this builder
     */
    public Builder reference(ReferenceMunicipality reference) {
      references.add(Objects.requireNonNull(reference, "reference"));
      return this;
    }

    /** The plan. */
    public Plan build() {
      return new Plan(id, kind, title, description, owners, adoptingBody, status, statusHistory, validity,
          councilConstituted, buildsOn, replaces, priorityGoals, sdgLinks, elements, milestones, sources,
          recurringEvents, references);
    }
  }
}
