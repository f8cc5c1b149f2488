package io.github.livskraft.jsonstat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusStoreTest {

  @Test
  void sparseInAnyOrderLaterDuplicatesWin() {
    StatusStore.Collector c = new StatusStore.Collector();
    c.put(90, ":");
    c.put(3, "..");
    c.put(90, ".");
    StatusStore s = c.build(1000);
    assertThat(s.get(3)).isEqualTo("..");
    assertThat(s.get(90)).isEqualTo(".");
    assertThat(s.get(4)).isNull();
    // ":" was overwritten, so only ".." and "." are counted
    assertThat(s.counts(1000)).containsOnly(java.util.Map.entry("..", 1L), java.util.Map.entry(".", 1L));
    // sparse storage: a few entries cost bytes per entry, not per cell
    assertThat(s.retainedBytes()).isLessThan(200);
  }

  @Test
  void denseWhenManyCellsHaveAStatus() {
    StatusStore.Collector c = new StatusStore.Collector();
    for (int i = 0; i < 10; i++) {
      if (i != 4) {
        c.put(i, i % 2 == 0 ? "a" : "b");
      }
    }
    StatusStore s = c.build(10);
    assertThat(s.get(4)).isNull();
    assertThat(s.get(8)).isEqualTo("a");
    assertThat(s.counts(10)).containsEntry("a", 4L).containsEntry("b", 5L);
    StatusStore sub = s.select(new int[] {1, 4, 8});
    assertThat(sub.get(0)).isEqualTo("b");
    assertThat(sub.get(1)).isNull();
    assertThat(sub.get(2)).isEqualTo("a");
  }

  @Test
  void uniformAndNone() {
    assertThat(StatusStore.all("p").get(123)).isEqualTo("p");
    assertThat(StatusStore.all("p").isUniform()).isTrue();
    assertThat(StatusStore.none().isEmpty()).isTrue();
    assertThat(StatusStore.none().get(0)).isNull();
    assertThat(new StatusStore.Collector().build(5).isEmpty()).isTrue();
  }
}
