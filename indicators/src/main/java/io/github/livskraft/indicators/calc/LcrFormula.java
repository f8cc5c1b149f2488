package io.github.livskraft.indicators.calc;

/**
 * Formula for the land consumption rate (LCR) of UN SDG indicator 11.3.1.
 *
 * <p>Formel for arealforbruksraten (LCR) i FNs indikator 11.3.1.
 */
public enum LcrFormula {
  /**
   * The current UN metadata (UN-Habitat, SDG indicator metadata 11.3.1, revised 2021): the linear relative change
   * of built-up area per year, {@code LCR = (V_present − V_past) / V_past / t}. The default.
   */
  LINEAR,
  /**
   * The metadata before the 2021 revision: {@code LCR = ln(V_present / V_past) / t}, the same form as the
   * population growth rate. Kept as an explicit option to reproduce older published figures.
   */
  LOGARITHMIC
}
