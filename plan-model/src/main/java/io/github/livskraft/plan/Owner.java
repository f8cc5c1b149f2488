package io.github.livskraft.plan;

import io.github.livskraft.municipalities.MunicipalityCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner of a plan: a municipality (by kommunenummer), a county authority or a region of several
 * municipalities. Immutable.
 *
 * <pre>{@code
 * Owner kongsberg = Owner.municipality(MunicipalityCode.parse("0604"), "Kongsberg");
 * Owner region = Owner.region("Kongsbergregionen", List.of(MunicipalityCode.parse("0604"), ...));
 * }</pre>
 *
 * @param kind the kind
 * @param name the name, e.g. "Kongsberg"
 * @param municipality the kommunenummer, for a {@link OwnerKind#MUNICIPALITY}
 * @param members the member municipalities, for a {@link OwnerKind#REGION} or {@link OwnerKind#NETWORK}; they share the plan
 */
public record Owner(OwnerKind kind, String name, Optional<MunicipalityCode> municipality,
    List<MunicipalityCode> members) {

  /** Checks for missing properties. */
  public Owner {
    Checks.required(kind, "kind");
    Checks.required(name, "name");
    municipality = Checks.opt(municipality);
    members = Checks.list(members);
  }

  /**
   * A municipality.
   *
   * @param code the kommunenummer valid at the time of the plan
   * @param name the name
   * @return the owner
   */
  public static Owner municipality(MunicipalityCode code, String name) {
    return new Owner(OwnerKind.MUNICIPALITY, name, Optional.of(Objects.requireNonNull(code, "code")), List.of());
  }

  /**
   * A network of municipalities (e.g. a KS programme network) that shares plans with its members.
   *
   * @param name the name
   * @param members the member municipalities
   * @return the owner
   */
  public static Owner network(String name, List<MunicipalityCode> members) {
    return new Owner(OwnerKind.NETWORK, name, Optional.empty(), members);
  }

  /**
   * A region of municipalities.
   *
   * @param name the name
   * @param members the member municipalities
   * @return the owner
   */
  public static Owner region(String name, List<MunicipalityCode> members) {
    return new Owner(OwnerKind.REGION, name, Optional.empty(), members);
  }
}
