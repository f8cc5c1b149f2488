package io.github.livskraft.jsonstat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

  @Test
  void memberSteps() {
    assertThat(JsonPaths.member("dimension")).isEqualTo(".dimension");
    assertThat(JsonPaths.member("1.1")).isEqualTo("['1.1']");
    assertThat(JsonPaths.member("15")).isEqualTo("['15']");
    assertThat(JsonPaths.member("it's")).isEqualTo("['it\\'s']");
    assertThat(JsonPaths.member("Tid")).isEqualTo(".Tid");
  }

  @Test
  void pathOfTheCurrentToken() throws Exception {
    try (JsonParser p = new JsonFactory().createParser("{\"a\":{\"b c\":[1,2,{\"d\":true}]}}")) {
      JsonToken t;
      String last = null;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_TRUE) {
          last = JsonPaths.of(p.getParsingContext());
        }
      }
      assertThat(last).isEqualTo("$.a['b c'][2].d");
    }
  }
}
