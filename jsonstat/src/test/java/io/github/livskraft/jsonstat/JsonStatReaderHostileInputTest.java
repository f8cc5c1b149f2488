package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: inputs inside the limits must fit a 256 MB heap; one entry more is refused before it is stored. Runs
 * in the forked {@code heap-256m} surefire execution ({@code -Xmx256m}), at the default limits and at small ones.
 */
@Tag("heap256")
class JsonStatReaderHostileInputTest {
  private static final JsonStatReader DEFAULT = JsonStatReader.create();

  /** One dimension {@code a} with {@code n} categories given by {@code index} (array), value {@code {}}. */
  private static byte[] categories(int n, boolean withLabels) {
    StringBuilder sb = new StringBuilder(n * 30 + 200)
        .append("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[").append(n)
        .append("],\"dimension\":{\"a\":{\"category\":{\"index\":[");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? "," : "").append("\"c").append(i).append('"');
    }
    sb.append(']');
    if (withLabels) {
      sb.append(",\"label\":{");
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? "," : "").append("\"c").append(i).append("\":\"Kategori ").append(i).append('"');
      }
      sb.append('}');
    }
    return sb.append("}}},\"value\":{}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code dims} dimensions of size 0, each repeating an index of {@code n} codes: read, then refused as 0 ≠ n. */
  private static byte[] repeatedIndexes(int dims, int n) {
    StringBuilder sb = new StringBuilder().append("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[");
    for (int d = 0; d < dims; d++) {
      sb.append(d > 0 ? "," : "").append("\"d").append(d).append('"');
    }
    sb.append("],\"size\":[").append("0,".repeat(dims - 1)).append("0],\"dimension\":{");
    StringBuilder index = new StringBuilder();
    for (int i = 0; i < n; i++) {
      index.append(i > 0 ? "," : "").append("\"c").append(i).append('"');
    }
    for (int d = 0; d < dims; d++) {
      sb.append(d > 0 ? "," : "").append("\"d").append(d).append("\":{\"category\":{\"index\":[").append(index)
          .append("]}}");
    }
    return sb.append("},\"value\":[]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code rows × cols} string cells in two dimensions. */
  private static byte[] strings(int rows, int cols, IntFunction<String> cell) {
    int n = rows * cols;
    StringBuilder sb = new StringBuilder(n * 6 + (rows + cols) * 10 + 200)
        .append("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\"],\"size\":[").append(rows)
        .append(',').append(cols).append("],\"dimension\":{");
    for (String d : new String[] {"a", "b"}) {
      int size = d.equals("a") ? rows : cols;
      sb.append(d.equals("a") ? "" : ",").append('"').append(d).append("\":{\"category\":{\"index\":[");
      for (int i = 0; i < size; i++) {
        sb.append(i > 0 ? "," : "").append('"').append(i).append('"');
      }
      sb.append("]}}");
    }
    sb.append("},\"value\":[");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? "," : "").append('"').append(cell.apply(i)).append('"');
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void refused(JsonStatReader reader, byte[] json, String what) {
    assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(JsonStatException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
      assertThat(e.getMessage()).contains(what).contains("JsonStatReader.builder()");
    });
  }

  @Test
  void aTinyFileDeclaringTenMillionCellsIsRefusedBeforeAnyAllocation() {
    byte[] json = ("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\"],\"size\":[10000,1000],"
        + "\"dimension\":{},\"value\":{}}").getBytes(StandardCharsets.UTF_8);
    assertThat(json.length).isLessThan(130);
    refused(DEFAULT, json, "10000000 cells");
    refused(JsonStatReader.builder().lenient().build(), json, "10000000 cells");
  }

  @Test
  void maxCellsAtTheDefaultEdgeWithASparseValue() {
    // 2,000 × 1,000 = the default 2,000,000 cells, declared by a 20 kB file with an empty sparse value
    JsonStatDataset ds = (JsonStatDataset) DEFAULT.read(twoDims(2000, 1000));
    assertThat(ds.cellCount()).isEqualTo(2_000_000);
    refused(DEFAULT, twoDims(2001, 1000), "2001000 cells");
  }

  private static byte[] twoDims(int a, int b) {
    StringBuilder sb = new StringBuilder("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\"],\"size\":[")
        .append(a).append(',').append(b).append("],\"dimension\":{");
    for (String d : new String[] {"a", "b"}) {
      int n = d.equals("a") ? a : b;
      sb.append(d.equals("a") ? "" : ",").append('"').append(d).append("\":{\"category\":{\"index\":[");
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? "," : "").append('"').append(i).append('"');
      }
      sb.append("]}}");
    }
    return sb.append("},\"value\":{}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void maxCategoriesAtTheDefaultEdge() {
    int max = JsonStatReader.DEFAULT_MAX_CATEGORIES;
    JsonStatDataset ds = (JsonStatDataset) DEFAULT.read(categories(max, true));
    assertThat(ds.dimension("a").size()).isEqualTo(max);
    refused(DEFAULT, categories(max + 1, false), (max + 1) + " categories in one dimension (maxCategories)");
  }

  @Test
  void maxCategoriesCountsLabelsToo() {
    JsonStatReader reader = JsonStatReader.builder().maxCategories(10).build();
    assertThat(((JsonStatDataset) reader.read(categories(10, true))).dimension("a").size()).isEqualTo(10);
    refused(reader, categories(11, true), "11 categories in one dimension");
  }

  @Test
  void maxTotalCategoriesBoundsLargeRepeatedIndexes() {
    int max = JsonStatReader.DEFAULT_MAX_TOTAL_CATEGORIES;
    // 4 × 100,000 = exactly the total: read in full, then refused for the size mismatch (not for a limit)
    assertThatThrownBy(() -> DEFAULT.read(repeatedIndexes(4, max / 4))).isInstanceOfSatisfying(
        JsonStatException.class, e -> assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.CATEGORY_COUNT_MISMATCH));
    refused(DEFAULT, repeatedIndexes(5, max / 4), (max + 1) + " category entries in all dimensions");
    JsonStatReader small = JsonStatReader.builder().maxTotalCategories(30).build();
    assertThatThrownBy(() -> small.read(repeatedIndexes(3, 10))).isInstanceOfSatisfying(JsonStatException.class,
        e -> assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.CATEGORY_COUNT_MISMATCH));
    refused(small, repeatedIndexes(4, 10), "31 category entries");
  }

  @Test
  void maxStringCellsAtTheDefaultEdge() {
    int max = JsonStatReader.DEFAULT_MAX_STRING_CELLS; // 1,000,000 = 1,000 × 1,000; one more = 101 × 9,901
    JsonStatDataset ds = (JsonStatDataset) DEFAULT.read(strings(1000, 1000, i -> "s"));
    assertThat(ds.cellCount()).isEqualTo(max);
    ds = null;
    refused(DEFAULT, strings(101, 9901, i -> "s"), (max + 1) + " string cells (maxStringCells)");
  }

  @Test
  void maxStringCharsCountsTheCharactersOfStringCells() {
    JsonStatReader reader = JsonStatReader.builder().maxStringChars(100).build();
    assertThat(reader.read(strings(2, 5, i -> "0123456789"))).isInstanceOf(JsonStatDataset.class);
    refused(reader, strings(2, 5, i -> i == 9 ? "0123456789x" : "0123456789"), "101 characters in string cells");
    refused(JsonStatReader.builder().maxStringCells(9).build(), strings(2, 5, i -> "x"), "10 string cells");
  }

  @Test
  void theLimitsAreRaisableAndShownByToString() {
    JsonStatReader r = JsonStatReader.builder().maxCategories(7).maxTotalCategories(8).maxStringCells(9)
        .maxStringChars(10).build();
    assertThat(r.toString()).contains("maxCategories=7", "maxTotalCategories=8", "maxStringCells=9",
        "maxStringChars=10", "maxTextChars=24000000");
    assertThat(JsonStatReader.builder().maxTextChars(11).build().maxTextChars()).isEqualTo(11);
    assertThatThrownBy(() -> JsonStatReader.builder().maxTextChars(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonStatReader.builder().maxCategories(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A one-cell dataset with {@code extra} inserted as further top-level properties (starting with a comma). */
  private static String oneCell(String extra) {
    return "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[1],"
        + "\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}},\"value\":[1]" + extra + "}";
  }

  /** The text charge of a document: the smallest maxTextChars that reads it (found by bisection). */
  private static long textCharge(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    long lo = 1;
    long hi = JsonStatReader.DEFAULT_MAX_TEXT_CHARS;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      try {
        JsonStatReader.builder().maxTextChars(mid).build().read(bytes);
        hi = mid;
      } catch (JsonStatException e) {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * maxTextChars at the default: a note array of about 727,000 one-letter notes (each counting 1 + 32) whose
   * charge is exactly 24,000,000 is read in this heap; one more character is refused. Without the limit, the
   * 512 MiB byte limit let some 130 million such notes through.
   */
  @Test
  void maxTextCharsAtTheDefaultEdgeWithMillionsOfTinyNotes() {
    long max = JsonStatReader.DEFAULT_MAX_TEXT_CHARS;
    long base = textCharge(oneCell(",\"note\":[\"\"]")); // the document and one empty note
    long each = 1 + JsonStatParser.TEXT_OVERHEAD;
    long n = (max - base) / each - 1;
    int last = (int) (max - base - n * each); // the first note's length: the rest
    StringBuilder notes = new StringBuilder(",\"note\":[\"").append("q".repeat(last)).append('"');
    for (long i = 0; i < n; i++) {
      notes.append(",\"a\"");
    }
    notes.append(']');
    String json = oneCell(notes.toString());
    JsonStatDataset ds = (JsonStatDataset) DEFAULT.read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(ds.notes()).hasSize((int) n + 1);
    ds = null;
    String over = json.replaceFirst("\"q", "\"qq");
    refused(DEFAULT, over.getBytes(StandardCharsets.UTF_8), (max + 1) + " characters of labels, notes");
  }

  /** An extension of 24 million characters (three 8-million-character strings) is read at the edge; one more is refused. */
  @Test
  void maxTextCharsBoundsAnExtensionWhileItIsCopied() {
    long max = JsonStatReader.DEFAULT_MAX_TEXT_CHARS;
    long base = textCharge(oneCell(",\"extension\":{\"x\":[\"\",\"\",\"\"]}"));
    int total = (int) (max - base);
    int part = total / 3;
    String ext = ",\"extension\":{\"x\":[\"" + "e".repeat(part) + "\",\"" + "e".repeat(part) + "\",\""
        + "e".repeat(total - 2 * part) + "\"]}";
    byte[] json = oneCell(ext).getBytes(StandardCharsets.UTF_8);
    ext = null;
    JsonStatDataset ds = (JsonStatDataset) DEFAULT.read(json);
    assertThat(ds.extensionJson()).isPresent();
    ds = null;
    int at = json.length - 4; // inside the last string
    byte[] over = new byte[json.length + 1];
    System.arraycopy(json, 0, over, 0, at);
    over[at] = 'e';
    System.arraycopy(json, at, over, at + 1, json.length - at);
    json = null;
    refused(DEFAULT, over, (max + 1) + " characters of labels, notes");
  }

  /**
   * The reader's memory does not grow with maxBytes: a document of exactly the default 512 MiB (a dataset and an
   * unknown property of 512 one-mebibyte strings, which the reader skips) is read from a stream in this heap, and
   * one byte more is refused by its size.
   */
  @Test
  void aDocumentOfExactlyMaxBytesIsStreamedOneByteMoreIsRefused() {
    long max = JsonStatReader.DEFAULT_MAX_BYTES;
    assertThat(DEFAULT.read(new PaddedDocument(max))).isInstanceOf(JsonStatDataset.class);
    assertThatThrownBy(() -> DEFAULT.read(new PaddedDocument(max + 1)))
        .isInstanceOfSatisfying(JsonStatException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
          assertThat(e.getMessage()).contains("536870912 bytes");
        });
  }

  /** A generated stream: a one-cell dataset whose unknown property "padding" holds strings up to a total size. */
  private static final class PaddedDocument extends java.io.InputStream {
    private final byte[] head = oneCell(",\"padding\":[\"").getBytes(StandardCharsets.UTF_8);
    private final byte[] tail = "\"]}".getBytes(StandardCharsets.UTF_8);
    private final long size;
    private long pos;

    PaddedDocument(long size) {
      this.size = size;
      // the head without its closing brace: the padding array is the last property
      assertThat(head[head.length - 1]).isEqualTo((byte) '}');
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - pos);
      for (int i = 0; i < n; i++) {
        b[off + i] = at(pos + i);
      }
      pos += n;
      return n;
    }

    /** The byte at a position: head (less its last '}'), strings of 'p' split every MiB by "," pairs, tail. */
    private byte at(long i) {
      int headLength = head.length - 1;
      if (i < headLength) {
        return head[(int) i];
      }
      long fromEnd = size - 1 - i;
      if (fromEnd < tail.length) {
        return tail[tail.length - 1 - (int) fromEnd];
      }
      long k = (i - headLength) % (1 << 20);
      return k == 0 ? (byte) '"' : k == 1 ? (byte) ',' : k == 2 ? (byte) '"' : (byte) 'p';
    }
  }
}
