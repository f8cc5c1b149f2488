package io.github.livskraft.indicators.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.Direction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Reproduces published SDSN results from the published inputs: SDSN's 2022 "leave no one behind" index for the
 * departments of Benin (SDSN's own data file {@code data/source/220608 Benin_indexdata.xlsx} in
 * {@code sdsna/sdgindex-starter}; sheets Codebook, Indice and Base complète). The file gives, per indicator, the
 * optimum, the green and red thresholds and the lower bound, and per department the raw value, SDSN's normalised
 * score (3 decimals), SDSN's colour, the four dimension scores (3 decimals) and the overall score (full double
 * precision). Four of the twelve departments are kept in the test resources (Littoral: complete; Alibori and
 * Borgou: one value missing; Borgou and Donga: thresholds outside the bounds); the twelve were checked once with a
 * script (441 of 441 scores and colours, 12 of 12 overall scores, 48 of 48 dimension scores). See
 * {@code references/PROVENANCE.md}.
 */
class SdsnPublishedResultsTest {
  private static final String DIR = "/io/github/livskraft/indicators/references/";

  private record Codebook(String dimension, Direction direction, double optimum, double green, double red,
      double lowerBound) {}

  private record Row(String department, String indicator, double value, double publishedScore,
      String publishedColour) {
    boolean hasValue() {
      return !Double.isNaN(value);
    }
  }

  @Test
  void normalisedScoresMatchThePublishedOnesToTheirThreeDecimals() {
    Map<String, Codebook> codebook = codebook();
    int checked = 0;
    for (Row r : rows()) {
      if (!r.hasValue()) {
        continue;
      }
      Codebook c = codebook.get(r.indicator());
      double score = Normalisation.sdsn(c.lowerBound(), c.optimum(), c.direction()).score(r.value());
      assertThat(score).as("%s %s = %s: SDSN publishes %s, rounded to 3 decimals (tolerance 0.0005)",
          r.department(), r.indicator(), r.value(), r.publishedScore())
          .isCloseTo(r.publishedScore(), within(0.0005 + 1e-12));
      checked++;
    }
    assertThat(checked).isEqualTo(4 * 37 - 2);
  }

