package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.CodeResolution;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Harmonisation with kostra-adapter's {@link MunicipalityRegistry}: a code published for a year is carried to the
 * code valid on {@link #TODAY} when only 1:1 renumberings lie between (mergers and splits are not carried, so no
 * series is silently summed or divided).
 */
final class RegistryMunicipalityCodes implements MunicipalityCodes {
  /** The day whose codes the report uses (the 2024 municipality structure, still valid in 2026). */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private final MunicipalityRegistry registry;
  /** Resolutions are asked for once per row of large files; the answer depends on the code only. */
  private final java.util.Map<MunicipalityCode, Optional<MunicipalityCode>> cache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, Optional<MunicipalityCode>> names = new java.util.concurrent.ConcurrentHashMap<>();

  RegistryMunicipalityCodes(MunicipalityRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Optional<MunicipalityCode> current(MunicipalityCode published, int year) {
    return cache.computeIfAbsent(published, c -> {
      CodeResolution r = registry.resolve(c, TODAY);
      return r.isAutomatic() && r.targets().size() == 1 ? Optional.of(r.targets().get(0)) : Optional.empty();
    });
  }

  @Override
  public Optional<String> name(MunicipalityCode current) {
    return registry.findName(current, TODAY).map(RegistryMunicipalityCodes::shortName);
  }

  @Override
  public Optional<MunicipalityCode> byName(String name, String county) {
    return names.computeIfAbsent(county + "/" + name, k -> findByName(name, county));
  }

  private Optional<MunicipalityCode> findByName(String name, String county) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return registry.codesAt(TODAY).stream()
        .filter(p -> p.code().countyNumber().equals(county))
        .filter(p -> shortName(p.name()).toLowerCase(Locale.ROOT).equals(wanted)
            || p.name().toLowerCase(Locale.ROOT).equals(wanted))
        .map(p -> p.code())
        .findFirst();
  }

  @Override
  public String describe() {
    return "kostra-adapter's municipality registry (" + registry.source() + ")";
  }

  /** "Kautokeino - Guovdageaidnu" → "Kautokeino". */
  static String shortName(String klassName) {
    int dash = klassName.indexOf(" - ");
    return dash > 0 ? klassName.substring(0, dash) : klassName;
  }
}
