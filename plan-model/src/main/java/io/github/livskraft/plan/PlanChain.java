package io.github.livskraft.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of plans analysed together (e.g. samfunnsdel → miljøplan → handlingsprogram → årsbudsjett →
 * årsrapport), possibly read from several files, with indexes for resolving references. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PlanChain chain = PlanChain.of(document.plans());
 * chain.findElement(ElementRef.parse("kongsberg-samfunnsdel#mal-arealforbruk"));
 * }</pre>
 */
public final class PlanChain {
  private final List<Plan> plans;
  private final Map<String, Plan> byId;
  private final Map<ElementRef, PlanElement> elements;
  private final Map<ElementRef, List<ElementRef>> children;
  private final Map<ElementRef, List<ElementRef>> servedBy;

  private PlanChain(List<Plan> plans) {
    this.plans = List.copyOf(plans);
    Map<String, Plan> ids = new LinkedHashMap<>();
    Map<ElementRef, PlanElement> els = new HashMap<>();
    Map<ElementRef, List<ElementRef>> kids = new HashMap<>();
    Map<ElementRef, List<ElementRef>> served = new HashMap<>();
    for (Plan p : this.plans) {
      ids.putIfAbsent(p.id(), p);
      for (PlanElement e : p.elements()) {
        ElementRef ref = ElementRef.of(p.id(), e.id());
        els.putIfAbsent(ref, e);
        e.parent().ifPresent(parent ->
            kids.computeIfAbsent(ElementRef.of(p.id(), parent), k -> new ArrayList<>()).add(ref));
        for (ElementRef s : e.serves()) {
          served.computeIfAbsent(s.resolveAgainst(p.id()), k -> new ArrayList<>()).add(ref);
        }
      }
    }
    this.byId = Map.copyOf(ids);
    this.elements = Map.copyOf(els);
    this.children = freeze(kids);
    this.servedBy = freeze(served);
  }

  private static Map<ElementRef, List<ElementRef>> freeze(Map<ElementRef, List<ElementRef>> m) {
    Map<ElementRef, List<ElementRef>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /**
   * A chain of these plans (the first plan wins where ids repeat; validation reports the duplicate).
   *
   * @param plans the plans
   * @return the chain
   */
  public static PlanChain of(Collection<Plan> plans) {
    return new PlanChain(new ArrayList<>(Objects.requireNonNull(plans, "plans")));
  }

  /**
   * A chain of the plans of several documents.
   *
   * @param documents the documents
   * @return the chain
   */
  public static PlanChain ofDocuments(Collection<PlanDocument> documents) {
    List<Plan> all = new ArrayList<>();
    documents.forEach(d -> all.addAll(d.plans()));
    return new PlanChain(all);
  }

  /** The plans in order. */
  public List<Plan> plans() {
    return plans;
  }

  /**
   * The plan with this id.
   *
   * @param planId the id
   * @return the plan, or empty
   */
  public Optional<Plan> findPlan(String planId) {
    return Optional.ofNullable(byId.get(planId));
  }

  /**
   * The plan with this id.
   *
   * @param planId the id
   * @return the plan
   * @throws PlanModelException if there is none
   */
  public Plan getPlan(String planId) {
    return findPlan(planId).orElseThrow(() -> new PlanModelException(PlanErrorCode.UNKNOWN_PLAN, null,
        planId, byId.keySet()));
  }

  /**
   * The element a reference points to.
   *
   * @param ref a reference with a plan id (see {@link ElementRef#resolveAgainst})
   * @return the element, or empty
   */
  public Optional<PlanElement> findElement(ElementRef ref) {
    return Optional.ofNullable(elements.get(ref));
  }

  /**
   * The direct children (by {@code parent}) of an element.
   *
   * @param ref the element, with plan id
   * @return the children, with plan ids
   */
  public List<ElementRef> children(ElementRef ref) {
    return children.getOrDefault(ref, List.of());
  }

  /**
   * The elements, in any plan, that declare that they serve this element.
   *
   * @param ref the element, with plan id
   * @return the serving elements, with plan ids
   */
  public List<ElementRef> servedBy(ElementRef ref) {
    return servedBy.getOrDefault(ref, List.of());
  }

  /**
   * The element's parent.
   *
   * @param ref the element, with plan id
   * @return the parent reference, or empty
   */
  public Optional<ElementRef> parentOf(ElementRef ref) {
    return findElement(ref).flatMap(PlanElement::parent).map(p -> ElementRef.of(ref.planId().orElseThrow(), p));
  }

  /** The number of elements in all plans. */
  public int elementCount() {
    return elements.size();
  }

  /**
   * The elements above this one: its parent and the elements it serves, transitively (without the element
   * itself), nearest first.
   *
   * @param ref the element, with plan id
   * @return the references, with plan ids
   */
  public Set<ElementRef> upward(ElementRef ref) {
    return walk(ref, r -> {
      List<ElementRef> next = new ArrayList<>();
      parentOf(r).ifPresent(next::add);
      findElement(r).ifPresent(e -> e.serves().forEach(s -> next.add(s.resolveAgainst(r.planId().orElseThrow()))));
      return next;
    });
  }

  /**
   * The elements below this one: its children and the elements that serve it, transitively (without the
   * element itself), nearest first.
   *
   * @param ref the element, with plan id
   * @return the references, with plan ids
   */
  public Set<ElementRef> downward(ElementRef ref) {
    return walk(ref, r -> {
      List<ElementRef> next = new ArrayList<>(children(r));
      next.addAll(servedBy(r));
      return next;
    });
  }

  private static Set<ElementRef> walk(ElementRef start, java.util.function.Function<ElementRef, List<ElementRef>> next) {
    Set<ElementRef> seen = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<ElementRef> todo = new java.util.ArrayDeque<>(next.apply(start));
    while (!todo.isEmpty()) {
      ElementRef r = todo.removeFirst();
      if (!r.equals(start) && seen.add(r)) {
        todo.addAll(next.apply(r));
      }
    }
    return java.util.Collections.unmodifiableSet(seen);
  }
}
