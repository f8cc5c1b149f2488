package io.github.livskraft.plan.io;

import static io.github.livskraft.plan.PlanErrorCode.DUPLICATE_KEY;
import static io.github.livskraft.plan.PlanErrorCode.FORMAT_VERSION;
import static io.github.livskraft.plan.PlanErrorCode.INVALID_VALUE;
import static io.github.livskraft.plan.PlanErrorCode.LIMIT;
import static io.github.livskraft.plan.PlanErrorCode.READ_FAILED;
import static io.github.livskraft.plan.PlanErrorCode.SYNTAX;
import static io.github.livskraft.plan.PlanErrorCode.UNKNOWN_PROPERTY;
import static io.github.livskraft.plan.PlanErrorCode.YAML_ALIAS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.livskraft.plan.PlanArgumentException;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.PlanModelException;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.plan.SourceLocation;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.internal.text.Spelling;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * Reads plan files (YAML or JSON) into a {@link LoadedPlanDocument}. Unknown properties, wrong types, invalid
 * codes and unsupported format versions fail with a {@link PlanParseException} that names the file, the line
 * and column, the JSON path and what was expected; nothing is returned for a file that fails. Thread-safe.
 *
 * <p>A value is read as written or refused (issue 17): YAML aliases ({@code *name}) are refused
 * ({@code PLAN-P007}), dates are read only from date syntax ({@code 2024-06-20}, never the integer
 * {@code 20240620}), duplicate keys are refused ({@code PLAN-P008}). YAML and JSON have the same limits, checked
 * while streaming; a file over one fails with {@code PLAN-P006}, naming the limit and how to raise it:
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>default</th><th>what</th></tr>
 *   <tr><td>{@code maxBytes}</td><td>16 MiB</td><td>size of the file in UTF-8 bytes</td></tr>
 *   <tr><td>{@code maxNesting}</td><td>64</td><td>depth of objects and arrays</td></tr>
 *   <tr><td>{@code maxStringLength}</td><td>1 000 000</td><td>characters in one string or key</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>100</td><td>characters in one number</td></tr>
 *   <tr><td>{@code maxNumberExponent}</td><td>100</td><td>largest |decimal exponent| of a number
 *     ({@code 1e101} and {@code 1e-101} are refused)</td></tr>
 *   <tr><td>{@code maxValues}</td><td>500 000</td><td>objects, arrays, strings, numbers and booleans in the
 *     document (the reader keeps a location for each; a file inside all limits fits a 256 MB heap)</td></tr>
 * </table>
 *
 * <pre>{@code
 * LoadedPlanDocument doc = PlanReader.create().read(Path.of("examples/plans/kongsberg-kommuneplan.yaml"));
 * PlanReader big = PlanReader.builder().maxBytes(64 * 1024 * 1024).build();
 * }</pre>
 */
public final class PlanReader {
  /**
   * Default {@code maxValues}: objects, arrays and scalars in one document. The reader keeps the line and column of
   * each, so this, not {@code maxBytes}, bounds the memory of a dense file (16 MiB of small objects are about 1.4
   * million values and did not fit a 256 MB heap).
   */
  public static final int DEFAULT_MAX_VALUES = 500_000;
  /** Default {@code maxBytes}: 16 MiB. */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
  /** Default {@code maxNesting}. */
  public static final int DEFAULT_MAX_NESTING = 64;
  /** Default {@code maxStringLength}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** Default {@code maxNumberLength}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** Default {@code maxNumberExponent}. */
  public static final int DEFAULT_MAX_NUMBER_EXPONENT = 100;

  private final ObjectMapper yaml;
  private final ObjectMapper json;
  private final Builder limits;

  private PlanReader(Builder b) {
    this.limits = b.copy();
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(b.maxBytes)
        // one more than maxNesting: index() refuses depth maxNesting + 1 first, naming the depth, line and column;
        // these parser limits stay as a backstop
        .maxNestingDepth(b.maxNesting + 1)
        .maxStringLength(b.maxStringLength)
        .maxNumberLength(b.maxNumberLength)
        .maxNameLength(b.maxStringLength)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(b.maxBytes);
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(b.maxNesting + 1);
    YAMLFactory yf = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JsonFactory jf = JsonFactory.builder().streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.yaml = configure(new ObjectMapper(yf), b.maxNumberExponent);
    this.json = configure(new ObjectMapper(jf), b.maxNumberExponent);
  }

