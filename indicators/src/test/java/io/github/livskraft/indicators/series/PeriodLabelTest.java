package io.github.livskraft.indicators.series;

import io.github.livskraft.sdg.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Period labels that statistical offices publish. Ranged years are read as their first year, as Open SDG's
 * sdg-build does ({@code data_progress_measure}: "take the first year in the range").
 */
class PeriodLabelTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "2015-16|2015", "2015–2016|2015", "2015—2016|2015", "2015/16|2015", "2015/2016|2015", "2015-2016|2015",
      "1999/00|1999", "1999-00|1999", "2012-2016|2012", "2015K1|2015K1", "2015M03|2015M03", "2015M3|2015M03",
      "2015-Q4|2015K4", "2024-01|2024M01", "2019-12|2019M12", " 2015 |2015"})
  void parses_published_labels(String text, String expected) {
    assertThat(Period.parse(text)).isEqualTo(Period.parse(expected)).hasToString(expected.strip());
  }

  @Test
  void never_reads_2015_16_as_a_month() {
    Period p = Period.parse("2015-16");
    assertThat(p.frequency()).isEqualTo(Frequency.ANNUAL);
    assertThat(p.year()).isEqualTo(2015);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2025U01|weekly periods are not supported", "2025W52|weekly periods are not supported",
      "2025H1|half-year periods are not supported", "2011-12|ambiguous", "2003-04|ambiguous",
      "2016-2015|must come after the first", "2015/14|not a later year", "2015-13|neither a month",
      "2015M13|out of range", "2015K5|expected 2024, 2024K1 or 2024M01", "15-16|expected"})
  void rejects_with_a_reason_in_three_languages(String text, String reason) {
    assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IndicatorException.class)
        .hasMessageContaining("IND-0004").hasMessageContaining("'" + text + "'").hasMessageContaining(reason)
        .isInstanceOfSatisfying(IndicatorException.class, e -> {
          assertThat(e.getMessage(Language.NB)).startsWith("IND-0004: Ugyldig periode '" + text + "': ")
              .satisfies(m -> assertThat(m.substring(10)).doesNotContain("IND-0004"));
          assertThat(e.getMessage(Language.NN)).startsWith("IND-0004: Ugyldig periode '" + text + "': ")
              .isNotEqualTo(e.getMessage(Language.EN));
        });
  }

  @Test
  void ambiguous_label_says_how_to_write_either_reading() {
    assertThatThrownBy(() -> Period.parse("2011-12")).hasMessageContaining("2011M12")
        .hasMessageContaining("2011-2012").isInstanceOfSatisfying(IndicatorException.class, e -> {
          assertThat(e.getMessage(Language.NB)).contains("tvetydig").contains("2011M12");
          assertThat(e.getMessage(Language.NN)).contains("tvitydig").contains("2011-2012");
        });
  }

  static Stream<Period> seededPeriods() {
    SplittableRandom rnd = new SplittableRandom(2015_16L);
    return IntStream.range(0, 300).mapToObj(i -> {
      int y = 1900 + rnd.nextInt(201);
      return switch (rnd.nextInt(3)) {
        case 0 -> Period.year(y);
        case 1 -> Period.quarter(y, 1 + rnd.nextInt(4));
        default -> Period.month(y, 1 + rnd.nextInt(12));
      };
    });
  }

  /** Round trip and ranged-year reading over a seeded generator. */
  @ParameterizedTest
  @MethodSource("seededPeriods")
  void round_trips_and_ranges_read_as_first_year(Period p) {
    assertThat(Period.parse(p.toString())).isEqualTo(p);
    int y = p.year();
    assertThat(Period.parse(y + "-" + (y + 1))).isEqualTo(Period.year(y));
    assertThat(Period.parse(y + "/" + String.format(java.util.Locale.ROOT, "%02d", (y + 1) % 100)))
        .isEqualTo(Period.year(y));
  }
}
