package io.github.livskraft.kostra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(60), 2.0, 0.0, Duration.ZERO);
    assertThat(p.backoff(1, 0.3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.backoff(2, 0.3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.backoff(5, 0.3)).isEqualTo(Duration.ofSeconds(32));
    assertThat(p.backoff(6, 0.3)).isEqualTo(Duration.ofSeconds(60));
  }

  @Property
  void jitterStaysWithinTheBand(@ForAll @IntRange(min = 1, max = 12) int retry,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double r) {
    RetryPolicy p = RetryPolicy.recommended();
    long base = Math.min(60_000, 2_000L << (retry - 1));
    long ms = p.backoff(retry, r).toMillis();
    assertThat(ms).isBetween(base / 2 - 1, base);
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 1, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1, 2, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }
}
