package io.github.livskraft.jsonstat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.livskraft.jsonstat.internal.FastDoubles;
import io.github.livskraft.jsonstat.internal.JsonPaths;
import io.github.livskraft.jsonstat.internal.RawJson;
import io.github.livskraft.jsonstat.internal.StatusStore;
import io.github.livskraft.sdg.MessageFragment;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The streaming JSON-stat parser: one pass over Jackson tokens, values straight into primitive arrays. Not
 * thread-safe; one instance per document. Package-private: use {@link JsonStatReader}.
 */
final class JsonStatParser {
  private static final java.util.regex.Pattern VERSION_2 = java.util.regex.Pattern.compile("2(\\.[0-9]+)*");

  private static final int MAX_LINK_DEPTH = 8;

  private final JsonParser p;
  private final JsonFactory factory;
  private final int maxCells;
  private final Limits limits;
  private final Counts counts;
  private final boolean strict;
  private final boolean upgradeV1;
  private final String rootPath;

  JsonStatParser(JsonParser p, JsonFactory factory, Limits limits, boolean strict,
      boolean upgradeV1) {
    this(p, factory, limits, new Counts(), strict, upgradeV1, "$");
  }

  /** The reader's limits (see {@link JsonStatReader.Builder}). */
  record Limits(int maxCells, int maxCategories, int maxTotalCategories, int maxStringCells, long maxStringChars,
      long maxTextChars) {}

  /** What one kept text costs beyond its characters (its own object and array), in characters. */
  static final int TEXT_OVERHEAD = 32;

  /** What the whole document has used so far; shared by the parsers of embedded datasets. */
  private static final class Counts {
    long categories;
    long stringCells;
    long stringChars;
    long textChars;
  }

  /** A parser over a sub-tree whose paths are reported below {@code rootPath}. */
  private JsonStatParser(JsonParser p, JsonFactory factory, Limits limits, Counts counts, boolean strict,
      boolean upgradeV1, String rootPath) {
    this.rootPath = rootPath;
    this.p = p;
    this.factory = factory;
    this.limits = limits;
    this.counts = counts;
    this.maxCells = limits.maxCells();
    this.strict = strict;
    this.upgradeV1 = upgradeV1;
  }

  // ------------------------------------------------------------------ errors

  private JsonStatException error(JsonStatErrorCode code, String path, Object... args) {
    return new JsonStatException(code, path, JsonPaths.location(p.currentTokenLocation()), null, args);
  }

  /** What went over a limit, e.g. "more than 1000 values", in the message's language. */
  private static MessageFragment limit(String what, Object... args) {
    return JsonStatErrorCode.LIMIT_EXCEEDED.fragment(what, args);
  }

  /**
   * Counts a text the document keeps (a label, note, code, id, unit, link, extension…) against maxTextChars: its
   * characters and {@link #TEXT_OVERHEAD} for its memory, before it is stored.
   */
  private String keep(String text) {
    charge(text.length());
    return text;
  }

