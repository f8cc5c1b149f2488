package io.github.livskraft.indicators;

import io.github.livskraft.sdg.TargetCode;
import java.util.Objects;

/**
 * A link from an indicator to an SDG target, with its role. Many-to-many: an indicator may link to several
 * targets and a target may have many indicators.
 *
 * @param target the SDG target, e.g. 11.6
 * @param role the role of the link
 */
public record TargetLink(TargetCode target, LinkRole role) {
  /** Checks for nulls. */
  public TargetLink {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(role, "role");
  }

  /**
   * A primary link.
   *
   * @param target e.g. {@code "11.6"}
   * @return the link
   */
  public static TargetLink primary(String target) {
    return new TargetLink(TargetCode.parse(target), LinkRole.PRIMARY);
  }

  @Override
  public String toString() {
    return target + " (" + role.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
