package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * What every JSON-stat input must end in, shared by the seeded malformed-input properties and the Jazzer fuzz
 * targets: a cube whose invariants hold and that writes and reads back identically, or a typed
 * {@link JsonStatException} whose message starts with its code; nothing else (no other exception, no
 * {@link OutOfMemoryError}).
 */
final class JsonStatInvariants {
  /** A smaller cell limit than the default keeps the worst case of every input small. */
  static final JsonStatReader STRICT = JsonStatReader.builder().maxCells(2_000_000).build();
  static final JsonStatReader LENIENT =
      JsonStatReader.builder().maxCells(2_000_000).lenient().upgradeV1(true).build();

  private JsonStatInvariants() {}

  /** Reads with both readers, each within 10 s; fails on anything but a cube or a typed error. */
  static void readsOrFailsTyped(byte[] input) {
    for (JsonStatReader reader : List.of(STRICT, LENIENT)) {
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readOrFailTyped(reader, input));
    }
  }

  /** As {@link #readsOrFailsTyped}, on the calling thread (the fuzzer bounds the time itself). */
  static void readsOrFailsTypedNow(byte[] input) {
    for (JsonStatReader reader : List.of(STRICT, LENIENT)) {
      readOrFailTyped(reader, input);
    }
  }

  private static void readOrFailTyped(JsonStatReader reader, byte[] input) {
    JsonStatResponse r;
    try {
      r = reader.read(input);
    } catch (JsonStatException expected) {
      assertThat(expected.errorCode()).isNotNull();
      assertThat(expected.getMessage()).startsWith(expected.errorCode().code());
      return;
    }
    checkInvariants(r);
  }

  /** Above this many cells only a sample of the cells is checked, and the write-read round trip is left out. */
  static final int FULL_CHECK_CELLS = 100_000;

  static void checkInvariants(JsonStatResponse r) {
    if (r instanceof JsonStatDataset ds) {
      long product = 1;
      for (int s : ds.sizes()) {
        product *= s;
      }
      assertThat(ds.cellCount()).isEqualTo(product);
      boolean full = ds.cellCount() <= FULL_CHECK_CELLS;
      int stride = full ? 1 : ds.cellCount() / FULL_CHECK_CELLS + 1;
      for (int i = 0; i < ds.cellCount(); i += stride) {
        JsonStatCell c = ds.cell(i);
        assertThat(c.codes()).hasSize(ds.ids().size());
        ds.findStatus(i);
      }
      if (full) {
        int nonNull = 0;
        for (int i = 0; i < ds.cellCount(); i++) {
          if (!ds.cell(i).isNull()) {
            nonNull++;
          }
        }
        assertThat(nonNull).isEqualTo(ds.nonNullCount());
        // what we read, we can write and read back identically
        String json = JsonStatWriter.create().toJson(ds);
        assertThat(STRICT.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(ds);
      }
    } else if (r instanceof JsonStatCollection c) {
      c.datasets().forEach(JsonStatInvariants::checkInvariants);
    }
  }
}
