package io.github.livskraft.report;

import io.github.livskraft.municipalities.MunicipalityCode;
import java.util.Optional;

/**
 * Harmonises municipality numbers as published in a given year to the numbers in force today (2024-), and names
 * them. The report carries every series on today's codes so that a municipality's line does not break at the
 * 2020 and 2024 renumberings.
 */
interface MunicipalityCodes {
  /**
   * The code in force today for a code as published for a given year.
   *
   * @param published the code as it appears in the source
   * @param year the statistics year of the figure
   * @return today's code, or empty if the registry cannot place it (e.g. a municipality merged away)
   */
  Optional<MunicipalityCode> current(MunicipalityCode published, int year);

  /**
   * The name of a municipality by today's code.
   *
   * @param current today's code
   * @return the name (bokmål), or empty if unknown
   */
  Optional<String> name(MunicipalityCode current);

  /**
   * Today's code of a municipality by its name within a county (names repeat across counties).
   *
   * @param name the name, e.g. {@code "Notodden"}
   * @param county today's county number, e.g. {@code "40"}
   * @return the code, or empty if there is no such municipality
   */
  Optional<MunicipalityCode> byName(String name, String county);

  /** A sentence (in English) saying where the harmonisation comes from, for the report's sources section. */
  String describe();
}
