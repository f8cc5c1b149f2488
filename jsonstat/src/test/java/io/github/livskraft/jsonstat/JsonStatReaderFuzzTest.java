package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the JSON-stat reader with Jazzer. The default build replays the committed inputs in
 * {@code src/test/resources/io/github/livskraft/jsonstat/JsonStatReaderFuzzTestInputs/} (real SSB responses, the
 * json-stat.org samples, hostile hand-made documents and every crash fuzzing has found); {@code scripts/fuzz.sh}
 * (Maven profile {@code fuzz}) fuzzes one target for a time budget and stores what it finds there.
 */
class JsonStatReaderFuzzTest {

  /** Any bytes: a cube whose invariants hold and that round-trips, or a typed error with its code. */
  @FuzzTest
  void read(byte[] input) {
    JsonStatInvariants.readsOrFailsTypedNow(input);
  }

  /** The streaming path ({@code InputStream}) reads exactly what the byte-array path reads, or fails the same way. */
  @FuzzTest
  void streamAndBytesAgree(byte[] input) {
    JsonStatReader reader = JsonStatInvariants.LENIENT;
    JsonStatException fromBytes = null;
    JsonStatResponse bytesResult = null;
    try {
      bytesResult = reader.read(input);
    } catch (JsonStatException e) {
      fromBytes = e;
    }
    if (fromBytes == null) {
      assertThat(reader.read(new ByteArrayInputStream(input))).isEqualTo(bytesResult);
    } else {
      JsonStatException fromStream = catchThrowableOfType(JsonStatException.class,
          () -> reader.read(new ByteArrayInputStream(input)));
      assertThat(fromStream).as("bytes failed with %s", fromBytes.getMessage()).isNotNull();
      assertThat(fromStream.errorCode()).isEqualTo(fromBytes.errorCode());
    }
  }
}
