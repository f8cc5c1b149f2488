package io.github.livskraft.plan;

import java.util.List;
import java.util.Optional;

/**
 * A municipality the plan refers to without owning or sharing it, typically a foreign example ("Ingeniørbyen er
 * inspirert av Tønsberg og Växjö"; Gladsaxe's strategy presented at KS' international day). Unlike an
 * {@link Owner}, a reference has no kommunenummer and never makes the plan apply to that municipality. Immutable.
 *
 * @param name the name, e.g. "Växjö"
 * @param country the ISO 3166-1 alpha-2 country code, e.g. {@code SE}, {@code DK}, {@code NO}
 * @param relation how the plan relates to it, e.g. "inspirasjon (godt eksempel i Livskraftige kommuner)"
 * @param sources where the reference is stated
 */
public record ReferenceMunicipality(String name, String country, Optional<String> relation, List<String> sources) {

  /** Checks for missing properties. */
  public ReferenceMunicipality {
    Checks.required(name, "name");
    Checks.required(country, "country");
    relation = Checks.opt(relation);
    sources = Checks.list(sources);
  }

  /**
   * A reference without relation text or sources.
   *
   * @param name the name
   * @param country the ISO country code
   * @return the reference
   */
  public static ReferenceMunicipality of(String name, String country) {
    return new ReferenceMunicipality(name, country, Optional.empty(), List.of());
  }
}
