package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
  /** Issue 17 (found by the hostile-input suite): SSB's text reached the terminal with its escape sequences. */
  @Test
  void theServersMessageHasItsControlCharactersEscaped() {
    byte[] body = "{\"title\":\"\u001b[31mNon-existent table\u202e\"}".getBytes(StandardCharsets.UTF_8);
    String m = ErrorMapper.ssbMessage(body);
    assertThat(m).doesNotContain("\u001b").doesNotContain("\u202e").contains("Non-existent table");
    assertThat(PxWebException.classify(404, m)).isEqualTo(PxWebException.Kind.NON_EXISTENT_TABLE);
    assertThat(ErrorMapper.ssbMessage("plain text".getBytes(StandardCharsets.UTF_8))).isEqualTo("plain text");
  }
}
