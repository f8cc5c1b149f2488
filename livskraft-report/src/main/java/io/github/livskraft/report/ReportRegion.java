package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.sdg.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The region a report covers: {@link #kongsbergregionen()} or municipalities by number ({@link #parse(List)}).
 *
 * @param id {@code kongsbergregionen} or the codes joined by {@code +}
 * @param name the display name
 * @param municipalities today's codes
 * @param priorityGoals the region's chosen goals (used when the plans declare none)
 */
public record ReportRegion(String id, LocalizedText name, List<MunicipalityCode> municipalities, Set<Integer> priorityGoals) {
  /** Copies the lists. */
  public ReportRegion {
    municipalities = List.copyOf(municipalities);
    priorityGoals = Set.copyOf(priorityGoals);
  }

  /** Kongsbergregionen's priority goals (Strategi 2019): 2, 3, 4, 9, 11 and 13. */
  private static final Set<Integer> KONGSBERGREGIONEN_GOALS = Set.of(2, 3, 4, 9, 11, 13);

  /** Kongsbergregionen's municipalities: {≤2019, 2020–2023, 2024–} (renumberings only; territory unchanged). */
  static final String[][] KONGSBERGREGIONEN_CODES = {
    {"0604", "3006", "3303"}, {"0631", "3050", "3334"}, {"0632", "3051", "3336"}, {"0633", "3052", "3338"},
    {"0807", "3808", "4005"}, {"0827", "3819", "4024"}, {"0826", "3818", "4026"}
  };

  /** The seven municipalities of Kongsbergregionen on 2024 codes. */
  public static ReportRegion kongsbergregionen() {
    List<MunicipalityCode> codes = new ArrayList<>();
    for (String[] row : KONGSBERGREGIONEN_CODES) {
      codes.add(MunicipalityCode.parse(row[2]));
    }
    return new ReportRegion("kongsbergregionen", Texts.same("Kongsbergregionen"), codes, KONGSBERGREGIONEN_GOALS);
  }

  /** {@code REPORT-0002} with the fragment {@code REPORT-0002.<variant>}. */
  private static ReportArgumentException regionError(String variant, Object... args) {
    return new ReportArgumentException(ReportErrorCode.REGION,
        ReportErrorCode.REGION.fragment(variant, args));
  }

  /**
   * Parses {@code kongsbergregionen} or one or more municipality numbers (comma-separated or repeated).
   *
   * @param values the option values, e.g. {@code ["3303,0631"]} (old numbers are carried to today's with the
   *     bundled KLASS registry)
   * @return the region
   * @throws IllegalArgumentException naming the value that is neither
   */
  public static ReportRegion parse(List<String> values) {
    return parse(values, Harmonisation.codes());
  }

  static ReportRegion parse(List<String> values, MunicipalityCodes codes) {
    if (values.isEmpty() || values.size() == 1
        && values.get(0).strip().toLowerCase(Locale.ROOT).equals("kongsbergregionen")) {
      return kongsbergregionen();
    }
    List<MunicipalityCode> list = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        if (p.toLowerCase(Locale.ROOT).equals("kongsbergregionen")) {
          throw regionError("combined");
        }
        MunicipalityCode code = MunicipalityCode.parse(p);
        MunicipalityCode now = codes.current(code, 2024).orElseThrow(() -> regionError("unknown", p));
        if (!list.contains(now)) {
          list.add(now);
        }
      }
    }
    if (list.isEmpty()) {
      throw regionError("none");
    }
    String name = list.size() == 1 ? codes.name(list.get(0)).orElse(list.get(0).value())
        : String.join(", ", list.stream().map(c -> codes.name(c).orElse(c.value())).toList());
    return new ReportRegion(String.join("+", list.stream().map(MunicipalityCode::value).toList()), Texts.same(name),
        list, Set.of());
  }
}
