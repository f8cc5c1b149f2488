package io.github.livskraft.kostra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.time.Duration;
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

  @PropertyTest
  void jitterStaysWithinTheBand(Gen g) {
    int retry = g.intBetween(1, 12);
    double r = g.doubleBetween(0, Math.nextDown(1.0));
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