  private void charge(long chars) {
    counts.textChars += chars + TEXT_OVERHEAD;
    if (counts.textChars > limits.maxTextChars()) {
      throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("text-chars", counts.textChars),
          limits.maxTextChars());
    }
  }

  private String here() {
    String path = JsonPaths.of(p.getParsingContext());
    return rootPath.equals("$") ? path : rootPath + path.substring(1);
  }

  /**
   * {@code JSONSTAT-0002}: what was found ({@code JSONSTAT-0002.found.<kind>}) and what was expected
   * ({@code JSONSTAT-0002.expect.<expected>}), both in the message's language.
   *
   * @param expected the key of what was expected, e.g. {@code "dimension-ids"}
   */
  private JsonStatException unexpected(String expected) {
    return error(JsonStatErrorCode.UNEXPECTED_TYPE, here(), found(p.currentToken()), expect(expected));
  }

  /** What the document holds where something else was expected, e.g. a string (bokmål: en tekst). */
  private static MessageFragment found(@Nullable JsonToken t) {
    String kind = t == null ? "end" : switch (t) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "end-object";
      case END_ARRAY -> "end-array";
      default -> "property";
    };
    return JsonStatErrorCode.UNEXPECTED_TYPE.fragment("found." + kind);
  }

  /** What was expected: {@code JSONSTAT-0002.expect.<key>}. */
  private static MessageFragment expect(String key) {
    return JsonStatErrorCode.UNEXPECTED_TYPE.fragment("expect." + key);
  }

  // ------------------------------------------------------------------ document

  JsonStatResponse parseDocument() throws IOException {
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_OBJECT) {
      throw t == null ? error(JsonStatErrorCode.MALFORMED_JSON, "$", JsonStatErrorCode.MALFORMED_JSON.fragment("empty"))
          : unexpected("document");
    }
    Doc doc = parseObject(0, true);
    if (p.nextToken() != null) {
      throw error(JsonStatErrorCode.MALFORMED_JSON, "$", JsonStatErrorCode.MALFORMED_JSON.fragment("trailing"));
    }
    return finish(doc, "$");
  }

  /** Everything one JSON-stat object (document, link item, 1.x dataset) can hold. */
  private static final class Doc {
    @Nullable String version;
    @Nullable String clazz;
    @Nullable String href;
    @Nullable String label;
    @Nullable String source;
    @Nullable String updated;
    @Nullable String type;
    List<String> notes = new ArrayList<>();
    List<JsonStatLink> links = new ArrayList<>();
    @Nullable String extension;
    @Nullable String errorRaw;
    @Nullable List<String> ids;
    int @Nullable [] sizes;
    long cells = -1;
    @Nullable Map<String, DimBuilder> dimensions;
    @Nullable Map<String, List<String>> roles;
    // 1.x: id/size/role inside "dimension"
    @Nullable List<String> v1Ids;
    int @Nullable [] v1Sizes;
    @Nullable Map<String, List<String>> v1Roles;
    // values
    boolean valueSeen;
    boolean valueSparse;
    int valueCount;
    double[] values = new double[0];
    long[] nulls = new long[0];
    @Nullable String @Nullable [] strings;
    int[] sparseKeys = new int[0];
    // status
    boolean statusSeen;
    @Nullable String statusAll;
    boolean statusArray;
    int statusArrayLength;
    final StatusStore.Collector status = new StatusStore.Collector();
    final java.util.BitSet statusKeys = new java.util.BitSet();
    int statusMaxKey = -1;
    @Nullable DimBuilder category;
    final Map<String, RawJson> unknownObjects = new LinkedHashMap<>();
    final List<String> seen = new ArrayList<>();
    final Set<String> names = new HashSet<>();

    boolean hasDatasetShape() {
      return ids != null || sizes != null || dimensions != null || valueSeen;
    }
  }

  private Doc parseObject(int depth, boolean root) throws IOException {
    Doc doc = new Doc();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (!doc.names.add(name)) {
        throw error(JsonStatErrorCode.DUPLICATE_ID, here(), name);
      }
      if (doc.seen.size() < 12) {
        doc.seen.add(name);
      }
      switch (name) {
        case "version" -> doc.version = string();
        case "class" -> doc.clazz = string();
        case "href" -> doc.href = string();
        case "label" -> doc.label = string();
        case "source" -> doc.source = string();
        case "updated" -> doc.updated = string();
        case "type" -> doc.type = string();
        case "note" -> doc.notes = notes();
        case "link" -> doc.links = links(depth);
        case "extension" -> doc.extension = raw();
        case "error" -> doc.errorRaw = raw();
        case "id" -> when(JsonToken.START_ARRAY, "dimension-ids", () -> doc.ids = stringArray());
        case "size" -> {
          if (v == JsonToken.START_ARRAY) {
            doc.sizes = sizes();
            doc.cells = cellCount(doc.sizes, here());
          } else {
            skipOrFail("sizes");
          }
        }
        case "role" -> when(JsonToken.START_OBJECT, "roles", () -> doc.roles = roles());
        case "dimension" -> when(JsonToken.START_OBJECT, "dimensions", () -> dimensions(doc));
        case "value" -> values(doc);
        case "status" -> status(doc);
        case "category" -> {
          if (v == JsonToken.START_OBJECT) {
            DimBuilder b = new DimBuilder("$");
            category(b);
            doc.category = b;
          } else {
            skipOrFail("category-object");
          }
        }
        default -> {
          if (root && v == JsonToken.START_OBJECT) {
            doc.unknownObjects.put(name, RawJson.capture(p, factory));
          } else {
            p.skipChildren();
          }
        }
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("property-or-end");
    }
    return doc;
  }

  /** An action on the current token that may read further. */
  private interface TokenAction {
    void run() throws IOException;
  }

  /** Runs {@code action} if the current token is {@code expected}; otherwise fails (strict) or skips. */
  private void when(JsonToken expected, String description, TokenAction action) throws IOException {
    if (p.currentToken() == expected) {
      action.run();
    } else {
      skipOrFail(description);
    }
  }

  private void skipOrFail(String expected) throws IOException {
    if (strict && p.currentToken() != JsonToken.VALUE_NULL) {
      throw unexpected(expected);
    }
    p.skipChildren();
  }

  private @Nullable String string() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return keep(p.getText());
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!strict && t.isScalarValue()) {
      return keep(p.getText());
    }
    throw unexpected("string");
  }

  private List<String> notes() throws IOException {
    JsonToken t = p.currentToken();
    List<String> out = new ArrayList<>();
    if (t == JsonToken.VALUE_STRING) {
      out.add(keep(p.getText()));
    } else if (t == JsonToken.START_ARRAY) {
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == JsonToken.VALUE_STRING) {
          out.add(keep(p.getText()));
        } else if (t == JsonToken.START_OBJECT) {
          // PxWebApi v2 metadata: {"mandatory": true, "text": "…"}
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken fv = p.nextToken();
            if (field.equals("text") && fv == JsonToken.VALUE_STRING) {
              out.add(keep(p.getText()));
            } else {
              p.skipChildren();
            }
          }
        } else if (t != JsonToken.VALUE_NULL) {
          throw unexpected("note");
        }
      }
    } else if (t != JsonToken.VALUE_NULL) {
      skipOrFail("notes");
    }
    return out;
  }

  private String raw() throws IOException {
    StringWriter sw = new StringWriter();
    Writer counting = new FilterWriter(sw) {
      @Override
      public void write(int c) throws IOException {
        charge(1 - TEXT_OVERHEAD);
        super.write(c);
      }

      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        charge((long) len - TEXT_OVERHEAD);
        super.write(cbuf, off, len);
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        charge((long) len - TEXT_OVERHEAD);
        super.write(str, off, len);
      }
    };
    charge(0);
    try (JsonGenerator g = factory.createGenerator(counting)) {
      g.copyCurrentStructure(p);
    }
    return sw.toString();
  }

  private List<String> stringArray() throws IOException {
    return stringArray(false);
  }

  /** An array of strings; category codes count against the category limits, other entries against maxCells. */
  private List<String> stringArray(boolean categories) throws IOException {
    List<String> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING && (strict || !t.isScalarValue() || t == JsonToken.VALUE_NULL)) {
        throw unexpected("string");
      }
      if (categories) {
        category(out.size());
      } else if (out.size() >= maxCells) {
        throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("entries"), maxCells);
      }
      out.add(keep(p.getText()));
    }
    return out;
  }

  private int[] sizes() throws IOException {
    int[] out = new int[8];
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NUMBER_INT) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
          throw error(JsonStatErrorCode.INVALID_SIZE, here(), p.getText(), maxCells);
        }
        throw unexpected("whole-number");
      }
      if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 0) {
        throw error(JsonStatErrorCode.INVALID_SIZE, here(), p.getText(), maxCells);
      }
      if (n == out.length) {
        if (n >= 10_000) {
          throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("dimensions"), 10_000);
        }
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = p.getIntValue();
    }
    return Arrays.copyOf(out, n);
  }

  private long cellCount(int[] sizes, String path) {
    long n = 1;
    boolean zero = false;
    for (int s : sizes) {
      if (s == 0) {
        zero = true;
      }
    }
    if (zero) {
      return 0;
    }
    for (int s : sizes) {
      n *= s;
      if (n > Integer.MAX_VALUE - 8) {
        throw error(JsonStatErrorCode.INVALID_SIZE, path, JsonStatErrorCode.INVALID_SIZE.fragment("product",
            Arrays.toString(sizes)),
            Integer.MAX_VALUE - 8);
      }
    }
    if (n > maxCells) {
      throw error(JsonStatErrorCode.LIMIT_EXCEEDED, path, limit("cells", n), maxCells);
    }
    return n;
  }

  private Map<String, List<String>> roles() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String role = keep(p.currentName());
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_ARRAY) {
        out.put(role, stringArray());
      } else if (v == JsonToken.VALUE_STRING && !strict) {
        out.put(role, List.of(p.getText()));
      } else {
        skipOrFail("dimension-ids");
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("role");
    }
    return out;
  }

  // ------------------------------------------------------------------ dimensions

  /** One dimension while it is being read; {@link #build} checks it against its size. */
  private final class DimBuilder {
    final String path;
    @Nullable String label;
    @Nullable List<String> indexArray;
    @Nullable Map<String, Integer> indexObject;
    Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, JsonStatUnit> units = new LinkedHashMap<>();
    final Map<String, List<String>> children = new LinkedHashMap<>();
    final Map<String, List<String>> categoryNotes = new LinkedHashMap<>();
    final Map<String, List<Double>> coordinates = new LinkedHashMap<>();
    List<String> notes = List.of();
    List<JsonStatLink> links = List.of();
    @Nullable String extension;
    @Nullable String href;

    DimBuilder(String path) {
      this.path = path;
    }

    JsonStatDimension build(String id, int size) {
      String indexPath = path + ".category.index";
      String[] codes;
      if (indexArray != null) {
        codes = indexArray.toArray(String[]::new);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.length; i++) {
          if (!seen.add(codes[i])) {
            throw new JsonStatException(JsonStatErrorCode.DUPLICATE_ID, indexPath + "[" + i + "]", null, null,
                codes[i]);
          }
        }
      } else if (indexObject != null) {
        int n = size >= 0 ? size : indexObject.size();
        if (indexObject.size() != n) {
          throw new JsonStatException(JsonStatErrorCode.CATEGORY_COUNT_MISMATCH, indexPath, null, null, id,
              indexObject.size(), n);
        }
        codes = new String[n];
        for (Map.Entry<String, Integer> e : indexObject.entrySet()) {
          int pos = e.getValue();
          String at = indexPath + JsonPaths.member(e.getKey());
          if (pos < 0 || pos >= n) {
            throw new JsonStatException(JsonStatErrorCode.INDEX_OUT_OF_RANGE, at, null, null, pos, n - 1);
          }
          if (codes[pos] != null) {
            throw new JsonStatException(JsonStatErrorCode.DUPLICATE_ID, at, null, null,
                JsonStatErrorCode.DUPLICATE_ID.fragment("position", pos, codes[pos], e.getKey()));
          }
          codes[pos] = e.getKey();
        }
      } else if (!labels.isEmpty() && (labels.size() == 1 || !strict)) {
        // JSON-stat 2.0: index may be omitted when there is one category; lenient mode uses label order
        codes = labels.keySet().toArray(String[]::new);
      } else {
        throw new JsonStatException(JsonStatErrorCode.MISSING_PROPERTY, path + ".category", null, null,
            labels.isEmpty() ? "category.index" : "category.index",
            JsonStatErrorCode.MISSING_PROPERTY.fragment(labels.isEmpty() ? "index-or-label" : "index"));
      }
      if (size >= 0 && codes.length != size) {
        throw new JsonStatException(JsonStatErrorCode.CATEGORY_COUNT_MISMATCH, indexPath, null, null, id,
            codes.length, size);
      }
      JsonStatDimension.Builder b = JsonStatDimension.builder(id).label(label).notes(notes).links(links)
          .extensionJson(extension).href(href);
      for (String c : codes) {
        b.category(c, labels.get(c));
      }
      units.forEach(b::unit);
      children.forEach(b::children);
      categoryNotes.forEach(b::categoryNotes);
      coordinates.forEach(b::coordinates);
      return b.build();
    }
  }

  private void dimensions(Doc doc) throws IOException {
    Map<String, DimBuilder> dims = doc.dimensions != null ? doc.dimensions : new LinkedHashMap<>();
    doc.dimensions = dims;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String id = p.currentName();
      JsonToken v = p.nextToken();
      if (id.equals("id") && v == JsonToken.START_ARRAY) {
        doc.v1Ids = stringArray();
      } else if (id.equals("size") && v == JsonToken.START_ARRAY) {
        doc.v1Sizes = sizes();
      } else if (id.equals("role") && v == JsonToken.START_OBJECT) {
        RawJson tree = RawJson.capture(p, factory);
        if (tree.hasMember(factory, "category")) {
          try (JsonParser sub = tree.open(factory)) {
            sub.nextToken();
            String rolePath = here();
            JsonStatParser inner = new JsonStatParser(sub, factory, limits, counts, strict, upgradeV1, rolePath);
            dims.put(id, inner.dimensionObject(rolePath));
          }
        } else {
          try (JsonParser sub = tree.open(factory)) {
            sub.nextToken();
            doc.v1Roles = new JsonStatParser(sub, factory, limits, counts, strict, upgradeV1, here()).roles();
          }
        }
      } else if (v == JsonToken.START_OBJECT) {
        String path = here();
        if (dims.containsKey(id)) {
          throw error(JsonStatErrorCode.DUPLICATE_ID, path, id);
        }
        dims.put(id, dimensionObject(path));
      } else {
        skipOrFail("dimension-object");
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("dimension-id");
    }
  }

  private DimBuilder dimensionObject(String path) throws IOException {
    DimBuilder b = new DimBuilder(path);
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "label" -> b.label = string();
        case "category" -> when(JsonToken.START_OBJECT, "category-object", () -> category(b));
        case "note" -> b.notes = notes();
        case "link" -> b.links = links(1);
        case "extension" -> b.extension = raw();
        case "href" -> b.href = string();
        default -> p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("property");
    }
    return b;
  }

  private void category(DimBuilder b) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "index" -> {
          if (v == JsonToken.START_ARRAY) {
            b.indexArray = categoryArray();
          } else if (v == JsonToken.START_OBJECT) {
            b.indexObject = indexObject();
          } else {
            skipOrFail("category-index");
          }
        }
        case "label" -> when(JsonToken.START_OBJECT, "labels", () -> b.labels = categoryMap());
        case "unit" -> when(JsonToken.START_OBJECT, "units", () -> units(b));
        case "child" -> when(JsonToken.START_OBJECT, "children", () -> listMap(b.children));
        case "note" -> {
          if (v == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String code = p.currentName();
              category(b.categoryNotes.size());
              p.nextToken();
              b.categoryNotes.put(code, notes());
            }
          } else {
            skipOrFail("category-notes");
          }
        }
        case "coordinates" ->
            when(JsonToken.START_OBJECT, "coordinates", () -> coordinates(b));
        default -> p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("property");
    }
  }

  /**
   * Counts one more entry of a category object ({@code index}, {@code label}, {@code unit}, {@code child},
   * {@code note}, {@code coordinates}) before it is stored: {@code already} entries of this map or array must stay
   * within {@code maxCategories}, and all such entries of the document within {@code maxTotalCategories}.
   */
  private void category(int already) {
    if (already >= limits.maxCategories()) {
      throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("categories", already + 1), limits.maxCategories());
    }
    if (++counts.categories > limits.maxTotalCategories()) {
      throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("total-categories", counts.categories),
          limits.maxTotalCategories());
    }
  }

  private List<String> categoryArray() throws IOException {
    return stringArray(true);
  }

  private Map<String, Integer> indexObject() throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String code = keep(p.currentName());
      JsonToken v = p.nextToken();
      if (v != JsonToken.VALUE_NUMBER_INT) {
        throw unexpected("category-position");
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw error(JsonStatErrorCode.INDEX_OUT_OF_RANGE, here(), p.getText(), maxCells);
      }
      category(out.size());
      if (out.put(code, p.getIntValue()) != null) {
        throw error(JsonStatErrorCode.DUPLICATE_ID, here(), code);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("category-code");
    }
    return out;
  }

  private Map<String, String> categoryMap() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = keep(p.currentName());
      category(out.size());
      p.nextToken();
      String s = string();
      if (s != null) {
        out.put(k, s);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("category-code");
    }
    return out;
  }

  private void listMap(Map<String, List<String>> into) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = keep(p.currentName());
      category(into.size());
      if (p.nextToken() == JsonToken.START_ARRAY) {
        into.put(k, categoryArray());
      } else {
        skipOrFail("codes");
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("category-code");
    }
  }

  private void coordinates(DimBuilder b) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = keep(p.currentName());
      category(b.coordinates.size());
      if (p.nextToken() == JsonToken.START_ARRAY) {
        List<Double> xy = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (!t.isNumeric()) {
            throw unexpected("number");
          }
          if (xy.size() < 3) {
            xy.add(p.getDoubleValue());
          }
        }
        b.coordinates.put(k, xy);
      } else {
        skipOrFail("coordinate-pair");
      }
    }
  }

  private void units(DimBuilder b) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String code = keep(p.currentName());
      category(b.units.size());
      if (p.nextToken() != JsonToken.START_OBJECT) {
        skipOrFail("unit-object");
        continue;
      }
      String label = null;
      String symbol = null;
      String base = null;
      String type = null;
      JsonStatUnit.Position position = null;
      OptionalInt decimals = OptionalInt.empty();
      OptionalInt multiplier = OptionalInt.empty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "label" -> label = string();
          case "symbol" -> symbol = string();
          case "base" -> base = string();
          case "type" -> type = string();
          case "position" -> {
            String pos = string();
            if ("start".equals(pos)) {
              position = JsonStatUnit.Position.START;
            } else if ("end".equals(pos)) {
              position = JsonStatUnit.Position.END;
            } else if (pos != null && strict) {
              throw error(JsonStatErrorCode.UNEXPECTED_TYPE, here(), "'" + pos + "'", expect("position"));
            }
          }
          case "decimals" -> decimals = smallInt(v);
          case "multiplier" -> multiplier = smallInt(v);
          default -> p.skipChildren();
        }
      }
      b.units.put(code, new JsonStatUnit(Optional.ofNullable(label), decimals, Optional.ofNullable(symbol),
          Optional.ofNullable(position), Optional.ofNullable(base), Optional.ofNullable(type), multiplier));
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("category-code");
    }
  }

  private OptionalInt smallInt(JsonToken v) throws IOException {
    if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return OptionalInt.of(p.getIntValue());
    }
    if (v == JsonToken.VALUE_NULL) {
      return OptionalInt.empty();
    }
    if (!strict && v == JsonToken.VALUE_STRING) {
      try {
        return OptionalInt.of(Integer.parseInt(p.getText().trim()));
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }
    throw unexpected("whole-number");
  }

  // ------------------------------------------------------------------ links

  private List<JsonStatLink> links(int depth) throws IOException {
    List<JsonStatLink> out = new ArrayList<>();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      skipOrFail("link-map");
      return out;
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String relation = p.currentName();
      if (p.nextToken() != JsonToken.START_ARRAY) {
        skipOrFail("links");
        continue;
      }
      JsonToken it;
      while ((it = p.nextToken()) != JsonToken.END_ARRAY) {
        if (it != JsonToken.START_OBJECT) {
          skipOrFail("link-object");
          continue;
        }
        String path = here();
        if (depth >= MAX_LINK_DEPTH) {
          p.skipChildren();
          continue;
        }
        Doc item = parseObject(depth + 1, false);
        JsonStatResponse embedded = null;
        if (item.hasDatasetShape() || item.category != null
            || "collection".equals(item.clazz) && !item.links.isEmpty()) {
          embedded = finish(item, path);
        }
        out.add(new JsonStatLink(relation, Optional.ofNullable(item.href), Optional.ofNullable(item.type),
            Optional.ofNullable(item.label), Optional.ofNullable(item.clazz), Optional.ofNullable(item.extension),
            Optional.ofNullable(embedded)));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("link-relation");
    }
    return out;
  }

  // ------------------------------------------------------------------ values

  private void values(Doc doc) throws IOException {
    JsonToken t = p.currentToken();
    if (doc.valueSeen) {
      throw error(JsonStatErrorCode.DUPLICATE_ID, here(), "value");
    }
    doc.valueSeen = true;
    if (t == JsonToken.START_ARRAY) {
      denseValues(doc);
    } else if (t == JsonToken.START_OBJECT) {
      sparseValues(doc);
    } else if (t == JsonToken.VALUE_NULL && !strict) {
      doc.valueCount = 0;
    } else {
      throw unexpected("values");
    }
  }

  private void denseValues(Doc doc) throws IOException {
    long expected = doc.cells;
    int cap = expected >= 0 ? (int) expected : 1024;
    double[] v = new double[cap];
    long[] nb = new long[(cap + 63) >>> 6];
    String[] strs = null;
    int i = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (i == cap) {
        if (expected >= 0 || i >= maxCells) {
          // more values than the sizes allow (or than the limit): count them for the message
          long count = i;
          do {
            if (t == null) {
              break;
            }
            p.skipChildren();
            count++;
          } while ((t = p.nextToken()) != JsonToken.END_ARRAY && count <= maxCells);
          if (expected >= 0 && count <= maxCells) {
            throw error(JsonStatErrorCode.VALUE_COUNT_MISMATCH, "$.value", count, expected);
          }
          throw error(JsonStatErrorCode.LIMIT_EXCEEDED, "$.value", limit("values", maxCells), maxCells);
        }
        cap = (int) Math.min((long) cap * 2, maxCells);
        v = Arrays.copyOf(v, cap);
        nb = Arrays.copyOf(nb, (cap + 63) >>> 6);
        if (strs != null) {
          strs = Arrays.copyOf(strs, cap);
        }
      }
      strs = storeValue(t, i, v, nb, strs);
      i++;
    }
    doc.values = v;
    doc.nulls = nb;
    doc.strings = strs;
    doc.valueCount = i;
  }

  /**
   * Stores the current value token at position {@code i}: a number in {@code v}, null as a bit in {@code nb}, a
   * string in the string array, which is allocated (as long as {@code v}) on the first string cell.
   *
   * @return the string array, or null while there is none
   */
  private String @Nullable [] storeValue(JsonToken t, int i, double[] v, long[] nb, String @Nullable [] strs)
      throws IOException {
    switch (t) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> v[i] = number(t);
      case VALUE_NULL -> nb[i >>> 6] |= 1L << i;
      case VALUE_STRING -> {
        if (++counts.stringCells > limits.maxStringCells()) {
          throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("string-cells", counts.stringCells),
              limits.maxStringCells());
        }
        counts.stringChars += p.getTextLength();
        if (counts.stringChars > limits.maxStringChars()) {
          throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("string-chars", counts.stringChars),
              limits.maxStringChars());
        }
        String[] out = strs == null ? new String[v.length] : strs;
        out[i] = p.getText();
        return out;
      }
      default -> throw unexpected("cell");
    }
    return strs;
  }

  private double number(JsonToken t) throws IOException {
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    if (len <= 18 && t == JsonToken.VALUE_NUMBER_INT) {
      // whole numbers (most statistics): exact in a long, correctly rounded to double
      int k = off;
      int end = off + len;
      boolean negative = buf[k] == '-';
      if (negative) {
        k++;
      }
      long x = 0;
      for (; k < end; k++) {
        x = x * 10 + (buf[k] - '0');
      }
      return negative ? (x == 0 ? -0.0 : -x) : x;
    }
    double d = FastDoubles.parse(buf, off, len);
    if (Double.isInfinite(d)) {
      throw error(JsonStatErrorCode.UNEXPECTED_TYPE, here(), p.getText(),
          JsonStatErrorCode.UNEXPECTED_TYPE.fragment("double"));
    }
    return d;
  }

  private int flatKey(String name) {
    int n = name.length();
    if (n == 0 || n > 10) {
      throw error(JsonStatErrorCode.INDEX_OUT_OF_RANGE, here(), "'" + name + "'", maxCells - 1);
    }
    long k = 0;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        throw error(JsonStatErrorCode.INDEX_OUT_OF_RANGE, here(), "'" + name + "'", maxCells - 1);
      }
      k = k * 10 + (c - '0');
    }
    if (k >= maxCells) {
      throw error(JsonStatErrorCode.INDEX_OUT_OF_RANGE, here(), k, maxCells - 1);
    }
    return (int) k;
  }

  private void sparseValues(Doc doc) throws IOException {
    doc.valueSparse = true;
    int cap = 16;
    int[] keys = new int[cap];
    double[] v = new double[cap];
    long[] nb = new long[1];
    String[] strs = null;
    int i = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      int key = flatKey(p.currentName());
      if (doc.cells >= 0 && key >= doc.cells) {
        throw error(JsonStatErrorCode.INDEX_OUT_OF_RANGE, here(), key, doc.cells - 1);
      }
      JsonToken vt = p.nextToken();
      if (i == cap) {
        if (i >= maxCells) {
          throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("values", maxCells), maxCells);
        }
        cap = (int) Math.min((long) cap * 2, maxCells);
        keys = Arrays.copyOf(keys, cap);
        v = Arrays.copyOf(v, cap);
        nb = Arrays.copyOf(nb, (cap + 63) >>> 6);
        if (strs != null) {
          strs = Arrays.copyOf(strs, cap);
        }
      }
      keys[i] = key;
      strs = storeValue(vt, i, v, nb, strs);
      i++;
    }
    if (t != JsonToken.END_OBJECT) {
      throw unexpected("cell-index");
    }
    doc.sparseKeys = keys;
    doc.values = v;
    doc.nulls = nb;
    doc.strings = strs;
    doc.valueCount = i;
  }

  private void status(Doc doc) throws IOException {
    JsonToken t = p.currentToken();
    doc.statusSeen = true;
    if (t == JsonToken.VALUE_STRING) {
      doc.statusAll = keep(p.getText());
    } else if (t == JsonToken.START_ARRAY) {
      doc.statusArray = true;
      int i = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (i >= maxCells) {
          throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("statuses", maxCells), maxCells);
        }
        if (t == JsonToken.VALUE_STRING) {
          putStatus(doc, i, p.getText());
        } else if (t != JsonToken.VALUE_NULL) {
          throw unexpected("status");
        }
        i++;
      }
      doc.statusArrayLength = i;
    } else if (t == JsonToken.START_OBJECT) {
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int key = flatKey(name);
        JsonToken v = p.nextToken();
        if (doc.status.size() >= maxCells) {
          throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("statuses", maxCells), maxCells);
        }
        if (doc.statusKeys.get(key)) {
          throw error(JsonStatErrorCode.DUPLICATE_ID, here(), name);
        }
        doc.statusKeys.set(key);
        if (v == JsonToken.VALUE_STRING) {
          if (doc.cells >= 0 && key >= doc.cells) {
            if (strict) {
              throw error(JsonStatErrorCode.INDEX_OUT_OF_RANGE, here(), key, doc.cells - 1);
            }
            continue;
          }
          putStatus(doc, key, p.getText());
        } else if (v != JsonToken.VALUE_NULL) {
          throw unexpected("status");
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw unexpected("cell-index");
      }
    } else if (t != JsonToken.VALUE_NULL) {
      throw unexpected("statuses");
    }
  }

  private void putStatus(Doc doc, int key, String symbol) {
    if (!doc.status.knows(symbol)) {
      keep(symbol); // a new symbol is kept once; repeated ones cost nothing
    }
    try {
      doc.status.put(key, symbol);
    } catch (IllegalStateException e) {
      throw error(JsonStatErrorCode.LIMIT_EXCEEDED, here(), limit("status-symbols"), 32767);
    }
    doc.statusMaxKey = Math.max(doc.statusMaxKey, key);
  }

  // ------------------------------------------------------------------ finishing

  private JsonStatResponse finish(Doc doc, String path) throws IOException {
    String version = doc.version;
    boolean v1Shape = doc.ids == null && doc.v1Ids != null;
    // JSON-stat 2.x versions are "2.0", "2.1", …; anything else ("2e0", "2.0-beta") is not read as 2.x
    if (version != null && !VERSION_2.matcher(version).matches()) {
      if (version.startsWith("1") || v1Shape) {
        return v1(doc, path, JsonStatErrorCode.JSON_STAT_1.fragment("version", version));
      }
      throw new JsonStatException(JsonStatErrorCode.UNSUPPORTED_VERSION, path + ".version", null, null, version);
    }
    if (v1Shape && version == null) {
      return v1(doc, path, JsonStatErrorCode.JSON_STAT_1.fragment("inside-dimension"));
    }
    String cls = doc.clazz;
    if (cls == null) {
      if (doc.hasDatasetShape()) {
        cls = "dataset";
      } else if (doc.category != null) {
        cls = "dimension";
      } else if (doc.links.stream().anyMatch(l -> l.relation().equals("item"))) {
        cls = "collection";
      } else if (version == null && !doc.unknownObjects.isEmpty()
          && anyHasDimension(doc.unknownObjects.values())) {
        return v1(doc, path, JsonStatErrorCode.JSON_STAT_1.fragment("keyed",
            String.join(", ", doc.unknownObjects.keySet())));
      } else {
        throw new JsonStatException(JsonStatErrorCode.NOT_JSON_STAT, path, null, null, doc.seen);
      }
    }
    return switch (cls) {
      case "dataset" -> dataset(doc, path);
      case "collection" -> new JsonStatCollection(version == null ? "2.0" : version, Optional.ofNullable(doc.label),
          Optional.ofNullable(doc.href), Optional.ofNullable(doc.source), Optional.ofNullable(doc.updated),
          doc.notes, doc.links, Optional.ofNullable(doc.extension));
      case "dimension" -> {
        if (doc.category == null) {
          throw new JsonStatException(JsonStatErrorCode.MISSING_PROPERTY, path, null, null, "category",
              JsonStatErrorCode.MISSING_PROPERTY.fragment("dimension-category"));
        }
        doc.category.label = doc.label;
        doc.category.notes = doc.notes;
        JsonStatDimension dim = doc.category.build("", -1);
        yield new JsonStatDimensionDocument(version == null ? "2.0" : version, Optional.ofNullable(doc.href),
            Optional.ofNullable(doc.source), Optional.ofNullable(doc.updated), dim, doc.links,
            Optional.ofNullable(doc.extension));
      }
      case "bundle" -> v1(doc, path, "class \"bundle\"");
      default -> throw new JsonStatException(JsonStatErrorCode.UNEXPECTED_TYPE, path + ".class", null, null,
          "'" + cls + "'", JsonStatErrorCode.UNEXPECTED_TYPE.fragment("class"));
    };
  }

  private JsonStatResponse v1(Doc doc, String path, Object why) throws IOException {
    if (!upgradeV1) {
      String where = doc.unknownObjects.isEmpty() ? path + ".dimension"
          : path + JsonPaths.member(doc.unknownObjects.keySet().iterator().next());
      throw new JsonStatException(JsonStatErrorCode.JSON_STAT_1, where, null, null, why);
    }
    if (doc.unknownObjects.isEmpty()) {
      // a single 1.x dataset: id/size/role live inside "dimension"
      doc.ids = doc.v1Ids;
      doc.sizes = doc.v1Sizes;
      doc.roles = doc.roles != null ? doc.roles : doc.v1Roles;
      doc.version = "2.0";
      doc.clazz = "dataset";
      if (doc.sizes != null) {
        doc.cells = cellCount(doc.sizes, path + ".dimension.size");
      }
      return dataset(doc, path);
    }
    List<JsonStatLink> items = new ArrayList<>();
    for (Map.Entry<String, RawJson> e : doc.unknownObjects.entrySet()) {
      if (!e.getValue().hasMember(factory, "dimension")) {
        continue;
      }
      String itemPath = path + JsonPaths.member(e.getKey());
      try (JsonParser sub = e.getValue().open(factory)) {
        sub.nextToken();
        JsonStatParser inner = new JsonStatParser(sub, factory, limits, counts, strict, true, itemPath);
        Doc d = inner.parseObject(1, false);
        // values could precede "dimension" in a 1.x tree: sizes are only known now
        JsonStatResponse r = inner.v1(d, itemPath, why);
        items.add(new JsonStatLink("item", Optional.empty(), Optional.empty(), Optional.of(e.getKey()),
            Optional.of("dataset"), Optional.empty(), Optional.of(r)));
      }
    }
    if (items.size() == 1) {
      return items.get(0).embedded().orElseThrow();
    }
    return new JsonStatCollection("2.0", Optional.ofNullable(doc.label), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), items, Optional.empty());
  }

  private JsonStatDataset dataset(Doc doc, String path) {
    if (doc.ids == null) {
      throw new JsonStatException(JsonStatErrorCode.MISSING_PROPERTY, path, null, null, "id",
          JsonStatErrorCode.MISSING_PROPERTY.fragment("id"));
    }
    if (doc.sizes == null) {
      throw new JsonStatException(JsonStatErrorCode.MISSING_PROPERTY, path, null, null, "size",
          JsonStatErrorCode.MISSING_PROPERTY.fragment("size"));
    }
    if (doc.dimensions == null) {
      throw new JsonStatException(JsonStatErrorCode.MISSING_PROPERTY, path, null, null, "dimension",
          JsonStatErrorCode.MISSING_PROPERTY.fragment("dimension"));
    }
    List<String> ids = doc.ids;
    int[] sizes = doc.sizes;
    if (ids.size() != sizes.length) {
      throw new JsonStatException(JsonStatErrorCode.SIZE_ID_MISMATCH, path + ".size", null, null, sizes.length,
          ids.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw new JsonStatException(JsonStatErrorCode.DUPLICATE_ID, path + ".id[" + i + "]", null, null,
            ids.get(i));
      }
    }
    int n = (int) (doc.cells >= 0 ? doc.cells : cellCount(sizes, path + ".size"));
    // lenient: a metadata-only dataset ("value": []) whose sizes disagree with its categories takes the categories
    boolean trustCategories = !strict && !doc.valueSparse && doc.valueCount == 0;
    List<JsonStatDimension> dims = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      DimBuilder b = doc.dimensions.get(ids.get(i));
      if (b == null) {
        throw new JsonStatException(JsonStatErrorCode.MISSING_PROPERTY, path + ".dimension", null, null,
            ids.get(i), JsonStatErrorCode.MISSING_PROPERTY.fragment("dimension-object"));
      }
      dims.add(b.build(ids.get(i), trustCategories ? -1 : sizes[i]));
    }
    if (trustCategories) {
      int[] actual = dims.stream().mapToInt(JsonStatDimension::size).toArray();
      n = (int) cellCount(actual, path + ".size");
    }
    Map<String, List<String>> roles = new LinkedHashMap<>();
    if (doc.roles != null) {
      for (Map.Entry<String, List<String>> e : doc.roles.entrySet()) {
        List<String> known = new ArrayList<>();
        for (String r : e.getValue()) {
          if (seen.contains(r)) {
            known.add(r);
          } else if (strict) {
            throw new JsonStatException(JsonStatErrorCode.UNKNOWN_DIMENSION, path + ".role" + JsonPaths.member(
                e.getKey()), null, null, r, ids);
          }
        }
        roles.put(e.getKey(), known);
      }
    }
    // ---- values
    double[] values;
    long[] nulls;
    String[] strings;
    if (!doc.valueSeen) {
      if (strict) {
        throw new JsonStatException(JsonStatErrorCode.MISSING_PROPERTY, path, null, null, "value",
            JsonStatErrorCode.MISSING_PROPERTY.fragment("value"));
      }
      values = new double[0];
      nulls = null;
      strings = null;
    } else if (doc.valueSparse) {
      values = new double[n];
      nulls = new long[(n + 63) >>> 6];
      for (int i = 0; i < n; i++) {
        nulls[i >>> 6] |= 1L << i;
      }
      strings = null;
      long[] seenKeys = new long[(n + 63) >>> 6];
      for (int j = 0; j < doc.valueCount; j++) {
        int k = doc.sparseKeys[j];
        if (k >= n) {
          throw new JsonStatException(JsonStatErrorCode.INDEX_OUT_OF_RANGE, path + ".value['" + k + "']", null,
              null, k, n - 1);
        }
        if ((seenKeys[k >>> 6] & (1L << k)) != 0) {
          throw new JsonStatException(JsonStatErrorCode.DUPLICATE_ID, path + ".value['" + k + "']", null, null,
              String.valueOf(k));
        }
        seenKeys[k >>> 6] |= 1L << k;
        boolean isNull = (doc.nulls[j >>> 6] & (1L << j)) != 0;
        String s = doc.strings == null ? null : doc.strings[j];
        if (isNull) {
          nulls[k >>> 6] |= 1L << k;
          values[k] = 0;
          if (strings != null) {
            strings[k] = null;
          }
          continue;
        }
        nulls[k >>> 6] &= ~(1L << k);
        values[k] = doc.values[j];
        if (s != null) {
          if (strings == null) {
            strings = new String[n];
          }
          strings[k] = s;
        } else if (strings != null) {
          strings[k] = null;
        }
      }
    } else if (doc.valueCount == 0 && n > 0) {
      // metadata dataset ("value": [] with size > 0): every cell is null
      values = new double[0];
      nulls = null;
      strings = null;
    } else {
      int c = doc.valueCount;
      if (c > n || (c < n && strict)) {
        throw new JsonStatException(JsonStatErrorCode.VALUE_COUNT_MISMATCH, path + ".value", null, null, c, n);
      }
      values = doc.values.length == n ? doc.values : Arrays.copyOf(doc.values, n);
      nulls = doc.nulls.length == ((n + 63) >>> 6) ? doc.nulls : Arrays.copyOf(doc.nulls, (n + 63) >>> 6);
      strings = doc.strings == null || doc.strings.length == n ? doc.strings : Arrays.copyOf(doc.strings, n);
      for (int i = c; i < n; i++) {
        nulls[i >>> 6] |= 1L << i; // lenient: missing trailing cells are null
      }
      boolean anyNull = false;
      for (long w : nulls) {
        if (w != 0) {
          anyNull = true;
          break;
        }
      }
      if (!anyNull) {
        nulls = null;
      }
    }
    // ---- status
    StatusStore status;
    if (doc.statusAll != null) {
      status = StatusStore.all(doc.statusAll);
    } else if (doc.statusArray && doc.statusArrayLength == 1 && n != 1) {
      String only = doc.status.size() == 1 ? doc.status.build(1).get(0) : null;
      status = only != null ? StatusStore.all(only) : StatusStore.none();
    } else {
      if (doc.statusArray && doc.statusArrayLength != n && strict) {
        throw new JsonStatException(JsonStatErrorCode.STATUS_COUNT_MISMATCH, path + ".status", null, null,
            doc.statusArrayLength, n);
      }
      if (doc.statusMaxKey >= n) {
        if (strict) {
          throw new JsonStatException(JsonStatErrorCode.INDEX_OUT_OF_RANGE, path + ".status", null, null,
              doc.statusMaxKey, n - 1);
        }
        StatusStore.Collector kept = new StatusStore.Collector();
        StatusStore all = doc.status.build(doc.statusMaxKey + 1);
        for (int i = 0; i < n; i++) {
          String s = all.get(i);
          if (s != null) {
            kept.put(i, s);
          }
        }
        status = kept.build(n);
      } else {
        status = doc.status.build(n);
      }
    }
    JsonStatDataset.Meta meta = new JsonStatDataset.Meta();
    meta.version = doc.version == null ? "2.0" : doc.version;
    meta.label = doc.label;
    meta.href = doc.href;
    meta.source = doc.source;
    meta.updated = doc.updated;
    meta.notes = doc.notes;
    meta.links = doc.links;
    meta.extensionJson = doc.extension;
    meta.errorJson = doc.errorRaw;
    return new JsonStatDataset(meta, dims, roles, values, nulls, strings, status);
  }

  private boolean anyHasDimension(java.util.Collection<RawJson> objects) throws IOException {
    for (RawJson o : objects) {
      if (o.hasMember(factory, "dimension")) {
        return true;
      }
    }
    return false;
  }

}