  private static ObjectMapper configure(ObjectMapper mapper, int maxExponent) {
    SimpleModule numbers = new SimpleModule("livskraft-plan-limits");
    numbers.addDeserializer(BigDecimal.class, new BoundedDecimal(maxExponent));
    return mapper.registerModule(new PlanModelModule())
        .registerModule(numbers)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** A reader with the default limits. */
  public static PlanReader create() {
    return new PlanReader(new Builder());
  }

  /** A builder to raise or lower the limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Limits for a {@link PlanReader}; every limit must be at least 1. */
  public static final class Builder {
    private int maxBytes = DEFAULT_MAX_BYTES;
    private int maxNesting = DEFAULT_MAX_NESTING;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNumberExponent = DEFAULT_MAX_NUMBER_EXPONENT;
    private int maxValues = DEFAULT_MAX_VALUES;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.maxBytes = maxBytes;
      b.maxNesting = maxNesting;
      b.maxStringLength = maxStringLength;
      b.maxNumberLength = maxNumberLength;
      b.maxNumberExponent = maxNumberExponent;
      b.maxValues = maxValues;
      return b;
    }

    private static int positive(int v, String name) {
      if (v < 1) {
        throw new PlanArgumentException(PlanErrorCode.OPTION, PlanErrorCode.OPTION.fragment("positive", name, v));
      }
      return v;
    }

    /** Largest file in UTF-8 bytes (default 16 MiB). */
    public Builder maxBytes(int v) {
      maxBytes = positive(v, "maxBytes");
      return this;
    }

    /** Deepest nesting of objects and arrays (default 64). */
    public Builder maxNesting(int v) {
      maxNesting = positive(v, "maxNesting");
      return this;
    }

    /** Longest string or key in characters (default 1 000 000). */
    public Builder maxStringLength(int v) {
      maxStringLength = positive(v, "maxStringLength");
      return this;
    }

    /** Longest number in characters (default 100). */
    public Builder maxNumberLength(int v) {
      maxNumberLength = positive(v, "maxNumberLength");
      return this;
    }

    /** Largest |decimal exponent| of a number (default 100). */
    public Builder maxNumberExponent(int v) {
      maxNumberExponent = positive(v, "maxNumberExponent");
      return this;
    }

    /** Most objects, arrays and scalars in one document (default 500 000). */
    public Builder maxValues(int v) {
      maxValues = positive(v, "maxValues");
      return this;
    }

    /** The reader. */
    public PlanReader build() {
      return new PlanReader(this);
    }
  }

  /**
   * Whether a number is within {@code maxNumberExponent}: its most significant and least significant digits are
   * both within 10^±max.
   */
  static boolean checkNumber(BigDecimal v, int maxExponent) {
    if (v.signum() == 0) {
      return true;
    }
    long high = (long) v.precision() - v.scale() - 1; // exponent of the most significant digit
    long low = -(long) v.stripTrailingZeros().scale(); // exponent of the least significant non-zero digit
    return high <= maxExponent && low >= -maxExponent;
  }

