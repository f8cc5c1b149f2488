package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.IndicatorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * SDG 11.3.1 with the <b>linear</b> land consumption rate of the current UN metadata (2021 revision), reproduced from
 * published inputs: the Office for National Statistics' 2022 calculation for Scotland's data zones, mid-2016 →
 * mid-2019 ({@code ONSgeo/sdg-11-3-1}, {@code analysis_outputs/lcrpgr_19_16sc.csv} @ 40d7580, the output of the
 * notebook {@code SDG_11_3_1.ipynb}, which states LCR = ((V_present − V_past) / V_past) / t and
 * PGR = ln(Pop_t+n / Pop_t) / y). For each data zone the file publishes the inputs — population 2016 and 2019 (ONS
 * small-area estimates) and man-made land area 2016 and 2019 (Ordnance Survey MasterMap, m²) — and the outputs PGR,
 * LCR and LCR/PGR at full double precision. 449 of the 6,976 data zones are copied
 * ({@code references/ons-11-3-1-scotland-2016-2019.csv}: every 20th row and every row with an unchanged or zero
 * population); all 6,976 were checked once with a script. See {@code references/PROVENANCE.md}.
 *
 * <p>Where Livskraft deliberately differs: ONS prints {@code inf}/{@code -inf} for the ratio when the population is
 * unchanged (PGR = 0), Livskraft gives an empty ratio with a reason; ONS prints PGR {@code -inf} and ratio 0 when
 * the population falls to 0, Livskraft rejects a zero population with {@code IND-0007}.
 */
class LandConsumptionOnsLinearPublishedTest {
  private static final String FILE = "/io/github/livskraft/indicators/references/ons-11-3-1-scotland-2016-2019.csv";
  private static final double YEARS = 3; // mid-2016 to mid-2019

  private record Zone(String code, double pop2016, double pop2019, double area2016, double area2019, String pgr,
      String lcr, String ratio) {}

  @Test
  void rates_and_ratios_match_ons_for_every_zone_with_a_defined_ratio() {
    int checked = 0;
    for (Zone z : zones()) {
      if (z.pop2016() == 0 || z.pop2019() == 0 || z.pop2016() == z.pop2019()) {
        continue;
      }
      LandConsumption.Result r = LandConsumption.lcrpgr(z.area2016(), z.area2019(), z.pop2016(), z.pop2019(), YEARS);
      double pgr = Double.parseDouble(z.pgr());
      double lcr = Double.parseDouble(z.lcr());
      double ratio = Double.parseDouble(z.ratio());
      assertThat(r.populationGrowthRate()).as("%s: PGR, ONS %s", z.code(), pgr)
          .hasValueSatisfying(v -> assertThat(v).isCloseTo(pgr, within(1e-15)));
      assertThat(r.landConsumptionRate()).as("%s: linear LCR, ONS %s", z.code(), lcr)
          .hasValueSatisfying(v -> assertThat(v).isCloseTo(lcr, within(1e-15)));
      // 1e-9, relative for ratios beyond 1 in size: an LCR near 0 (areas equal to 7 digits) turns the last bit of
      // the published areas into a relative difference of up to 3e-9 in the ratio; see PROVENANCE.md.
      assertThat(r.ratio()).as("%s: LCR/PGR, ONS %s", z.code(), ratio)
          .hasValueSatisfying(v -> assertThat(v).isCloseTo(ratio, within(1e-9 * Math.max(1, Math.abs(ratio)))));
      assertThat(r.undefinedReason()).isEmpty();
      checked++;
    }
    assertThat(checked).isEqualTo(341);
  }

  @Test
  void the_log_formula_does_not_give_onss_2016_2019_figures() {
    // The same inputs with the pre-2021 log formula miss ONS's published LCR, so the linear formula is what ONS
    // used for this release (its README still quotes the log formula).
    Zone z = zones().get(0);
    LandConsumption.Result log = LandConsumption.lcrpgr(z.area2016(), z.area2019(), z.pop2016(), z.pop2019(), YEARS,
        LcrFormula.LOGARITHMIC);
    assertThat(Math.abs(log.landConsumptionRate().orElseThrow() - Double.parseDouble(z.lcr()))).isGreaterThan(1e-3);
  }

  @Test
  void unchanged_population_gives_an_explained_undefined_ratio_where_ons_prints_infinity() {
    int checked = 0;
    for (Zone z : zones()) {
      if (z.pop2016() != z.pop2019() || z.pop2016() == 0) {
        continue;
      }
      assertThat(z.ratio()).as("ONS prints ±inf for %s", z.code()).isIn("inf", "-inf");
      LandConsumption.Result r = LandConsumption.lcrpgr(z.area2016(), z.area2019(), z.pop2016(), z.pop2019(), YEARS);
      assertThat(r.populationGrowthRate()).contains(0.0);
      assertThat(r.landConsumptionRate()).hasValueSatisfying(
          v -> assertThat(v).isCloseTo(Double.parseDouble(z.lcr()), within(1e-15)));
      assertThat(r.ratio()).isEmpty();
      assertThat(r.undefinedReason()).isPresent();
      checked++;
    }
    assertThat(checked).isEqualTo(105);
  }

  @Test
  void a_population_of_zero_is_rejected_where_ons_prints_minus_infinity_or_nothing() {
    int checked = 0;
    for (Zone z : zones()) {
      if (z.pop2016() != 0 && z.pop2019() != 0) {
        continue;
      }
      assertThat(z.pgr()).as("ONS's PGR for %s", z.code()).isIn("", "-inf");
      assertThatThrownBy(() -> LandConsumption.lcrpgr(z.area2016(), z.area2019(), z.pop2016(), z.pop2019(), YEARS))
          .isInstanceOf(IndicatorException.class).hasMessageContaining("IND-0007");
      checked++;
    }
    assertThat(checked).isEqualTo(3);
  }

  private static List<Zone> zones() {
    try (InputStream in = Objects.requireNonNull(LandConsumptionOnsLinearPublishedTest.class.getResourceAsStream(FILE),
        FILE); BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Zone> out = new ArrayList<>();
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", -1);
        assertThat(f).as(line).hasSize(8);
        out.add(new Zone(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4]), f[5], f[6], f[7]));
      }
      assertThat(out).hasSize(449);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
