package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatDimension;
import io.github.livskraft.kostra.KostraErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which dimensions of a statbank dataset hold the region, the time and the contents (statistics variable). SSB sets
 * the {@code time} and {@code metric} roles but not always {@code geo} (2021 KOSTRA answers had none), so
 * {@link #detect(JsonStatDataset)} falls back to the dimension ids SSB uses.
 *
 * @param region the region dimension id, e.g. {@code KOKkommuneregion0000} or {@code Region}
 * @param time the time dimension id, usually {@code Tid}
 * @param contents the contents dimension id, usually {@code ContentsCode}
 */
public record DimensionRoles(String region, String time, String contents) {
  /** Validates. */
  public DimensionRoles {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(contents, "contents");
  }

  /**
   * Detects the roles: {@code role.geo/time/metric} first, then {@code *region*}, {@code Tid},
   * {@code ContentsCode}.
   *
   * @param ds the dataset
   * @return the roles
   * @throws PxWebException of kind {@link PxWebException.Kind#UNSUPPORTED} naming the dimensions if one is missing
   */
  public static DimensionRoles detect(JsonStatDataset ds) {
    String region = role(ds, "geo").or(() -> byId(ds, "region")).orElseThrow(() -> missing(ds, "region"));
    String time = role(ds, "time").or(() -> byId(ds, "tid")).orElseThrow(() -> missing(ds, "time"));
    String contents = role(ds, "metric").or(() -> byId(ds, "contentscode"))
        .orElseThrow(() -> missing(ds, "contents"));
    return new DimensionRoles(region, time, contents);
  }

  private static Optional<String> role(JsonStatDataset ds, String role) {
    List<String> ids = ds.roles().getOrDefault(role, List.of());
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  private static Optional<String> byId(JsonStatDataset ds, String part) {
    return ds.dimensions().stream().map(JsonStatDimension::id)
        .filter(id -> id.toLowerCase(Locale.ROOT).contains(part)).findFirst();
  }

  private static PxWebException missing(JsonStatDataset ds, String what) {
    return PxWebException.coded(PxWebException.Kind.UNSUPPORTED, null, KostraErrorCode.text("series.roles",
        KostraErrorCode.text("series.role." + what), String.join(", ", ds.ids())));
  }
}
