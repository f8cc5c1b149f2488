package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Supplier;

/**
 * Coverage-guided fuzzing of the PxWebApi answer parsers with Jazzer: v2 table metadata (JSON-stat with PxWeb
 * extensions), v1 table metadata, v2 table info, v2 code lists and SSB's error bodies. Any body ends in a value or
 * a {@link PxWebException} of kind {@code MALFORMED_RESPONSE}; an error body always gives a message. The default
 * build replays {@code src/test/resources/io/github/livskraft/kostra/pxweb/MetadataParserFuzzTestInputs/} (the
 * files directly in it are shared by every target); {@code scripts/fuzz.sh} fuzzes.
 */
class MetadataParserFuzzTest {

  private static <T> void valueOrMalformed(Supplier<T> parse) {
    try {
      assertThat(parse.get()).isNotNull();
    } catch (PxWebException e) {
      assertThat(e.kind()).isEqualTo(PxWebException.Kind.MALFORMED_RESPONSE);
      assertThat(e.getMessage()).contains("SSB");
    }
  }

  @FuzzTest
  void v2Metadata(byte[] body) {
    valueOrMalformed(() -> {
      TableMetadata m = MetadataParser.v2Metadata("12134", body);
      for (Variable v : m.variables()) {
        assertThat(v.values()).doesNotContainNull();
      }
      return m;
    });
  }

  @FuzzTest
  void v1Metadata(byte[] body) {
    valueOrMalformed(() -> MetadataParser.v1Metadata("12880", body));
  }

  @FuzzTest
  void v2TableInfo(byte[] body) {
    valueOrMalformed(() -> MetadataParser.v2TableInfo("12134", body));
  }

  @FuzzTest
  void v2Codelist(byte[] body) {
    valueOrMalformed(() -> MetadataParser.v2Codelist("agg_KommSummer", body));
  }

  @FuzzTest
  void errorBody(byte[] body) {
    assertThat(ErrorMapper.ssbMessage(body)).isNotNull();
  }
}
