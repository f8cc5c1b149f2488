package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property tests over malformed JSON-stat: every input ends in a valid cube or a typed {@link JsonStatException},
 * within a time bound, without {@link OutOfMemoryError}. Inputs are real sample files and generated cubes,
 * truncated, mutated byte by byte, or with {@code size}/{@code id}/{@code index}/{@code value} edited to hostile
 * values.
 *
 * <p>The seeds are fixed so that the default build (and CI) is deterministic; every input a property generates is
 * still checked. To explore new inputs, change or remove a seed locally; add what fuzzing finds as an example
 * test (see {@code JsonStatReaderTest#versionThatOnlyStartsWithTwoIsNotRead}).
 */
class JsonStatFuzzTest {
  /** A smaller cell limit than the default keeps the worst case of every try small. */
  private static final JsonStatReader STRICT = JsonStatReader.builder().maxCells(2_000_000).build();
  private static final JsonStatReader LENIENT =
      JsonStatReader.builder().maxCells(2_000_000).lenient().upgradeV1(true).build();

  private static final List<String> SEEDS = List.of("samples/canada.json", "samples/oecd.json",
      "samples/order.json", "samples/hierarchy.json", "samples/json-stat-1-dimension.json",
      "samples/oecd-canada-col.json", "samples/dimension.json", "samples/oecd-canada.v1-bundle.json",
      "ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json",
      "ssb-real/pxwebapi-v2_jsonstat2_03024_laks-post_2025-12-03.json",
      "ssb-real/pxwebapi-v1_jsonstat1_fishfarming-earnings_2016.json");

  private static final List<String> HOSTILE_NUMBERS = List.of("-1", "0", "1", "2", "7", "2147483647",
      "2147483648", "-2147483648", "99999999999999999999", "1e9", "3.5", "null", "\"3\"", "[]", "{}", "true");

  /** Reads with both readers; fails on anything but a cube or a typed error. */
  private static void readsOrFailsTyped(byte[] input) {
    for (JsonStatReader reader : List.of(STRICT, LENIENT)) {
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        try {
          JsonStatResponse r = reader.read(input);
          checkInvariants(r);
        } catch (JsonStatException expected) {
          assertThat(expected.errorCode()).isNotNull();
          assertThat(expected.getMessage()).startsWith(expected.errorCode().code());
        }
      });
    }
  }

  private static void checkInvariants(JsonStatResponse r) {
    if (r instanceof JsonStatDataset ds) {
      long product = 1;
      for (int s : ds.sizes()) {
        product *= s;
      }
      assertThat(ds.cellCount()).isEqualTo(product);
      int nonNull = 0;
      for (int i = 0; i < ds.cellCount(); i++) {
        JsonStatCell c = ds.cell(i);
        assertThat(c.codes()).hasSize(ds.ids().size());
        if (!c.isNull()) {
          nonNull++;
        }
        ds.findStatus(i);
      }
      assertThat(nonNull).isEqualTo(ds.nonNullCount());
      // what we read, we can write and read back identically
      String json = JsonStatWriter.create().toJson(ds);
      assertThat(JsonStatReader.builder().maxCells(2_000_000).build()
          .read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(ds);
    } else if (r instanceof JsonStatCollection c) {
      c.datasets().forEach(JsonStatFuzzTest::checkInvariants);
    }
  }

  @Provide
  Arbitrary<byte[]> seeds() {
    return Arbitraries.of(SEEDS).map(Fixtures::bytes);
  }

  @Provide
  Arbitrary<byte[]> generated() {
    Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(0, 5).list().ofMinSize(0).ofMaxSize(4);
    return Combinators.combine(sizes, Arbitraries.longs(), Arbitraries.of(true, false)).as((sz, seed, sparse) -> {
      Random rnd = new Random(seed);
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
    });
  }

  @Property(tries = 300, seed = "20261124001")
  void generatedCubesRoundTrip(@ForAll("generated") byte[] json) {
    readsOrFailsTyped(json);
  }

  @Property(tries = 400, seed = "20261124002")
  void truncatedInput(@ForAll("seeds") byte[] json, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
    byte[] t = java.util.Arrays.copyOf(json, Math.min(cut % (json.length + 1), json.length));
    readsOrFailsTyped(t);
  }

  @Property(tries = 600, seed = "20261124003")
  void mutatedBytes(@ForAll("seeds") byte[] json, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int mutations) {
    Random rnd = new Random(seed);
    byte[] m = json.clone();
    String alphabet = "{}[]\":,0123456789-.eE nulltrue\\";
    for (int k = 0; k < mutations; k++) {
      int at = rnd.nextInt(m.length);
      m[at] = rnd.nextBoolean() ? (byte) alphabet.charAt(rnd.nextInt(alphabet.length())) : (byte) rnd.nextInt(256);
    }
    readsOrFailsTyped(m);
  }

  @Property(tries = 400, seed = "20261124004")
  void hostileStructuralEdits(@ForAll("seeds") byte[] json, @ForAll long seed) {
    Random rnd = new Random(seed);
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

  @Property(tries = 50, seed = "20261124005")
  void hugeDeclaredSizesFailFastWithoutAllocating(@ForAll @IntRange(min = 2_000_001, max = Integer.MAX_VALUE) int size) {
    String json = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[" + size
        + "],\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}},\"value\":[1]}";
    readsOrFailsTyped(json.getBytes(StandardCharsets.UTF_8));
  }
}
