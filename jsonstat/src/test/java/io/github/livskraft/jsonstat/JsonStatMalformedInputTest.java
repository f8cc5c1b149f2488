package io.github.livskraft.jsonstat;

import static io.github.livskraft.jsonstat.JsonStatInvariants.readsOrFailsTyped;

import io.github.livskraft.testing.Gen;
import io.github.livskraft.testing.PropertyTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Property tests over malformed JSON-stat: every input ends in a valid cube or a typed {@link JsonStatException},
 * within a time bound, without {@link OutOfMemoryError}. Inputs are real sample files and generated cubes,
 * truncated, mutated byte by byte, or with {@code size}/{@code id}/{@code index}/{@code value} edited to hostile
 * values.
 *
 * <p>The seeds are fixed so that the default build (and CI) is deterministic; every input a property generates is
 * still checked. To explore new inputs, run with {@code -Dlivskraft.gen.base=N} locally. Coverage-guided fuzzing
 * of the same invariants is {@link JsonStatReaderFuzzTest} (Jazzer); add what either finds as an example test
 * (see {@code JsonStatReaderTest#versionThatOnlyStartsWithTwoIsNotRead}) or a committed fuzz input.
 */
class JsonStatMalformedInputTest {
  private static final List<String> SEEDS = List.of("samples/canada.json", "samples/oecd.json",
      "samples/order.json", "samples/hierarchy.json", "samples/json-stat-1-dimension.json",
      "samples/oecd-canada-col.json", "samples/dimension.json", "samples/oecd-canada.v1-bundle.json",
      "ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json",
      "ssb-real/pxwebapi-v2_jsonstat2_03024_laks-post_2025-12-03.json",
      "ssb-real/pxwebapi-v1_jsonstat1_fishfarming-earnings_2016.json");

  private static final List<String> HOSTILE_NUMBERS = List.of("-1", "0", "1", "2", "7", "2147483647",
      "2147483648", "-2147483648", "99999999999999999999", "1e9", "3.5", "null", "\"3\"", "[]", "{}", "true");

  private static byte[] seed(Gen g) {
    return Fixtures.bytes(g.pick(SEEDS));
  }

  /** A cube of 0..4 dimensions of 0..5 categories with values, statuses, texts and gaps, dense or sparse. */
  private static byte[] generated(Gen g) {
    List<Integer> sz = g.list(0, 4, x -> x.intBetween(0, 5));
    boolean sparse = g.bool();
    Random rnd = g.javaRandom();
    {
      List<JsonStatDimension> dims = new ArrayList<>();
      for (int d = 0; d < sz.size(); d++) {
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < sz.get(d); c++) {
          codes.add("c" + c);
        }
        dims.add(JsonStatDimension.of("d" + d, "dimension " + d, codes, Map.of()));
      }
      JsonStatDataset.Builder b = JsonStatDataset.builder(dims);
      int n = 1;
      for (int s : sz) {
        n *= s;
      }
      for (int i = 0; i < n; i++) {
        int kind = rnd.nextInt(10);
        if (kind < 7) {
          b.value(i, Math.round(rnd.nextGaussian() * 1e6) / 100.0);
        } else if (kind == 7) {
          b.status(i, rnd.nextBoolean() ? ":" : "..");
        } else if (kind == 8) {
          b.text(i, "t" + i);
        }
      }
      String json = JsonStatWriter.create().toJson(b.build());
      if (sparse) {
        json = json.replaceFirst("\"value\":\\[[^\\]]*\\]", "\"value\":{\"0\":1}");
      }
      return json.getBytes(StandardCharsets.UTF_8);
    }
  }

  @PropertyTest(cases = 300, seed = 20261124001L)
  void generatedCubesRoundTrip(Gen g) {
    readsOrFailsTyped(generated(g));
  }

  @PropertyTest(cases = 400, seed = 20261124002L)
  void truncatedInput(Gen g) {
    byte[] json = seed(g);
    int cut = g.intBetween(0, 100_000);
    byte[] t = java.util.Arrays.copyOf(json, Math.min(cut % (json.length + 1), json.length));
    readsOrFailsTyped(t);
  }

  @PropertyTest(cases = 600, seed = 20261124003L)
  void mutatedBytes(Gen g) {
    byte[] json = seed(g);
    int mutations = g.intBetween(1, 8);
    Random rnd = g.javaRandom();
    byte[] m = json.clone();
    String alphabet = "{}[]\":,0123456789-.eE nulltrue\\";
    for (int k = 0; k < mutations; k++) {
      int at = rnd.nextInt(m.length);
      m[at] = rnd.nextBoolean() ? (byte) alphabet.charAt(rnd.nextInt(alphabet.length())) : (byte) rnd.nextInt(256);
    }
    readsOrFailsTyped(m);
  }

  @PropertyTest(cases = 400, seed = 20261124004L)
  void hostileStructuralEdits(Gen g) {
    byte[] json = seed(g);
    Random rnd = g.javaRandom();
    String s = new String(json, StandardCharsets.UTF_8);
    String hostile = HOSTILE_NUMBERS.get(rnd.nextInt(HOSTILE_NUMBERS.size()));
    String edited = switch (rnd.nextInt(7)) {
      // one size entry replaced
      case 0 -> s.replaceFirst("(\"size\"\\s*:\\s*\\[)(\\s*\\d+)", "$1" + hostile);
      // a whole size array replaced
      case 1 -> s.replaceFirst("\"size\"\\s*:\\s*\\[[^\\]]*\\]", "\"size\":[" + hostile + "," + hostile + "]");
      // an id duplicated or dropped
      case 2 -> s.replaceFirst("(\"id\"\\s*:\\s*\\[\\s*)(\"[^\"]*\")", rnd.nextBoolean() ? "$1$2,$2" : "$1");
      // an index position moved
      case 3 -> s.replaceFirst("(\"index\"\\s*:\\s*\\{\\s*\"[^\"]*\"\\s*:\\s*)\\d+", "$1" + hostile);
      // a sparse key made huge or negative
      case 4 -> s.replaceFirst("(\"(?:status|value)\"\\s*:\\s*\\{\\s*\")\\d+", "$1" + hostile.replace("\"", ""));
      // values removed or doubled
      case 5 -> rnd.nextBoolean() ? s.replaceFirst("\"value\"\\s*:", "\"valu\":")
          : s.replaceFirst("(\"value\"\\s*:\\s*\\[)", "$1" + hostile + ",");
      // a huge cube declared with few values
      default -> s.replaceFirst("\"size\"\\s*:\\s*\\[", "\"size\":[65535,65535,");
    };
    readsOrFailsTyped(edited.getBytes(StandardCharsets.UTF_8));
  }

  @PropertyTest(cases = 50, seed = 20261124005L)
  void hugeDeclaredSizesFailFastWithoutAllocating(Gen g) {
    int size = g.intBetween(2_000_001, Integer.MAX_VALUE);
    String json = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[" + size
        + "],\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}},\"value\":[1]}";
    readsOrFailsTyped(json.getBytes(StandardCharsets.UTF_8));
  }
}
