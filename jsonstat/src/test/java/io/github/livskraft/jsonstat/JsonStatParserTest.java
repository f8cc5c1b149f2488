package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's own words — what it found and what it expected ({@code JSONSTAT-0002}), what is wrong with the JSON
 * ({@code JSONSTAT-0001}) and which of Jackson's limits was hit ({@code JSONSTAT-0009}) — come from the jsonstat
 * bundle, so a bokmål or nynorsk message is Norwegian throughout and never carries Jackson's text; the JSON path and
 * the line and column stay in it.
 */
class JsonStatParserTest {
  private static final MessageBundle BUNDLE = JsonStatErrorCode.OTHER.messages();
  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Locale NN = Locale.forLanguageTag("nn");

  private static String doc(String id) {
    return "{\"version\":\"2.0\",\"class\":\"dataset\",\n\"id\":" + id + ",\"size\":[2],"
        + "\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\",\"y\"]}}},\"value\":[1,2]}";
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        // input, code, path, the en / nb / nn words, what must never appear
        Arguments.of(doc("7"), "JSONSTAT-0002", "$.id", "Found a number but expected an array of dimension ids",
            "Fant et tall, men forventet en tabell med dimensjons-id-er",
            "eit tal", "line 2"),
        Arguments.of(doc("[\"a\"]").replace("\"index\":[\"x\",\"y\"]", "\"index\":[\"x\",{}]"), "JSONSTAT-0002",
            "$.dimension.a.category.index[1]", "Found an object but expected a string",
            "Fant et objekt, men forventet en tekst", "Fann eit objekt, men venta ein tekst", "line 2, column 66"),
        Arguments.of("{\"version\": \"2.0\",,}", "JSONSTAT-0001", "$", "unexpected character ','",
            "uventet tegn ','", "uventa teikn ','", "line 1, column 19"),
        Arguments.of("{\"version\": nope}", "JSONSTAT-0001", "$", "unknown word 'nope'", "ukjent ord 'nope'",
            "ukjent ord 'nope': venta", "line 1"),
        Arguments.of("{\"version\": \"2.0\", \"id\": [", "JSONSTAT-0001", "$", "ends too early",
            "slutter for tidlig", "sluttar for tidleg", "line 1"),
        Arguments.of(doc("[\"a\"]").replace("\"class\":\"dataset\"", "\"class\":\"dataset\",\"x\":"
            + "[".repeat(3000) + "]".repeat(3000)), "JSONSTAT-0009", "$.x", "a nesting depth of",
            "en nøstingsdybde på", "ei nøstingsdjupn på", ""));
  }

  @ParameterizedTest(name = "{1} {3}")
  @MethodSource("bad")
  void aBadDocumentIsDescribedInOneLanguageWithItsPlace(String json, String code, String path, String en, String nb,
      String nn, String location) {
    JsonStatException e = catchThrowableOfType(() -> JsonStatReader.create().read(json.getBytes(
        StandardCharsets.UTF_8)), JsonStatException.class);
    assertThat(e).isNotNull();
    assertThat(e.errorCode().code()).isEqualTo(code);
    String inEn = e.getMessage(Locale.ENGLISH);
    String inNb = e.getMessage(NB);
    String inNn = e.getMessage(NN);
    assertThat(inEn).startsWith(code + " at " + path).contains(en).doesNotContain(nb);
    assertThat(inNb).startsWith(code + " ved " + path).contains(nb).doesNotContain(en);
    if (!location.isEmpty()) {
      assertThat(inEn).contains("(" + location);
      assertThat(inNb).contains("(" + location.replace("line", "linje").replace("column", "kolonne"));
      assertThat(inNn).contains("(" + location.replace("line", "linje").replace("column", "kolonne"));
    }
    assertThat(inNn).startsWith(code + " ved " + path).contains(nn).doesNotContain(en);
    for (String s : new String[] {inEn, inNb, inNn}) {
      assertThat(s).doesNotContain("Unexpected character").doesNotContain("(code ").doesNotContain("Source:")
          .doesNotContain("REDACTED").doesNotContain("StreamReadConstraints").doesNotContain("Jackson")
          .doesNotContain("Unrecognized token").doesNotContain("end-of-input").doesNotContain("JsonToken");
    }
    // no English phrase of the parser's in the Norwegian texts
    for (String english : new String[] {" but expected ", " an array", " an object", " a string", " a number"}) {
      assertThat(inNb).doesNotContain(english);
      assertThat(inNn).doesNotContain(english);
    }
  }

  /** Every key the parser names for what it expected is in the bundle, with bokmål and nynorsk of its own. */
  @Test
  void everyExpectationTheParserNamesIsTranslated() throws IOException {
    String src = Files.readString(Path.of("src/main/java/io/github/livskraft/jsonstat/JsonStatParser.java"));
    Matcher m = Pattern.compile("(?:unexpected|skipOrFail|expect)\\(\"([a-z-]+)\"\\)|when\\(JsonToken\\.[A-Z_]+,"
        + "\\s*\"([a-z-]+)\"").matcher(src);
    Set<String> keys = new TreeSet<>();
    while (m.find()) {
      keys.add("JSONSTAT-0002.expect." + (m.group(1) != null ? m.group(1) : m.group(2)));
    }
    assertThat(keys).hasSizeGreaterThan(30);
    BUNDLE.keys().stream().filter(k -> k.startsWith("JSONSTAT-0002.found.")).forEach(keys::add);
    assertThat(BUNDLE.keys()).containsAll(keys);
    for (String k : keys) {
      String en = BUNDLE.pattern(k, Language.EN);
      assertThat(BUNDLE.pattern(k, Language.NB)).as(k).isNotEqualTo(en);
      assertThat(BUNDLE.pattern(k, Language.NN)).as(k).isNotEqualTo(en);
    }
    assertThat(src).doesNotContain("\"an object\"").doesNotContain("\"a string\"").doesNotContain("end of input");
  }
}