  /** A number over {@code maxNumberExponent}. */
  static final class NumberLimitException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    NumberLimitException(JsonParser p, String msg) {
      super(p, msg);
    }
  }

  private static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;
    private final int maxExponent;

    BoundedDecimal(int maxExponent) {
      this.maxExponent = maxExponent;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal v = super.deserialize(p, ctxt);
      if (v != null && !checkNumber(v, maxExponent)) {
        throw new NumberLimitException(p, p.getText());
      }
      return v;
    }
  }

  /**
   * Reads a file; {@code .json} as JSON, anything else as YAML.
   *
   * @param file the file
   * @return the document with locations
   * @throws PlanParseException if the file cannot be read or parsed (code {@code PLAN-P00x})
   */
  public LoadedPlanDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes) {
        throw limit(new SourceLocation(file.toString(), 0, 0), "maxBytes", limits.maxBytes,
            LIMIT.fragment("bytes", size), null);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PlanParseException(READ_FAILED, new SourceLocation(file.toString(), 0, 0), "", readFailure(e), e);
    }
    return read(file.toString(), text, PlanFormat.forFileName(file.toString()));
  }

  /**
   * Reads text.
   *
   * @param name the name to report in errors, e.g. the file name
   * @param text the content
   * @param format the format
   * @return the document with locations
   * @throws PlanParseException if the text cannot be parsed
   */
  public LoadedPlanDocument read(String name, String text, PlanFormat format) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    ObjectMapper mapper = format == PlanFormat.JSON ? json : yaml;
    long bytes = utf8Length(text, limits.maxBytes);
    if (bytes > limits.maxBytes) {
      throw limit(new SourceLocation(name, 0, 0), "maxBytes", limits.maxBytes,
          LIMIT.fragment("text", limits.maxBytes), null);
    }
    if (format != PlanFormat.JSON) {
      checkYamlLines(name, text, limits.maxStringLength);
    }
    PlanDocument doc;
    Map<String, SourceLocation> locations = Map.of();
    try {
      locations = index(mapper.getFactory(), name, text, limits);
      doc = mapper.readValue(text, PlanDocument.class);
      if (doc == null) {
        throw new PlanParseException(INVALID_VALUE, new SourceLocation(name, 1, 1), "$",
            INVALID_VALUE.fragment("empty"), null);
      }
    } catch (JsonProcessingException e) {
      PlanParseException pe = translate(name, e, limits, locations);
      if (!pe.path().isEmpty() && pe.errorCode() != SYNTAX) {
        try {
          SourceLocation better = new LoadedPlanDocument(PlanDocument.of(List.of()), name,
              index(mapper.getFactory(), name, text, limits)).locate(LoadedPlanDocument.pointerOf(pe.path())).orElse(null);
          if (better != null && better.line() > 0) {
            throw pe.at(better);
          }
        } catch (IOException ignored) {
          // keep Jackson's location
        }
      }
      throw pe;
    } catch (IOException e) {
      throw new PlanParseException(READ_FAILED, new SourceLocation(name, 0, 0), "", readFailure(e), e);
    }
    if (!doc.formatVersion().equals("1") && !doc.formatVersion().startsWith("1.")) {
      throw new PlanParseException(FORMAT_VERSION, locations.getOrDefault("/formatVersion",
          new SourceLocation(name, 0, 0)), "$.formatVersion",
          FORMAT_VERSION.message(doc.formatVersion(), PlanDocument.FORMAT_VERSION), null);
    }
    return new LoadedPlanDocument(doc, name, locations);
  }

  private static long utf8Length(String text, long stopAfter) {
    long n = 0;
    for (int i = 0; i < text.length() && n <= stopAfter; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static PlanParseException limit(SourceLocation where, String limit, long value, MessageFragment what,
      Throwable cause) {
    return new PlanParseException(LIMIT, where, "", LIMIT.message(what, limit, value), cause);
  }

  private static MessageFragment readFailure(IOException e) {
    return READ_FAILED.message(IoReason.of(e));
  }

  /** Characters a YAML line may have beyond {@code maxStringLength}: indentation, key, quotes, a comment. */
  static final int YAML_LINE_SLACK = 1024;

  /**
   * SnakeYAML's scanner takes time quadratic in the length of one line (a 16 MB plain scalar ≈ 100 s); it also
   * builds the whole scalar before the streaming check of {@code maxStringLength} sees it. So a YAML line longer
   * than {@code maxStringLength + }{@value #YAML_LINE_SLACK} characters, which cannot hold a string within the limit
   * on one line, is refused by this linear pre-scan before the scanner starts. Long text stays possible as a block
   * scalar ({@code |} or {@code >}) over several lines.
   */
  private static void checkYamlLines(String name, String text, int maxStringLength) {
    long maxLine = (long) maxStringLength + YAML_LINE_SLACK;
    int line = 1;
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (i - start > maxLine) {
          throw limit(new SourceLocation(name, line, 1), "maxStringLength", maxStringLength,
              LIMIT.fragment("yaml-line", line, i - start, YAML_LINE_SLACK), null);
        }
        if (c == '\n' || i + 1 >= n || text.charAt(i + 1) != '\n') {
          line++;
        }
        start = i + 1;
      }
    }
  }

  /**
   * Streams the whole text once: records where every value is and checks aliases, nesting, string lengths and
   * numbers before any object is built.
   */
  private static Map<String, SourceLocation> index(JsonFactory factory, String name, String text, Builder limits)
      throws IOException {
    Map<String, SourceLocation> out = new HashMap<>();
    int depth = 0;
    long values = 0;
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          JsonLocation l = p.currentTokenLocation();
          throw new PlanParseException(YAML_ALIAS, new SourceLocation(name, l.getLineNr(), l.getColumnNr()),
              p.getParsingContext().pathAsPointer().toString().isEmpty() ? ""
                  : "$" + p.getParsingContext().pathAsPointer().toString().replace('/', '.'),
              YAML_ALIAS.message(p.getText()), null);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          if (depth > limits.maxNesting) {
            JsonLocation l = p.currentTokenLocation();
            throw limit(new SourceLocation(name, l.getLineNr(), l.getColumnNr()), "maxNesting", limits.maxNesting,
                LIMIT.fragment("nesting", depth), null);
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          if (p.getTextLength() > limits.maxStringLength) {
            JsonLocation l = p.currentTokenLocation();
            throw limit(new SourceLocation(name, l.getLineNr(), l.getColumnNr()), "maxStringLength",
                limits.maxStringLength, LIMIT.fragment("string", p.getTextLength()), null);
          }
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          JsonLocation l = p.currentTokenLocation();
          if (p.getTextLength() > limits.maxNumberLength) {
            throw limit(new SourceLocation(name, l.getLineNr(), l.getColumnNr()), "maxNumberLength",
                limits.maxNumberLength, LIMIT.fragment("number", p.getTextLength()), null);
          }
          if (!checkNumber(p.getDecimalValue(), limits.maxNumberExponent)) {
            throw limit(new SourceLocation(name, l.getLineNr(), l.getColumnNr()), "maxNumberExponent",
                limits.maxNumberExponent, LIMIT.fragment("exponent", p.getText()), null);
          }
        }
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonLocation l = p.currentTokenLocation();
        if (++values > limits.maxValues) {
          throw limit(new SourceLocation(name, l.getLineNr(), l.getColumnNr()), "maxValues", limits.maxValues,
              LIMIT.fragment("values", values), null);
        }
        String pointer = p.getParsingContext().pathAsPointer().toString();
        out.putIfAbsent(pointer, new SourceLocation(name, l.getLineNr(), l.getColumnNr()));
      }
    }
    return out;
  }

  private static PlanParseException translate(String name, JsonProcessingException e, Builder limits,
      Map<String, SourceLocation> locations) {
    ScannerException tab = tabIndent(e);
    if (tab != null) { // SnakeYAML's own location is the token before the TAB; its problem mark is the TAB
      Mark m = tab.getProblemMark();
      return new PlanParseException(SYNTAX, new SourceLocation(name, m.getLine() + 1, m.getColumn() + 1), "",
          SYNTAX.fragment("tab"), e);
    }
    JsonLocation l = e.getLocation();
    SourceLocation where = l == null ? new SourceLocation(name, 0, 0)
        : new SourceLocation(name, l.getLineNr(), l.getColumnNr());
    String path = e instanceof JsonMappingException m ? jsonPath(m) : "";
    if (e instanceof NumberLimitException n) {
      return new PlanParseException(LIMIT, where, path, LIMIT.message(LIMIT.fragment("exponent", n.getOriginalMessage()),
          "maxNumberExponent", limits.maxNumberExponent), e);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String rootMsg = String.valueOf(root.getMessage());
    if (root instanceof StreamConstraintsException || rootMsg.contains("code point limit")) {
      String which = rootMsg.contains("NestingDepth") ? "maxNesting"
          : rootMsg.contains("StringLength") || rootMsg.contains("NameLength") ? "maxStringLength"
          : rootMsg.contains("NumberLength") ? "maxNumberLength" : "maxBytes";
      long value = switch (which) {
        case "maxNesting" -> limits.maxNesting;
        case "maxStringLength" -> limits.maxStringLength;
        case "maxNumberLength" -> limits.maxNumberLength;
        default -> limits.maxBytes;
      };
      return limit(where, which, value, LIMIT.fragment("input"), e);
    }
    if (rootMsg.contains("Duplicate field") || rootMsg.contains("duplicate key")) {
      int q = rootMsg.indexOf('\'');
      int q2 = q < 0 ? -1 : rootMsg.indexOf('\'', q + 1);
      String key = q2 > q ? rootMsg.substring(q + 1, q2) : "?";
      return new PlanParseException(DUPLICATE_KEY, where, path, DUPLICATE_KEY.message(key), e);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      for (Object k : u.getKnownPropertyIds()) {
        known.add(String.valueOf(k));
      }
      return new PlanParseException(UNKNOWN_PROPERTY, where, path, didYouMean(
          UNKNOWN_PROPERTY.message(u.getPropertyName(), u.getKnownPropertyIds()), u.getPropertyName(), known), e);
    }
    if (e instanceof InvalidFormatException f && f.getCause() instanceof PlanModelException pm) {
      return new PlanParseException(INVALID_VALUE, where, path,
          pm.text(), e);
    }
    if (e instanceof InvalidFormatException f) {
      MessageFragment detail = INVALID_VALUE.fragment("value", f.getValue(), expected(f.getTargetType()));
      if (f.getTargetType() != null && f.getTargetType().isEnum()) {
        List<String> accepted = new ArrayList<>();
        for (Object c : f.getTargetType().getEnumConstants()) {
          accepted.add(c.toString());
        }
        detail = didYouMean(detail, String.valueOf(f.getValue()), accepted);
      }
      return new PlanParseException(INVALID_VALUE, where, path, detail, e);
    }
    if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("No content")) {
      return new PlanParseException(INVALID_VALUE, new SourceLocation(name, 1, 1), "$",
          INVALID_VALUE.fragment("empty"), e); // only blank lines or comments
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      Throwable c = v.getCause();
      Object msg = c instanceof CodedException ? c : INVALID_VALUE.fragment("expected", expected(v.getType() == null
          ? null : v.getType().getRawClass())); // never the constructor's own (English, Java) text
      MessageFragment detail = INVALID_VALUE.fragment("code", msg);
      if (c instanceof PlanArgumentException pa && pa.errorCode() == PlanErrorCode.MISSING_PROPERTY
          && pa.arguments().size() == 1) {
        detail = misspeltKey(detail, path, pa.arguments().get(0), locations);
      }
      return new PlanParseException(INVALID_VALUE, where, path, detail, e);
    }
    if (e instanceof JsonMappingException && e.getCause() != null
        && (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException
            || e.getCause().getClass().getName().contains("yaml"))) {
      return new PlanParseException(SYNTAX, where, path, SYNTAX.message(syntaxProblem(e)), e);
    }
    if (e instanceof JsonMappingException m) {
      return new PlanParseException(INVALID_VALUE, where, path, INVALID_VALUE.message(mappingProblem(m)), e);
    }
    return new PlanParseException(SYNTAX, where, path, SYNTAX.message(syntaxProblem(e)), e);
  }

  /**
   * A syntax fault in our own words ({@code PLAN-P001.<kind>}), never the parser's text. Decided by the parsers'
   * exception types and marks where they tell the kinds apart:
   * <ul>
   *   <li>SnakeYAML's {@link ScannerException} (a token that cannot be read): the context mark on an opening quote
   *     is an unclosed quoted text ({@code quoted}); without a context mark the token cannot start where it stands
   *     &mdash; a {@code :} there is {@code mapping-value}, any other character is {@code character} (named from
   *     the problem mark, not from the text);</li>
   *   <li>its {@link ParserException} (tokens in a wrong order): the context mark on {@code [} or {@code &#123;} is
   *     an unclosed or comma-less flow list or mapping;</li>
   *   <li>Jackson's {@link JsonEOFException} is a JSON text that ends too early ({@code end}); any other
   *     {@link com.fasterxml.jackson.core.JsonParseException} is {@code json}.</li>
   * </ul>
   * SnakeYAML has one exception type for every scanner context and one for every parser context, so two
   * distinctions fall back on its context wording, which is a constant of its source: a scanner fault
   * "while scanning a simple key" ({@code simple-key}) and a parser fault in a block collection or mapping
   * ({@code indentation}). What is left is {@code end} when the problem mark is at the end of the text, else the
   * generic {@code yaml}.
   */
  private static MessageFragment syntaxProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ScannerException y) {
        int context = at(y.getContextMark());
        int problem = at(y.getProblemMark());
        if (context == '"' || context == '\'') {
          return SYNTAX.fragment("quoted");
        }
        if (y.getContextMark() == null && problem > 0) {
          return problem == ':' ? SYNTAX.fragment("mapping-value")
              : SYNTAX.fragment("character", new String(Character.toChars(problem)));
        }
        if (String.valueOf(y.getContext()).contains("simple key")) { // wording fallback, see above
          return SYNTAX.fragment("simple-key");
        }
        return problem < 0 ? SYNTAX.fragment("end") : SYNTAX.fragment("yaml");
      }
      if (t instanceof ParserException y) {
        int context = at(y.getContextMark());
        if (context == '[') {
          return SYNTAX.fragment("flow-sequence");
        }
        if (context == '{') {
          return SYNTAX.fragment("flow-mapping");
        }
        if (String.valueOf(y.getContext()).contains("block")) { // wording fallback, see above
          return SYNTAX.fragment("indentation");
        }
        return at(y.getProblemMark()) < 0 ? SYNTAX.fragment("end") : SYNTAX.fragment("yaml");
      }
      if (t instanceof MarkedYAMLException) {
        return SYNTAX.fragment("yaml");
      }
    }
    // JSON (Jackson's YAML parser wraps SnakeYAML's fault in a JsonParseException too, found above)
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonEOFException) {
        return SYNTAX.fragment("end");
      }
      if (t instanceof com.fasterxml.jackson.core.JsonParseException) {
        return SYNTAX.fragment("json");
      }
    }
    return SYNTAX.fragment("yaml");
  }

  /**
   * The character (code point) a SnakeYAML mark points at: -1 at the end of the text, 0 without a mark.
   */
  private static int at(@Nullable Mark m) {
    if (m == null) {
      return 0;
    }
    int[] buffer = m.getBuffer();
    int i = m.getPointer();
    return i >= buffer.length || buffer[i] == 0 ? -1 : buffer[i];
  }

  /** What a value of a target type looks like, in the three languages. */
  private static MessageFragment expected(Class<?> type) {
    if (type == null) {
      return INVALID_VALUE.fragment("expect.other");
    }
    if (type == java.time.LocalDate.class) {
      return INVALID_VALUE.fragment("expect.date");
    }
    if (type == java.time.YearMonth.class) {
      return INVALID_VALUE.fragment("expect.year-month");
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
      return INVALID_VALUE.fragment("expect.number");
    }
    if (type == Boolean.class || type == boolean.class) {
      return INVALID_VALUE.fragment("expect.boolean");
    }
    if (type.isEnum()) {
      return INVALID_VALUE.fragment("expect.enum", java.util.Arrays.toString(type.getEnumConstants()));
    }
    return INVALID_VALUE.fragment("expect.other");
  }

  /** A mapping problem (wrong type, missing property) without Jackson's internal wording where we can. */
  private static Object mappingProblem(JsonMappingException m) {
    if (m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null
        && !String.valueOf(m.getOriginalMessage()).startsWith("Missing required")) {
      return INVALID_VALUE.fragment("expected", expected(mi.getTargetType()));
    }
    // never Jackson's text (it names Java types and creator properties): the location and path say where
    return String.valueOf(m.getOriginalMessage()).startsWith("Missing required")
        ? INVALID_VALUE.fragment("required") : INVALID_VALUE.fragment("expected", expected(null));
  }

  /** The TAB-as-indentation problem of SnakeYAML in a parse error's causes, or {@code null}. */
  private static @Nullable ScannerException tabIndent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ScannerException s && s.getProblemMark() != null
          && String.valueOf(s.getProblem()).contains("(TAB)")) {
        return s;
      }
    }
    return null;
  }

  /** A detail followed by "Did you mean: …?" when some accepted values are close to the given one. */
  private static MessageFragment didYouMean(MessageFragment detail, String value, List<String> accepted) {
    List<String> close = Spelling.closest(value, accepted);
    if (close.isEmpty()) {
      return detail;
    }
    MessageFragment hint = INVALID_VALUE.fragment("did-you-mean", String.join(", ", close));
    return INVALID_VALUE.fragment("with-hint", detail, hint);
  }

  /**
   * For a missing required property: a key of the same object that is a close misspelling of it ("titel" for
   * "title"), named with its line, as "did you mean"; the detail alone when there is none.
   */
  private static MessageFragment misspeltKey(MessageFragment detail, String path,
      String property, Map<String, SourceLocation> locations) {
    String prefix = LoadedPlanDocument.pointerOf(path) + "/";
    Map<String, SourceLocation> keys = new TreeMap<>();
    for (Map.Entry<String, SourceLocation> en : locations.entrySet()) {
      String p = en.getKey();
      if (p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0) {
        String key = p.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
        if (!key.equals(property) && !key.chars().allMatch(Character::isDigit)) {
          keys.put(key, en.getValue());
        }
      }
    }
    List<String> close = Spelling.closest(property, keys.keySet());
    if (close.isEmpty()) {
      return detail;
    }
    String key = close.get(0);
    MessageFragment hint = INVALID_VALUE.fragment("misspelt", key, String.valueOf(keys.get(key).line()), property);
    return INVALID_VALUE.fragment("with-hint", detail, hint);
  }

  /**
   * The JSON path of a mapping exception, e.g. {@code $.plans[0].elements[2].kind}.
   *
   * @param e the exception
   * @return the path
   */
  static String jsonPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
