package io.github.livskraft.indicators.calc;

import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a municipality with its peers (its KOSTRA group, the other municipalities of its county, a region
 * council) in one period: rank, median and range of the peers, and the difference to the median.
 *
 * @param period the period
 * @param value the subject's value, if any
 * @param peersWithValue how many peers had a value
 * @param peerMedian the peers' median, if any peer had a value
 * @param peerMin the smallest peer value
 * @param peerMax the largest peer value
 * @param rank the subject's rank among subject + peers with values (1 = best for the direction), if it has a value
 * @param differenceToMedian value − median, if both exist
 */
public record PeerComparison(Period period, Optional<Double> value, int peersWithValue, Optional<Double> peerMedian,
    Optional<Double> peerMin, Optional<Double> peerMax, Optional<Integer> rank, Optional<Double> differenceToMedian) {

  /** Checks for nulls. */
  public PeerComparison {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(peerMedian, "peerMedian");
    Objects.requireNonNull(peerMin, "peerMin");
    Objects.requireNonNull(peerMax, "peerMax");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(differenceToMedian, "differenceToMedian");
  }

  /**
   * Compares.
   *
   * @param subject the subject's series
   * @param peers the peers' series (the subject's own region is skipped if present)
   * @param period the period
   * @param direction which values are better (for the rank; {@code TARGET_BAND} ranks higher as better)
   * @return the comparison; peers without a value in the period are left out
   */
  public static PeerComparison compare(TimeSeries subject, List<TimeSeries> peers, Period period,
      Direction direction) {
    Observation own = subject.at(period);
    List<Double> values = new ArrayList<>();
    for (TimeSeries p : peers) {
      if (p.region().key().equals(subject.region().key())) {
        continue;
      }
      Observation o = p.at(period);
      if (o.hasValue()) {
        values.add(o.rawValue());
      }
    }
    double[] arr = values.stream().mapToDouble(Double::doubleValue).toArray();
    Optional<Double> median = arr.length == 0 ? Optional.empty() : Optional.of(RegionalAggregator.median(arr));
    Optional<Double> min = values.stream().min(Double::compare);
    Optional<Double> max = values.stream().max(Double::compare);
    Optional<Double> value = own.hasValue() ? Optional.of(own.rawValue()) : Optional.empty();
    Optional<Integer> rank = value.map(v -> {
      int better = 0;
      for (double x : arr) {
        if (direction == Direction.LOWER_IS_BETTER ? x < v : x > v) {
          better++;
        }
      }
      return better + 1;
    });
    Optional<Double> diff = value.isPresent() && median.isPresent()
        ? Optional.of(value.get() - median.get()) : Optional.empty();
    return new PeerComparison(period, value, arr.length, median, min, max, rank, diff);
  }

  /**
   * Compares the subject with its peers in every period that the subject or any peer has (one row per year for
   * annual series), in time order: the same rank, median, minimum and maximum as {@link #compare} per period.
   *
   * <pre>{@code
   * List<PeerComparison> rows = PeerComparison.compareEachPeriod(kongsberg, peers, Direction.HIGHER_IS_BETTER);
   * }</pre>
   *
   * @param subject the municipality's series
   * @param peers the peer set's series (the subject's own region is skipped if included)
   * @param direction which values rank first
   * @return one comparison per period
   */
  public static List<PeerComparison> compareEachPeriod(TimeSeries subject, List<TimeSeries> peers,
      Direction direction) {
    java.util.SortedSet<Period> periods = new java.util.TreeSet<>(subject.periods());
    for (TimeSeries p : peers) {
      periods.addAll(p.periods());
    }
    List<PeerComparison> out = new ArrayList<>(periods.size());
    for (Period period : periods) {
      out.add(compare(subject, peers, period, direction));
    }
    return List.copyOf(out);
  }
}