  @Test
  void coloursFromTheGreenAndRedThresholdsMatchEveryPublishedColour() {
    Map<String, Codebook> codebook = codebook();
    int checked = 0;
    for (Row r : rows()) {
      Codebook c = codebook.get(r.indicator());
      ColourThresholds t = ColourThresholds.fromGreenRed(c.lowerBound(), c.red(), c.green(), c.optimum());
      Rating expected = r.publishedColour().isEmpty() ? Rating.GREY
          : Rating.valueOf(r.publishedColour().toUpperCase(Locale.ROOT));
      assertThat(t.rating(r.hasValue() ? r.value() : Double.NaN))
          .as("%s %s = %s (lower bound %s, red %s, green %s, optimum %s)", r.department(), r.indicator(), r.value(),
              c.lowerBound(), c.red(), c.green(), c.optimum())
          .isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isEqualTo(4 * 37);
  }

  @Test
  @SuppressWarnings("deprecation")
  void clampingTheThresholdsIntoTheBoundsWouldContradictFivePublishedColours() {
    Map<String, Codebook> codebook = codebook();
    List<String> wrong = new ArrayList<>();
    for (Row r : rows()) {
      if (!r.hasValue()) {
        continue;
      }
      Codebook c = codebook.get(r.indicator());
      double lo = Math.min(c.lowerBound(), c.optimum());
      double hi = Math.max(c.lowerBound(), c.optimum());
      double red = Math.max(lo, Math.min(hi, c.red()));
      double green = Math.max(lo, Math.min(hi, c.green()));
      ColourThresholds clamped = ColourThresholds.clamped(c.lowerBound(), red, (red + green) / 2, green, c.optimum());
      if (!clamped.rating(r.value()).name().equalsIgnoreCase(r.publishedColour())) {
        wrong.add(r.department() + " " + r.indicator());
      }
    }
    // Borgou lnb1_m5civil (value = lower bound 65.3, red threshold 60 beyond it; published orange) is no longer
    // among them: clamped, its red threshold is the lower bound, and a value at the red threshold is orange
    // (SDR 2025, SdsnSdr2025CountryResultsIT)
    assertThat(wrong).as("the old clamped reading against SDSN's published colours").containsExactlyInAnyOrder(
        "Alibori lnb3_activparit", "Borgou lnb3_activparit", "Borgou lnb4_gini",
        "Donga lnb2_malnutri", "Donga lnb3_activparit");
  }

  @Test
  void overallScoreIsTheMeanOfThePublishedIndicatorScoresToFullPrecision() {
    Map<String, List<Double>> published = new LinkedHashMap<>();
    Map<String, List<Double>> ours = new LinkedHashMap<>();
    Map<String, Codebook> codebook = codebook();
    for (Row r : rows()) {
      if (r.hasValue()) {
        Codebook c = codebook.get(r.indicator());
        published.computeIfAbsent(r.department(), k -> new ArrayList<>()).add(r.publishedScore());
        ours.computeIfAbsent(r.department(), k -> new ArrayList<>())
            .add(Normalisation.sdsn(c.lowerBound(), c.optimum(), c.direction()).score(r.value()));
      }
    }
    Map<String, double[]> scores = scores();
    assertThat(scores).hasSize(4);
    for (Map.Entry<String, double[]> e : scores.entrySet()) {
      double overall = e.getValue()[0];
      double fromPublished = GoalAggregation.ARITHMETIC_MEAN.apply(toArray(published.get(e.getKey())));
      assertThat(fromPublished).as("%s: mean of the %d published (3-decimal) indicator scores; SDSN publishes %s"
          + " to full precision (tolerance 1e-9)", e.getKey(), published.get(e.getKey()).size(), overall)
          .isCloseTo(overall, within(1e-9));
      double fromOurs = GoalAggregation.ARITHMETIC_MEAN.apply(toArray(ours.get(e.getKey())));
      assertThat(fromOurs).as("%s: mean of Livskraft's unrounded scores, within the indicator scores' rounding",
          e.getKey()).isCloseTo(overall, within(0.0005));
    }
  }

  @Test
  void dimensionScoresAreTheMeansOfTheirIndicatorsToThePublishedThreeDecimals() {
    Map<String, Codebook> codebook = codebook();
    Map<String, Map<String, List<Double>>> byDimension = new LinkedHashMap<>();
    for (Row r : rows()) {
      if (r.hasValue()) {
        byDimension.computeIfAbsent(r.department(), k -> new LinkedHashMap<>())
            .computeIfAbsent(codebook.get(r.indicator()).dimension(), k -> new ArrayList<>()).add(r.publishedScore());
      }
    }
    String[] dimensions = {"genre", "pauvreté", "revenu", "services"};
    int checked = 0;
    for (Map.Entry<String, double[]> e : scores().entrySet()) {
      for (int i = 0; i < dimensions.length; i++) {
        double mean = GoalAggregation.ARITHMETIC_MEAN.apply(toArray(byDimension.get(e.getKey()).get(dimensions[i])));
        assertThat(mean).as("%s, dimension %s: SDSN publishes %s, rounded to 3 decimals (tolerance 0.0005)",
            e.getKey(), dimensions[i], e.getValue()[i + 1]).isCloseTo(e.getValue()[i + 1], within(0.0005 + 1e-12));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(16);
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static Map<String, Codebook> codebook() {
    Map<String, Codebook> out = new LinkedHashMap<>();
    for (String[] f : read("sdsn-benin-lnob-2022-codebook.csv")) {
      Direction d = switch (f[2]) {
        case "ascending" -> Direction.HIGHER_IS_BETTER;
        case "descending" -> Direction.LOWER_IS_BETTER;
        default -> throw new IllegalStateException("direction " + f[2]);
      };
      out.put(f[0], new Codebook(f[1], d, Double.parseDouble(f[3]), Double.parseDouble(f[4]),
          Double.parseDouble(f[5]), Double.parseDouble(f[6])));
    }
    assertThat(out).hasSize(37);
    return out;
  }

  private static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (String[] f : read("sdsn-benin-lnob-2022-values.csv")) {
      out.add(new Row(f[0], f[1], f[2].isEmpty() ? Double.NaN : Double.parseDouble(f[2]),
          f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3]), f.length > 4 ? f[4] : ""));
    }
    return out;
  }

  private static Map<String, double[]> scores() {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String[] f : read("sdsn-benin-lnob-2022-scores.csv")) {
      double[] v = new double[5];
      for (int i = 0; i < 5; i++) {
        v[i] = Double.parseDouble(f[i + 1]);
      }
      out.put(f[0], v);
    }
    return out;
  }

  /** The data rows of a small comma-separated test file without quoted fields (header skipped). */
  static List<String[]> read(String name) {
    try (InputStream in = Objects.requireNonNull(SdsnPublishedResultsTest.class.getResourceAsStream(DIR + name),
        name); BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> out = new ArrayList<>();
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(line.split(",", -1));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
