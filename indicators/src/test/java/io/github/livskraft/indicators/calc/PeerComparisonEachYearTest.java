package io.github.livskraft.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.TestData;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rank, median, minimum and maximum among a chosen peer set, per year, on real SSB population (table 07459). */
class PeerComparisonEachYearTest {
  @Test
  void notodden_among_kongsbergregionen_each_year() {
    SeriesSet data = TestData.kongsbergregionen();
    TimeSeries notodden = data.find(Region.municipality("4005"), "population").orElseThrow();
    List<TimeSeries> peers = Stream.of("3303", "3334", "3336", "3338", "4005", "4024", "4026")
        .map(c -> data.find(Region.municipality(c), "population").orElseThrow()).toList();
    List<PeerComparison> rows = PeerComparison.compareEachPeriod(notodden, peers, Direction.HIGHER_IS_BETTER);
    assertThat(rows).extracting(PeerComparison::period).startsWith(Period.year(2015)).endsWith(Period.year(2024))
        .hasSize(10).isSorted();
    PeerComparison y2024 = rows.get(9);
    // SSB 07459, 1 January 2024: 3303 28848, 3334 2781, 3336 1395, 3338 2486, 4024 1630, 4026 5533; 4005 13266
    assertThat(y2024.value()).contains(13266.0);
    assertThat(y2024.peersWithValue()).as("the subject is not its own peer").isEqualTo(6);
    assertThat(y2024.peerMedian().orElseThrow()).isCloseTo((2486 + 2781) / 2.0, within(1e-9));
    assertThat(y2024.peerMin()).contains(1395.0);
    assertThat(y2024.peerMax()).contains(28848.0);
    assertThat(y2024.rank()).contains(2);
    assertThat(y2024.differenceToMedian().orElseThrow()).isCloseTo(13266 - 2633.5, within(1e-9));
    List<PeerComparison> lower = PeerComparison.compareEachPeriod(notodden, peers, Direction.LOWER_IS_BETTER);
    assertThat(lower.get(9).rank()).contains(6);
  }
}
