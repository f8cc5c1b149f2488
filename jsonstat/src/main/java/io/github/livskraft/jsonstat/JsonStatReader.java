package io.github.livskraft.jsonstat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.livskraft.jsonstat.internal.JsonPaths;
import io.github.livskraft.jsonstat.internal.LimitedInputStream;
import io.github.livskraft.sdg.MessageFragment;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A streaming JSON-stat 2.0 reader (Jackson core, no tree model) into compact cubes. Immutable and thread-safe;
 * configure limits and strictness with {@link #builder()}.
 *
 * <p>Accepts every form of the JSON-stat 2.0 format: {@code value} as array or sparse object, numbers, strings and
 * nulls; {@code status} as string, array (one element = all cells) or sparse object; {@code index} as array or
 * object (or absent for one category); optional {@code role}; units, child hierarchies, notes, links and
 * extensions; collections with embedded datasets; dimension documents. Unknown properties are ignored. A
 * JSON-stat 1.x document is detected and rejected with {@link JsonStatErrorCode#JSON_STAT_1} unless
 * {@link Builder#upgradeV1(boolean)} is set, in which case it is converted.
 *
 * <pre>{@code
 * JsonStatDataset ds = JsonStatReader.create().readDataset(Path.of("12367.json"));
 *
 * JsonStatReader reader = JsonStatReader.builder().maxCells(800_000).maxBytes(64 << 20).build();
 * JsonStatResponse any = reader.read(inputStream);
 * }</pre>
 *
 * <p>Strict mode (the default) rejects documents that the format does not allow: {@code size} and {@code id} of
 * different lengths, fewer values than cells, a role naming an unknown dimension, several categories without an
 * {@code index}, a status array of the wrong length. Lenient mode pads missing trailing cells with nulls, uses
 * label order when {@code index} is missing and drops unknown role entries. Both modes always reject more values
 * than cells, out-of-range indexes, duplicate ids, negative or overflowing sizes and exceeded limits.
 */
public final class JsonStatReader {
  /**
   * Default cell limit: 2,000,000 cells (SSB serves at most 800,000 per extract). A dense cube of this size holds
   * 16 MB of numbers; a sparse {@code value} object is expanded to it, so a tiny file can never make the reader
   * allocate more.
   */
  public static final int DEFAULT_MAX_CELLS = 2_000_000;
  /** Default limit of categories in one dimension (index, label, unit, child, note or coordinates): 100,000. */
  public static final int DEFAULT_MAX_CATEGORIES = 100_000;
  /** Default limit of category entries in all dimensions together: 400,000. */
  public static final int DEFAULT_MAX_TOTAL_CATEGORIES = 400_000;
  /** Default limit of string cells ({@code "value": ["a", …]}): 1,000,000. */
  public static final int DEFAULT_MAX_STRING_CELLS = 1_000_000;
  /** Default limit of characters in all string cells together: 16,000,000. */
  public static final long DEFAULT_MAX_STRING_CHARS = 16_000_000L;
  /**
   * Default limit of the document's other kept texts: 24,000,000 characters. Labels, notes, category codes, ids,
   * units, links, roles, extensions and errors count their characters plus 32 each (for their own memory), so
   * neither long texts nor millions of tiny ones can fill the heap, whatever the byte limit.
   */
  public static final long DEFAULT_MAX_TEXT_CHARS = 24_000_000L;
  /**
   * Default byte limit: 512 MiB. The reader streams, and what it keeps is bounded by the other limits, so its memory
   * does not grow with this one (a 512 MiB document is read in a 256 MB heap).
   */
  public static final long DEFAULT_MAX_BYTES = 512L << 20;

  private static final JsonStatReader DEFAULTS = new Builder().build();

  private final int maxCells;
  private final long maxBytes;
  private final JsonStatParser.Limits limits;
  private final boolean strict;
  private final boolean upgradeV1;
  private final JsonFactory factory;

  private JsonStatReader(Builder b) {
    this.maxCells = b.maxCells;
    this.maxBytes = b.maxBytes;
    this.limits = new JsonStatParser.Limits(b.maxCells, b.maxCategories, b.maxTotalCategories, b.maxStringCells,
        b.maxStringChars, b.maxTextChars);
    this.strict = b.strict;
    this.upgradeV1 = b.upgradeV1;
    // Field names are never compared by identity here, and sparse value/status objects have one unique name per
    // entry: interning them (Jackson's default) only costs time.
    this.factory = JsonFactory.builder()
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        // a key twice in any object (a dimension's label, a category label map …) is refused, never last-wins
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** A reader with the default limits, strict checks and no 1.x upgrade. */
  public static JsonStatReader create() {
    return DEFAULTS;
  }

  /** A builder for a reader with other limits or options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cell limit. */
  public int maxCells() {
    return maxCells;
  }

  /** The limit of categories in one dimension. */
  public int maxCategories() {
    return limits.maxCategories();
  }

  /** The limit of category entries in all dimensions. */
  public int maxTotalCategories() {
    return limits.maxTotalCategories();
  }

  /** The limit of string cells. */
  public int maxStringCells() {
    return limits.maxStringCells();
  }

  /** The limit of characters in all string cells. */
  public long maxStringChars() {
    return limits.maxStringChars();
  }

  /** The limit of the document's other kept texts, in characters (each text counting 32 more). */
  public long maxTextChars() {
    return limits.maxTextChars();
  }

  /** The byte limit. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Whether strict checks are on. */
  public boolean isStrict() {
    return strict;
  }

  /** Whether JSON-stat 1.x documents are converted instead of rejected. */
  public boolean upgradesV1() {
    return upgradeV1;
  }

  /**
   * Reads a JSON-stat document from a stream (UTF-8 or any encoding Jackson detects). The stream is not closed.
   *
   * @param in the stream
   * @return a dataset, collection or dimension document
   * @throws JsonStatException if the document is not valid JSON-stat 2.0 or exceeds a limit
   * @throws UncheckedIOException if reading fails
   */
  public JsonStatResponse read(InputStream in) {
    Objects.requireNonNull(in, "in");
    InputStream limited = new LimitedInputStream(in, maxBytes);
    JsonParser p = null;
    try {
      p = factory.createParser(limited);
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return new JsonStatParser(p, factory, limits, strict, upgradeV1).parseDocument();
    } catch (LimitedInputStream.LimitExceededException e) {
      throw new JsonStatException(JsonStatErrorCode.LIMIT_EXCEEDED, p == null ? "$" : JsonPaths.of(
          p.getParsingContext()), p == null ? null : JsonPaths.location(p.currentLocation()), e,
          JsonStatErrorCode.LIMIT_EXCEEDED.fragment("input-size"), JsonStatErrorCode.LIMIT_EXCEEDED.fragment("bytes",
              e.limit()));
    } catch (StreamConstraintsException e) {
      throw constraint(e, p);
    } catch (JsonProcessingException e) {
      throw malformed(e, p);
    } catch (CharConversionException e) {
      // bytes that are not text in the encoding Jackson detected (UTF-32 here): bad input, not an I/O failure
      throw new JsonStatException(JsonStatErrorCode.MALFORMED_JSON, p == null ? "$" : JsonPaths.of(
          p.getParsingContext()), p == null ? null : JsonPaths.location(p.currentLocation()), e,
          JsonStatErrorCode.MALFORMED_JSON.fragment("encoding"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // nothing was written; closing a reader cannot lose data
        }
      }
    }
  }

  private static JsonStatException malformed(JsonProcessingException e, @Nullable JsonParser p) {
    String msg = e.getOriginalMessage();
    String path = p == null ? "$" : JsonPaths.of(p.getParsingContext());
    String location = JsonPaths.location(e.getLocation());
    String first = msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    if (first.startsWith("Duplicate field '")) {
      int end = first.indexOf('\'', "Duplicate field '".length());
      String key = end < 0 ? first : first.substring("Duplicate field '".length(), end);
      return new JsonStatException(JsonStatErrorCode.DUPLICATE_ID, path, location, e, key);
    }
    return new JsonStatException(JsonStatErrorCode.MALFORMED_JSON, path, location, e, syntax(e, first));
  }

  /**
   * What is wrong with the JSON, in our own words ({@code JSONSTAT-0001.<kind>}): Jackson's exception kind and the
   * start of its text pick the wording; only the offending character or token (the user's own input) is quoted,
   * never Jackson's sentence, which names its internal types and features.
   */
  static MessageFragment syntax(JsonProcessingException e, String first) {
    JsonStatErrorCode c = JsonStatErrorCode.MALFORMED_JSON;
    if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || first.startsWith("Unexpected end-of-input")) {
      return c.fragment("eof");
    }
    if (first.startsWith("Unexpected character ('") && first.length() > 24) {
      int end = first.indexOf("' (code ", 23);
      return end > 23 ? c.fragment("character", first.substring(23, end)) : c.fragment("syntax");
    }
    for (String prefix : new String[] {"Unrecognized token '", "Non-standard token '"}) {
      if (first.startsWith(prefix)) {
        int end = first.indexOf('\'', prefix.length());
        return end > prefix.length() ? c.fragment("token", first.substring(prefix.length(), end))
            : c.fragment("syntax");
      }
    }
    if (first.startsWith("Invalid UTF-8") || first.startsWith("Invalid UTF-32")) {
      return c.fragment("encoding");
    }
    if (first.startsWith("Illegal unquoted character") || first.startsWith("Illegal character")) {
      return c.fragment("control");
    }
    if (first.startsWith("Invalid numeric value") || first.startsWith("Numeric value")
        || first.startsWith("Leading zeroes")) {
      return c.fragment("number");
    }
    if (first.startsWith("Unexpected close marker")) {
      return c.fragment("close");
    }
    return c.fragment("syntax");
  }

  /**
   * Jackson's stream read constraints (string, number and name lengths, nesting depth) as {@code JSONSTAT-0009} in
   * our words: the kind of limit and the two numbers Jackson reports, never its text.
   */
  static JsonStatException constraint(StreamConstraintsException e, @Nullable JsonParser p) {
    String m = String.valueOf(e.getOriginalMessage());
    String kind = m.startsWith("String value length") ? "string" : m.startsWith("Number value length") ? "number"
        : m.startsWith("Name length") ? "name" : m.contains("nesting depth") || m.startsWith("Depth") ? "nesting"
        : m.startsWith("Document length") ? "document" : m.startsWith("Token count") ? "tokens" : "other";
    java.util.regex.Matcher n = java.util.regex.Pattern.compile("\\((\\d+)\\)[^(]*\\((\\d+)").matcher(m);
    boolean numbers = n.find();
    return new JsonStatException(JsonStatErrorCode.LIMIT_EXCEEDED, p == null ? "$" : JsonPaths.of(
        p.getParsingContext()), JsonPaths.location(e.getLocation()), e,
        JsonStatErrorCode.LIMIT_EXCEEDED.fragment("stream." + kind, numbers ? n.group(1) : "?"),
        numbers ? n.group(2) : "?");
  }

  /**
   * Reads a JSON-stat document from a file.
   *
   * @param file the file
   * @return a dataset, collection or dimension document
   * @throws JsonStatException if the document is not valid JSON-stat 2.0 or exceeds a limit
   * @throws UncheckedIOException if the file cannot be read (e.g. {@link java.nio.file.NoSuchFileException})
   */
  public JsonStatResponse read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON-stat document from bytes.
   *
   * @param json the document
   * @return a dataset, collection or dimension document
   * @throws JsonStatException if the document is not valid JSON-stat 2.0 or exceeds a limit
   */
  public JsonStatResponse read(byte[] json) {
    return read(new ByteArrayInputStream(json));
  }

  /**
   * Reads a dataset from a stream (a collection holding exactly one embedded dataset is accepted too).
   *
   * @param in the stream
   * @return the dataset
   * @throws JsonStatException ({@link JsonStatErrorCode#WRONG_CLASS}) if the document is not a dataset
   */
  public JsonStatDataset readDataset(InputStream in) {
    return asDataset(read(in));
  }

  /**
   * Reads a dataset from a file.
   *
   * @param file the file
   * @return the dataset
   * @throws JsonStatException if the document is not a valid dataset
   */
  public JsonStatDataset readDataset(Path file) {
    return asDataset(read(file));
  }

  /**
   * Reads a dataset from bytes.
   *
   * @param json the document
   * @return the dataset
   * @throws JsonStatException if the document is not a valid dataset
   */
  public JsonStatDataset readDataset(byte[] json) {
    return asDataset(read(json));
  }

  private static JsonStatDataset asDataset(JsonStatResponse r) {
    if (r instanceof JsonStatDataset d) {
      return d;
    }
    if (r instanceof JsonStatCollection c) {
      List<JsonStatDataset> ds = c.datasets();
      if (ds.size() == 1 && c.items().size() == 1) {
        return ds.get(0);
      }
      throw new JsonStatException(JsonStatErrorCode.WRONG_CLASS, "$", null, null,
          JsonStatErrorCode.WRONG_CLASS.fragment("collection", c.items().size()), "dataset");
    }
    throw new JsonStatException(JsonStatErrorCode.WRONG_CLASS, "$.class", null, null, r.jsonStatClass(), "dataset");
  }

  @Override
  public String toString() {
    return "JsonStatReader[maxCells=" + maxCells + ", maxBytes=" + maxBytes + ", maxCategories="
        + limits.maxCategories() + ", maxTotalCategories=" + limits.maxTotalCategories() + ", maxStringCells="
        + limits.maxStringCells() + ", maxStringChars=" + limits.maxStringChars() + ", maxTextChars=" + limits.maxTextChars() + ", strict=" + strict
        + ", upgradeV1=" + upgradeV1 + "]";
  }

  /** Options for a {@link JsonStatReader}. */
  public static final class Builder {
    private int maxCells = DEFAULT_MAX_CELLS;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxCategories = DEFAULT_MAX_CATEGORIES;
    private int maxTotalCategories = DEFAULT_MAX_TOTAL_CATEGORIES;
    private int maxStringCells = DEFAULT_MAX_STRING_CELLS;
    private long maxStringChars = DEFAULT_MAX_STRING_CHARS;
    private long maxTextChars = DEFAULT_MAX_TEXT_CHARS;
    private boolean strict = true;
    private boolean upgradeV1;

    private Builder() {}

    /**
     * The most cells (empty cells included) a document may declare; larger documents fail fast, before any
     * value array is allocated.
     *
     * @param maxCells 1 … {@code Integer.MAX_VALUE - 8}
     * @return this
     */
    public Builder maxCells(int maxCells) {
      if (maxCells < 1 || maxCells > Integer.MAX_VALUE - 8) {
        throw new io.github.livskraft.sdg.CodedArgumentException(JsonStatErrorCode.INVALID_LIMIT, "maxCells", 1, Integer.MAX_VALUE - 8,
            maxCells);
      }
      this.maxCells = maxCells;
      return this;
    }

    /**
     * The most entries one dimension's category object may hold in any of {@code index}, {@code label},
     * {@code unit}, {@code child}, {@code note} and {@code coordinates} (default {@value #DEFAULT_MAX_CATEGORIES});
     * checked while reading, before each entry is stored.
     *
     * @param maxCategories at least 1
     * @return this
     */
    public Builder maxCategories(int maxCategories) {
      this.maxCategories = positive(maxCategories, "maxCategories");
      return this;
    }

    /**
     * The most category entries (as counted by {@link #maxCategories(int)}) of all dimensions together (default
     * {@value #DEFAULT_MAX_TOTAL_CATEGORIES}), so that many dimensions with large repeated indexes cannot fill the
     * heap.
     *
     * @param maxTotalCategories at least 1
     * @return this
     */
    public Builder maxTotalCategories(int maxTotalCategories) {
      this.maxTotalCategories = positive(maxTotalCategories, "maxTotalCategories");
      return this;
    }

    /**
     * The most string cells ({@code "value": ["a", …]}) in the document (default
     * {@value #DEFAULT_MAX_STRING_CELLS}).
     *
     * @param maxStringCells at least 1
     * @return this
     */
    public Builder maxStringCells(int maxStringCells) {
      this.maxStringCells = positive(maxStringCells, "maxStringCells");
      return this;
    }

    /**
     * The most characters in all string cells together (default {@value #DEFAULT_MAX_STRING_CHARS}).
     *
     * @param maxStringChars at least 1
     * @return this
     */
    public Builder maxStringChars(long maxStringChars) {
      if (maxStringChars < 1) {
        throw new io.github.livskraft.sdg.CodedArgumentException(JsonStatErrorCode.INVALID_LIMIT, "maxStringChars", 1, Long.MAX_VALUE,
            maxStringChars);
      }
      this.maxStringChars = maxStringChars;
      return this;
    }

    /**
     * The most characters of the document's other kept texts (labels, notes, category codes, ids, units, links,
     * roles, extensions, errors), each text counting {@code 32} more for its own memory (default
     * {@value #DEFAULT_MAX_TEXT_CHARS}). Checked before each text is stored; an extension is counted while it is
     * copied.
     *
     * @param maxTextChars at least 1
     * @return this
     */
    public Builder maxTextChars(long maxTextChars) {
      if (maxTextChars < 1) {
        throw new io.github.livskraft.sdg.CodedArgumentException(JsonStatErrorCode.INVALID_LIMIT, "maxTextChars", 1,
            Long.MAX_VALUE, maxTextChars);
      }
      this.maxTextChars = maxTextChars;
      return this;
    }

    private static int positive(int v, String name) {
      if (v < 1) {
        throw new io.github.livskraft.sdg.CodedArgumentException(JsonStatErrorCode.INVALID_LIMIT, name, 1, Integer.MAX_VALUE, v);
      }
      return v;
    }

    /**
     * The most bytes read from the input.
     *
     * @param maxBytes at least 1
     * @return this
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new io.github.livskraft.sdg.CodedArgumentException(JsonStatErrorCode.INVALID_LIMIT, "maxBytes", 1, Long.MAX_VALUE, maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Strict (default) or lenient checking; see {@link JsonStatReader}.
     *
     * @param strict true for strict
     * @return this
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Lenient checking: shorthand for {@code strict(false)}.
     *
     * @return this
     */
    public Builder lenient() {
      return strict(false);
    }

    /**
     * Convert JSON-stat 1.x documents (a bundle becomes a collection of embedded datasets, or the dataset itself
     * if it holds only one) instead of rejecting them.
     *
     * @param upgradeV1 true to convert
     * @return this
     */
    public Builder upgradeV1(boolean upgradeV1) {
      this.upgradeV1 = upgradeV1;
      return this;
    }

    /** Builds the reader. */
    public JsonStatReader build() {
      return new JsonStatReader(this);
    }
  }
}
