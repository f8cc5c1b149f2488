package io.github.livskraft.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.indicators.region.MunicipalityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Municipality codes from the bundled Klass 131 list valid on 2026-01-01 plus the renumbering table of the seven
 * Kongsbergregionen municipalities (2020 and 2024 reforms; territory unchanged). Used when no full municipality
 * registry is available; codes outside the region that changed before 2024 are not placed.
 */
final class BundledMunicipalityCodes implements MunicipalityCodes {
  /** Resource with the Klass 131 codes valid on 2026-01-01. */
  static final String KLASS_131 = "data/klass-131_codesAt_2026-01-01_nb.json";

  /** Kongsbergregionen: {≤2019, 2020–2023, 2024–}. */
  static final String[][] KONGSBERGREGIONEN = {
    {"0604", "3006", "3303"}, {"0631", "3050", "3334"}, {"0632", "3051", "3336"}, {"0633", "3052", "3338"},
    {"0807", "3808", "4005"}, {"0827", "3819", "4024"}, {"0826", "3818", "4026"}
  };

  private final Map<MunicipalityCode, String> names;
  private final Map<MunicipalityCode, MunicipalityCode> renumbered;

  private BundledMunicipalityCodes(Map<MunicipalityCode, String> names,
      Map<MunicipalityCode, MunicipalityCode> renumbered) {
    this.names = Map.copyOf(names);
    this.renumbered = Map.copyOf(renumbered);
  }

  /** Loads the bundled list. */
  static BundledMunicipalityCodes load() {
    Map<MunicipalityCode, String> names = new LinkedHashMap<>();
    try (InputStream in = BundledData.open(KLASS_131)) {
      JsonNode root = new ObjectMapper().readTree(in);
      for (JsonNode c : root.path("codes")) {
        String code = c.path("code").asText();
        if (MunicipalityCode.isWellFormed(code)) {
          names.put(MunicipalityCode.parse(code), c.path("name").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + KLASS_131, e);
    }
    Map<MunicipalityCode, MunicipalityCode> renumbered = new HashMap<>();
    for (String[] row : KONGSBERGREGIONEN) {
      MunicipalityCode now = MunicipalityCode.parse(row[2]);
      renumbered.put(MunicipalityCode.parse(row[0]), now);
      renumbered.put(MunicipalityCode.parse(row[1]), now);
    }
    return new BundledMunicipalityCodes(names, renumbered);
  }

  @Override
  public Optional<MunicipalityCode> current(MunicipalityCode published, int year) {
    MunicipalityCode now = renumbered.get(published);
    if (now != null) {
      return Optional.of(now);
    }
    return names.containsKey(published) ? Optional.of(published) : Optional.empty();
  }

  @Override
  public Optional<String> name(MunicipalityCode current) {
    return Optional.ofNullable(names.get(current)).map(BundledMunicipalityCodes::shortName);
  }

  @Override
  public Optional<MunicipalityCode> byName(String name, String county) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return names.entrySet().stream()
        .filter(e -> e.getKey().countyNumber().equals(county))
        .filter(e -> shortName(e.getValue()).toLowerCase(Locale.ROOT).equals(wanted)
            || e.getValue().toLowerCase(Locale.ROOT).equals(wanted))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  @Override
  public String describe() {
    return "Klass 131 codes valid on 2026-01-01 and the 2020/2024 renumbering of the seven Kongsbergregionen "
        + "municipalities";
  }

  /** "Kautokeino - Guovdageaidnu" → "Kautokeino". */
  private static String shortName(String klassName) {
    int dash = klassName.indexOf(" - ");
    return dash > 0 ? klassName.substring(0, dash) : klassName;
  }
}
