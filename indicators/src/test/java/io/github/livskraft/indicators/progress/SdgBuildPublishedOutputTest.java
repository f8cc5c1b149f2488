package io.github.livskraft.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.municipalities.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reproduces progress results published by Open SDG's {@code sdg-build} <b>2.4.0</b> from the inputs published
 * beside them: Statistics Canada's {@code indicator_calculation_components.yml}, which sdg-build 2.4.0 writes during
 * the data build (Open SDG documentation, {@code docs/progress.md}, "Progress calculation components output") and
 * which Statistics Canada commits to its two Open SDG data repositories, both pinned to
 * {@code git+https://github.com/open-sdg/sdg-build@2.4.0} in {@code scripts/requirements.txt} since 7 November 2025:
 * {@code sdg-data-canada-odd-donnees/cif-data-donnees-cic} (Canadian Indicator Framework, file as of commit
 * {@code bb7a432}, 21 July 2026) and {@code sdg-data-canada-odd-donnees/sdg-data-donnees-odd} (global indicators,
 * commit {@code f89e601}, 10 March 2026). For every series the file gives the inputs (direction, base year and
 * value, latest year and value, target and target year, limit) and the outputs (progress value, score, status) at
 * full double precision, and for every indicator the aggregate score and status. All 379 series and 219 indicators
 * with a calculated status are copied to {@code references/statcan-sdg-build-2.4.0-*.csv}; see
 * {@code references/PROVENANCE.md}.
 *
 * <p>What this covers: both methods (with and without a target), limits (thresholds scaled by C), targets of 0
 * (published already replaced by 0.001), a latest value of 0, targets already met (score 5, progress value still
 * published), a base value equal to the target and met (no progress value), a single year of data without the
 * target met (not available), series without data, every status band, and the indicator-level mean score with the
 * "all targets achieved" rule. What it cannot cover, because no published series has it: a single year of data
 * whose value meets the target, a base value equal to the target that is not met, values of opposite sign.
 */
class SdgBuildPublishedOutputTest {
  private static final String DIR = "/io/github/livskraft/indicators/references/";
  private static final ProgressCalculator CALC = ProgressCalculator.openSdg();

  private record Published(String source, String indicator, String series, Direction direction,
      Optional<Double> baseYear, Optional<Double> baseValue, Optional<Double> currentYear,
      Optional<Double> currentValue, Optional<Double> target, Optional<Double> targetYear, Optional<Double> limit,
      Optional<Double> progressValue, Optional<Double> score, String status) {

    boolean hasData() {
      return baseValue.isPresent() && currentValue.isPresent();
    }

    String label() {
      return source + " " + series + " (base " + baseYear.orElse(null) + " = " + baseValue.orElse(null) + ", latest "
          + currentYear.orElse(null) + " = " + currentValue.orElse(null) + ", target " + target.orElse(null) + " in "
          + targetYear.orElse(null) + ", limit " + limit.orElse(null) + ", direction " + direction + ")";
    }

    ProgressAssessment assess() {
      if (!hasData()) {
        TimeSeries empty = TimeSeries.builder(Region.municipality("3303"), series)
            .addMissing(Period.year(baseYear.orElseThrow().intValue()), ObservationStatus.NOT_AVAILABLE).build();
        ProgressOptions options = ProgressOptions.of(direction);
        return CALC.assess(empty, target.isPresent() ? options.withTarget(target.get()) : options);
      }
      ProgressInput in = ProgressInput.of(direction, year(baseYear), baseValue.orElseThrow(), year(currentYear),
          currentValue.orElseThrow());
      if (target.isPresent()) {
        in = in.withTarget(target.get(), year(targetYear));
      }
      if (limit.isPresent()) {
        in = in.withLimit(limit.get());
      }
      return CALC.assess(in);
    }

    private static Period year(Optional<Double> y) {
      double v = y.orElseThrow();
      assertThat(v).as("published years are whole years").isEqualTo(Math.rint(v));
      return Period.year((int) v);
    }
  }

  private record PublishedIndicator(String source, String indicator, int seriesCount, Optional<Double> score,
      String status) {}

  @Test
  void every_published_series_status_score_and_progress_value_is_reproduced() {
    List<Published> rows = series();
    assertThat(rows).hasSize(379);
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (Published p : rows) {
      ProgressAssessment a = p.assess();
      assertThat(a.status().code()).as("status of %s", p.label()).isEqualTo(p.status());
      if (p.score().isPresent()) {
        assertThat(a.score()).as("score of %s (published %s, tolerance 1e-9)", p.label(), p.score().get())
            .hasValueSatisfying(v -> assertThat(v).isCloseTo(p.score().get(), within(1e-9)));
      } else {
        assertThat(a.score()).as("no score for %s", p.label()).isEmpty();
      }
      if (p.progressValue().isPresent()) {
        double published = p.progressValue().get();
        assertThat(a.progressValue()).as("progress value of %s (published %s, tolerance 1e-9)", p.label(),
            published).hasValueSatisfying(v -> assertThat(v).isCloseTo(published,
                within(1e-9 * Math.max(1, Math.abs(published)))));
      } else {
        assertThat(a.progressValue()).as("no progress value for %s", p.label()).isEmpty();
      }
      byStatus.merge(p.status(), 1, Integer::sum);
    }
    // every band is exercised
    assertThat(byStatus).containsOnlyKeys("target_achieved", "substantial_progress", "moderate_progress",
        "limited_progress", "deterioration", "not_available");
  }

  @Test
  void scores_reproduce_to_the_last_bit_with_sdg_builds_rounded_constants() {
    // The published scores equal Livskraft's to the bit: sdg-build uses 7.1429, 4.2857 and 4.1667, not 50/7, 30/7
    // and 25/6, and so does Livskraft. A difference of one ulp would show that a constant or an operation order
    // differs.
    int exact = 0;
    for (Published p : series()) {
      if (p.score().isPresent()) {
        assertThat(p.assess().score().orElseThrow()).as("score of %s", p.label()).isEqualTo(p.score().get());
        exact++;
      }
    }
    assertThat(exact).isGreaterThan(300);
  }

  @Test
  void the_published_edge_cases_are_among_the_reproduced_series() {
    List<Published> rows = series();
    assertThat(rows).as("target met, progress value still published")
        .anyMatch(p -> p.status().equals("target_achieved") && p.progressValue().isPresent());
    assertThat(rows).as("base value equal to the target and met: no progress value, score 5")
        .anyMatch(p -> p.status().equals("target_achieved") && p.progressValue().isEmpty()
            && p.baseValue().equals(p.target()));
    assertThat(rows).as("a single year of data, target not met: not available")
        .anyMatch(p -> p.hasData() && p.baseYear().equals(p.currentYear()) && p.target().isPresent()
            && p.status().equals("not_available"));
    assertThat(rows).as("a limit scales the thresholds").anyMatch(p -> p.limit().isPresent()
        && p.progressValue().isPresent());
    assertThat(rows).as("target 0 published as 0.001").anyMatch(p -> p.target().equals(Optional.of(0.001)));
    assertThat(rows).as("no data at all").anyMatch(p -> !p.hasData());
    Published flat = rows.stream().filter(p -> p.series().equals("16-1-1")).findFirst().orElseThrow();
    assertThat(flat.progressValue()).as("unchanged value with a limit: P = 0").contains(0.0);
    assertThat(flat.assess().status()).as("P = 0 is the lower, inclusive edge of limited progress")
        .isEqualTo(ProgressStatus.LIMITED_PROGRESS);
  }

  /**
   * End to end from the published data: for the 65 CIF indicators whose progress is computed on the headline series
   * alone (no series, unit or disaggregation selected), the headline rows of {@code data/indicator_<id>.csv} and the
   * options of {@code meta/<id>.md} at commit bb7a432 (copied to {@code statcan-cif-2.4.0-headline-*.csv}) go
   * through {@link ProgressCalculator#assess(TimeSeries, ProgressOptions)}, which picks the base and latest years
   * itself. Checks the base year moving to the first later year with data when the configured one has none (22
   * indicators), the latest year, and the published status, score and progress value.
   */
  @Test
  void headline_series_from_the_published_data_files_give_the_published_results() {
    Map<String, TimeSeries.Builder> data = new LinkedHashMap<>();
    for (List<String> f : read("statcan-cif-2.4.0-headline-data.csv", 3)) {
      data.computeIfAbsent(f.get(0), id -> TimeSeries.builder(Region.municipality("3303"), id))
          .add(Period.year(Integer.parseInt(f.get(1))), Double.parseDouble(f.get(2)));
    }
    Map<String, Published> published = new HashMap<>();
    for (Published p : series()) {
      if (p.source().equals("cif") && p.series().equals(p.indicator())) {
        published.put(p.indicator(), p);
      }
    }
    int checked = 0;
    int moved = 0;
    for (List<String> f : read("statcan-cif-2.4.0-headline-options.csv", 6)) {
      String id = f.get(0);
      Direction d = switch (f.get(1)) {
        case "positive" -> Direction.HIGHER_IS_BETTER;
        case "negative" -> Direction.LOWER_IS_BETTER;
        default -> throw new IllegalStateException("direction " + f.get(1));
      };
      Period configuredBase = Period.year(Integer.parseInt(f.get(2)));
      ProgressOptions options = ProgressOptions.of(d).withBase(configuredBase);
      if (!f.get(3).isEmpty()) {
        options = options.withTarget(Double.parseDouble(f.get(3)), Period.year(Integer.parseInt(f.get(4))));
      }
      if (!f.get(5).isEmpty()) {
        options = options.withLimit(Double.parseDouble(f.get(5)));
      }
      Published p = Objects.requireNonNull(published.get(id), id);
      ProgressAssessment a = CALC.assess(data.get(id).build(), options);
      assertThat(a.basePeriod()).as("base year of %s", id).contains(Period.year(p.baseYear().orElseThrow().intValue()));
      assertThat(a.latestPeriod()).as("latest year of %s", id)
          .contains(Period.year(p.currentYear().orElseThrow().intValue()));
      assertThat(a.status().code()).as("status of %s", p.label()).isEqualTo(p.status());
      if (p.score().isPresent()) {
        assertThat(a.score()).as("score of %s", p.label())
            .hasValueSatisfying(v -> assertThat(v).isCloseTo(p.score().get(), within(1e-9)));
      } else {
        assertThat(a.score()).isEmpty();
      }
      if (p.progressValue().isPresent()) {
        double pv = p.progressValue().get();
        assertThat(a.progressValue()).as("progress value of %s", p.label())
            .hasValueSatisfying(v -> assertThat(v).isCloseTo(pv, within(1e-9 * Math.max(1, Math.abs(pv)))));
      } else {
        assertThat(a.progressValue()).isEmpty();
      }
      if (!a.basePeriod().orElseThrow().equals(configuredBase)) {
        moved++;
      }
      checked++;
    }
    assertThat(checked).isEqualTo(65);
    assertThat(moved).as("base years moved to the first later year with data").isEqualTo(22);
  }

  /**
   * Indicators whose {@code progress_calculation_options} group series ({@code - group:}, sdg-build 2.4.0): a group
   * counts once in the indicator's mean. Structure from {@code indicator-config/<id>.yml} of
   * {@code sdg-data-canada-odd-donnees/sdg-data-donnees-odd} @ f89e601; each inner list is one part, its entries
   * pick the part's series by a piece of their published name.
   */
  private static final Map<String, List<List<String>>> GROUPS = Map.of(
      "sdg|16-3-1", List.of(List.of("Physical assault", "Robbery"), List.of("Sexual assault")),
      "sdg|9-c-1", List.of(List.of("(HSPA+)"), List.of("(LTE)", "LTE-A"), List.of("5G")),
      "sdg|4-a-1", List.of(List.of("/ Primary", "/ Secondary"), List.of("Internet")));

  /**
   * Indicators the published file cannot reproduce: their groups hold series whose published names are cut to the
   * same text ({@code …achie...}), so the file lists fewer series than sdg-build scored (1-4-1: 4 education options,
   * 2 listed; 4-5-1: 3 levels of nested groups with colliding names).
   */
  private static final Set<String> NAMES_COLLIDE = Set.of("sdg|1-4-1", "sdg|4-5-1");

  @Test
  void every_published_indicator_score_and_status_is_reproduced_from_its_series() {
    Map<String, List<Published>> bySeries = new LinkedHashMap<>();
    for (Published p : series()) {
      bySeries.computeIfAbsent(p.source() + "|" + p.indicator(), k -> new ArrayList<>()).add(p);
    }
    List<PublishedIndicator> indicators = indicators();
    assertThat(indicators).hasSize(219);
    int reproduced = 0;
    for (PublishedIndicator i : indicators) {
      String key = i.source() + "|" + i.indicator();
      List<Published> parts = bySeries.get(key);
      assertThat(parts).as("series of %s", key).hasSize(i.seriesCount());
      if (NAMES_COLLIDE.contains(key)) {
        continue;
      }
      ProgressSummary s;
      if (GROUPS.containsKey(key)) {
        List<ProgressSummary> groups = new ArrayList<>();
        int used = 0;
        for (List<String> group : GROUPS.get(key)) {
          List<ProgressAssessment> members = new ArrayList<>();
          for (String piece : group) {
            members.add(parts.stream().filter(p -> p.series().contains(piece)).findFirst().orElseThrow().assess());
          }
          used += members.size();
          groups.add(members.size() == 1 ? ProgressSummary.of(members.get(0))
              : CALC.aggregate(members, ScoreAggregation.MEAN));
        }
        assertThat(used).as("every series of %s is in one group", key).isEqualTo(parts.size());
        s = CALC.aggregateGroups(groups, ScoreAggregation.MEAN);
      } else {
        s = CALC.aggregate(parts.stream().map(Published::assess).toList(), ScoreAggregation.MEAN);
      }
      assertThat(s.status().code()).as("status of %s", key).isEqualTo(i.status());
      if (i.score().isPresent()) {
        assertThat(s.score()).as("score of %s (published %s)", key, i.score().get())
            .hasValueSatisfying(v -> assertThat(v).isCloseTo(i.score().get(), within(1e-9)));
      } else {
        assertThat(s.score()).isEmpty();
      }
      reproduced++;
    }
    assertThat(reproduced).isEqualTo(217);
  }

  @Test
  void groups_count_once_whatever_their_size() {
    ProgressAssessment a = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), 10,
        Period.year(2020), 5));
    ProgressAssessment b = CALC.assess(ProgressInput.of(Direction.HIGHER_IS_BETTER, Period.year(2015), 10,
        Period.year(2020), 20));
    ProgressSummary flat = CALC.aggregate(List.of(a, a, b), ScoreAggregation.MEAN);
    ProgressSummary grouped = CALC.aggregateGroups(List.of(CALC.aggregate(List.of(a, a), ScoreAggregation.MEAN),
        ProgressSummary.of(b)), ScoreAggregation.MEAN);
    assertThat(grouped.score().orElseThrow())
        .isCloseTo((a.score().orElseThrow() + b.score().orElseThrow()) / 2, within(1e-12))
        .isNotEqualTo(flat.score().orElseThrow());
    assertThat(grouped.assessed()).isEqualTo(2);
    assertThat(CALC.aggregateGroups(List.of(), ScoreAggregation.MEAN).status())
        .isEqualTo(ProgressStatus.NOT_AVAILABLE);
  }

  // ----------------------------------------------------------------------------------------------- reading

  private static List<Published> series() {
    List<Published> out = new ArrayList<>();
    for (List<String> f : read("statcan-sdg-build-2.4.0-series.csv", 15)) {
      Direction d = switch (f.get(3)) {
        case "1" -> Direction.HIGHER_IS_BETTER;
        case "-1" -> Direction.LOWER_IS_BETTER;
        default -> throw new IllegalStateException("direction " + f.get(3));
      };
      out.add(new Published(f.get(0), f.get(1), f.get(2), d, num(f.get(4)), num(f.get(5)), num(f.get(6)),
          num(f.get(7)), num(f.get(8)), num(f.get(9)), num(f.get(10)), num(f.get(12)), num(f.get(13)), f.get(14)));
    }
    return out;
  }

  private static List<PublishedIndicator> indicators() {
    List<PublishedIndicator> out = new ArrayList<>();
    for (List<String> f : read("statcan-sdg-build-2.4.0-indicators.csv", 5)) {
      out.add(new PublishedIndicator(f.get(0), f.get(1), Integer.parseInt(f.get(2)), num(f.get(3)), f.get(4)));
    }
    return out;
  }

  private static Optional<Double> num(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(s));
  }

  /** The rows of a reference CSV (RFC 4180: quoted names hold commas), header skipped, read with Jackson. */
  static List<List<String>> read(String name, int columns) {
    try (InputStream in = Objects.requireNonNull(SdgBuildPublishedOutputTest.class.getResourceAsStream(DIR + name),
        name); MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
      List<List<String>> rows = new ArrayList<>(it.readAll());
      rows.remove(0);
      for (List<String> row : rows) {
        assertThat(row).as("%s: %s", name, row).hasSize(columns);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
