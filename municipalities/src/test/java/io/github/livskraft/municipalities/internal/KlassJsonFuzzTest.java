package io.github.livskraft.municipalities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.livskraft.municipalities.MunicipalityException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Coverage-guided fuzzing of the KLASS answer parsers ({@code codes}, {@code changes}) with Jazzer. Any body ends
 * in a list or a {@link MunicipalityException} that names the request. The default build replays
 * {@code src/test/resources/io/github/livskraft/municipalities/internal/KlassJsonFuzzTestInputs/}; {@code scripts/fuzz.sh}
 * fuzzes.
 */
class KlassJsonFuzzTest {
  private static final String WHERE = "for classification 131";

  private static void listOrKlassError(Supplier<List<?>> parse) {
    try {
      assertThat(parse.get()).doesNotContainNull();
    } catch (MunicipalityException e) {
      assertThat(e.getMessage()).contains(WHERE);
    }
  }

  @FuzzTest
  void codes(byte[] body) {
    listOrKlassError(() -> KlassJson.codes(body, WHERE));
  }

  @FuzzTest
  void changes(byte[] body) {
    listOrKlassError(() -> KlassJson.changes(body, WHERE));
  }
}
