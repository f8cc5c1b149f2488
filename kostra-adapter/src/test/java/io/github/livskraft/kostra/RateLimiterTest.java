package io.github.livskraft.kostra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final FakeTime time = new FakeTime();

  @Test
  void thirtyRequestsPassThenTheThirtyFirstWaitsForTheWindow() throws Exception {
    RateLimiter limiter = RateLimiter.of(30, Duration.ofSeconds(60), time);
    for (int i = 0; i < 30; i++) {
      limiter.acquire();
    }
    assertThat(time.sleeps()).isEmpty();
    limiter.acquire();
    assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void requestsSpreadOverTheWindowWaitOnlyForTheOldestToExpire() throws Exception {
    RateLimiter limiter = RateLimiter.of(2, Duration.ofSeconds(60), time);
    limiter.acquire();
    time.advance(Duration.ofSeconds(50));
    limiter.acquire();
    limiter.acquire(); // the first expires 10 s later
    assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aLowerServerPolicyLowersTheLimitButAHigherOneNeverRaisesIt() {
    RateLimiter limiter = RateLimiter.of(30, Duration.ofSeconds(60), time);
    limiter.observe(Map.of("X-RateLimit-Policy", List.of("40;w=60s")));
    assertThat(limiter.permits()).isEqualTo(30);
    limiter.observe(Map.of("x-ratelimit-policy", List.of("10;w=60")));
    assertThat(limiter.permits()).isEqualTo(10);
    limiter.observe(Map.of("x-ratelimit-policy", List.of("garbage")));
    assertThat(limiter.permits()).isEqualTo(10);
  }

  @Test
  void remainingZeroPausesEveryCallerUntilReset() throws Exception {
    RateLimiter limiter = RateLimiter.of(30, Duration.ofSeconds(60), time);
    limiter.observe(Map.of("x-ratelimit-remaining", List.of("0"), "x-ratelimit-reset", List.of("12")));
    limiter.acquire();
    assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void pauseBlocksTheNextAcquire() throws Exception {
    RateLimiter limiter = RateLimiter.of(30, Duration.ofSeconds(60), time);
    limiter.pause(Duration.ofSeconds(7));
    limiter.acquire();
    assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RateLimiter.of(0, Duration.ofSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimiter.of(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
