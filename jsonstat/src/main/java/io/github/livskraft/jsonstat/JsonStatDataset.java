package io.github.livskraft.jsonstat;

import io.github.livskraft.jsonstat.internal.StatusStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A JSON-stat 2.0 dataset held as a compact cube: values in one dense {@code double[]} with a null bitmap,
 * string cells (if any) beside it, per-cell status in compact form, and the dimensions in {@code id} order.
 * Immutable and thread-safe.
 *
 * <p>Cells are addressed row-major (the last dimension varies fastest), exactly as in the JSON-stat
 * {@code value} array.
 *
 * <pre>{@code
 * JsonStatDataset ds = JsonStatReader.create().readDataset(path);
 * int i = ds.index("3001", "A", "100", "AGD10", "KOSbelop0000", "2020");
 * ds.findValue(i);   // OptionalDouble[...]
 * ds.findStatus(i);  // Optional[":"] for a suppressed cell
 * ds.slice(Map.of("Tid", "2020")).cells().forEach(System.out::println);
 * }</pre>
 */
public final class JsonStatDataset implements JsonStatResponse {
  private final String version;
  private final @Nullable String label;
  private final @Nullable String href;
  private final @Nullable String source;
  private final @Nullable String updated;
  private final List<String> notes;
  private final List<JsonStatLink> links;
  private final @Nullable String extensionJson;
  private final @Nullable String errorJson;
  private final List<JsonStatDimension> dimensions;
  private final String[] ids;
  private final int[] sizes;
  private final int[] strides;
  private final int cells;
  private final Map<String, List<String>> roles;
  private final double[] values;
  private final long @Nullable [] nulls;
  private final @Nullable String @Nullable [] strings;
  private final StatusStore status;
  private final int nonNull;
  private final int unitDimension;

  /* Package-private: built by the reader and the slicer. */
  JsonStatDataset(Meta meta, List<JsonStatDimension> dimensions, Map<String, List<String>> roles, double[] values,
      long @Nullable [] nulls, @Nullable String @Nullable [] strings, StatusStore status) {
    this.version = meta.version;
    this.label = meta.label;
    this.href = meta.href;
    this.source = meta.source;
    this.updated = meta.updated;
    this.notes = List.copyOf(meta.notes);
    this.links = List.copyOf(meta.links);
    this.extensionJson = meta.extensionJson;
    this.errorJson = meta.errorJson;
    this.dimensions = List.copyOf(dimensions);
    this.ids = new String[dimensions.size()];
    this.sizes = new int[dimensions.size()];
    for (int d = 0; d < ids.length; d++) {
      ids[d] = dimensions.get(d).id();
      sizes[d] = dimensions.get(d).size();
    }
    this.strides = new int[ids.length];
    long n = 1;
    for (int d = ids.length - 1; d >= 0; d--) {
      strides[d] = (int) n;
      n *= sizes[d];
    }
    this.cells = (int) n;
    Map<String, List<String>> r = new LinkedHashMap<>();
    roles.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.roles = Collections.unmodifiableMap(r);
    this.values = values;
    this.nulls = nulls;
    this.strings = strings;
    this.status = status;
    int nullCount = 0;
    if (values.length == 0 && strings == null) {
      nullCount = cells;
    } else if (nulls != null) {
      for (long w : nulls) {
        nullCount += Long.bitCount(w);
      }
    }
    this.nonNull = cells - nullCount;
    this.unitDimension = unitDimension(this.dimensions, this.roles);
  }

  /** Document-level metadata, shared by the reader and the builder. */
  static final class Meta {
    String version = "2.0";
    @Nullable String label;
    @Nullable String href;
    @Nullable String source;
    @Nullable String updated;
    List<String> notes = List.of();
    List<JsonStatLink> links = List.of();
    @Nullable String extensionJson;
    @Nullable String errorJson;
  }

  private Meta meta() {
    Meta m = new Meta();
    m.version = version;
    m.label = label;
    m.href = href;
    m.source = source;
    m.updated = updated;
    m.notes = notes;
    m.links = links;
    m.extensionJson = extensionJson;
    m.errorJson = errorJson;
    return m;
  }

  @Override
  public String jsonStatClass() {
    return "dataset";
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  @Override
  public Optional<String> href() {
    return Optional.ofNullable(href);
  }

  @Override
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public Optional<String> updated() {
    return Optional.ofNullable(updated);
  }

  /**
   * {@link #updated()} as an instant, parsed leniently: ISO date-time with or without offset (no offset = UTC),
   * ISO date (start of day, UTC), or {@code dd/MM/yyyy HH:mm:ss} as in some ONS samples.
   *
   * @return the instant, if {@code updated} is present and in a recognised form
   */
  public Optional<Instant> updatedInstant() {
    if (updated == null) {
      return Optional.empty();
    }
    String u = updated.trim();
    try {
      return Optional.of(OffsetDateTime.parse(u).toInstant());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(u).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(u).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(u, DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT))
          .toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public List<JsonStatLink> links() {
    return links;
  }

  @Override
  public Optional<String> extensionJson() {
    return Optional.ofNullable(extensionJson);
  }

  /** The dataset's {@code error} member as compact JSON, if present. */
  public Optional<String> errorJson() {
    return Optional.ofNullable(errorJson);
  }

  // ---------------------------------------------------------------- structure

  /** The dimensions in {@code id} order. */
  public List<JsonStatDimension> dimensions() {
    return dimensions;
  }

  /** The dimension ids in order. */
  public List<String> ids() {
    return List.of(ids);
  }

  /** The dimension sizes in order (a copy). */
  public int[] sizes() {
    return sizes.clone();
  }

  /** The number of cells: the product of the sizes (empty cells included). */
  public int cellCount() {
    return cells;
  }

  /** The number of cells that hold a number or a string. */
  public int nonNullCount() {
    return nonNull;
  }

  /**
   * A dimension by id.
   *
   * @param id the dimension id
   * @return the dimension, if present
   */
  public Optional<JsonStatDimension> findDimension(String id) {
    int d = dimensionIndex(id);
    return d < 0 ? Optional.empty() : Optional.of(dimensions.get(d));
  }

  /**
   * A dimension by id.
   *
   * @param id the dimension id
   * @return the dimension
   * @throws JsonStatException ({@link JsonStatErrorCode#UNKNOWN_DIMENSION}) if there is none
   */
  public JsonStatDimension dimension(String id) {
    return dimensions.get(Lookup.require(dimensionIndex(id), () -> unknownDimension(id)));
  }

  private JsonStatException unknownDimension(String id) {
    return new JsonStatException(JsonStatErrorCode.UNKNOWN_DIMENSION, null, null, null, id, ids());
  }

  private int dimensionIndex(String id) {
    return Lookup.indexOf(ids.length, d -> ids[d], id, false);
  }

  /** Roles ({@code role}): role name ({@code time}, {@code geo}, {@code metric}) → dimension ids; may be empty. */
  public Map<String, List<String>> roles() {
    return roles;
  }

  /**
   * The dimensions that have a role, in role order. Roles are optional in JSON-stat: SSB's 2021 KOSTRA responses
   * have no {@code geo}.
   *
   * @param role e.g. {@code time}
   * @return the dimensions (empty if the role is absent)
   */
  public List<JsonStatDimension> dimensionsWithRole(String role) {
    return roles.getOrDefault(role, List.of()).stream().map(this::findDimension).flatMap(Optional::stream).toList();
  }

  // ---------------------------------------------------------------- cells

  private void checkIndex(int index) {
    if (index < 0 || index >= cells) {
      throw new JsonStatException(JsonStatErrorCode.INDEX_OUT_OF_RANGE, null, null, null, index, cells - 1);
    }
  }

  /**
   * Whether a cell is null (holds neither a number nor a string).
   *
   * @param index the flat index
   * @return true if null
   */
  public boolean isNull(int index) {
    checkIndex(index);
    if (values.length == 0 && strings == null) {
      return true; // metadata dataset: "value": []
    }
    if (nulls != null && (nulls[index >>> 6] & (1L << index)) != 0) {
      return true;
    }
    return false;
  }

  /**
   * The numeric value of a cell, or {@link Double#NaN} for a null or string cell. Prefer {@link #findValue(int)}
   * unless you need a primitive loop.
   *
   * @param index the flat index
   * @return the value or NaN
   */
  public double value(int index) {
    if (isNull(index) || (strings != null && strings[index] != null) || values.length == 0) {
      return Double.NaN;
    }
    return values[index];
  }

  /**
   * The numeric value of a cell.
   *
   * @param index the flat index
   * @return the value; empty for a null or string cell
   */
  public OptionalDouble findValue(int index) {
    double v = value(index);
    return isNull(index) || (strings != null && strings[index] != null) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The string value of a cell (string cubes such as {@code order.json}).
   *
   * @param index the flat index
   * @return the string, if the cell holds one
   */
  public Optional<String> findText(int index) {
    checkIndex(index);
    return strings == null ? Optional.empty() : Optional.ofNullable(strings[index]);
  }

  /** Whether any cell holds a string rather than a number. */
  public boolean hasStringValues() {
    if (strings == null) {
      return false;
    }
    for (String s : strings) {
      if (s != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The status of a cell.
   *
   * @param index the flat index
   * @return the status symbol, if any
   */
  public Optional<String> findStatus(int index) {
    checkIndex(index);
    return Optional.ofNullable(status.get(index));
  }

  /** Whether any cell has a status. */
  public boolean hasStatus() {
    return !status.isEmpty();
  }

  /** Whether one status applies to every cell (a one-element {@code status} array or a string). */
  boolean hasUniformStatus() {
    return status.isUniform();
  }

  /** Counts of each status symbol over all cells, in first-seen order. */
  public Map<String, Long> statusCounts() {
    return Collections.unmodifiableMap(status.counts(cells));
  }

  /**
   * The unit of a cell: the unit of its category in the first dimension that defines units (the metric
   * dimension, for SSB).
   *
   * @param index the flat index
   * @return the unit, if one is defined
   */
  public Optional<JsonStatUnit> findUnit(int index) {
    checkIndex(index);
    if (unitDimension < 0) {
      return Optional.empty();
    }
    JsonStatDimension d = dimensions.get(unitDimension);
    return d.findUnit(d.code((index / strides[unitDimension]) % sizes[unitDimension]));
  }

  private static int unitDimension(List<JsonStatDimension> dims, Map<String, List<String>> roles) {
    for (String metric : roles.getOrDefault("metric", List.of())) {
      for (int d = 0; d < dims.size(); d++) {
        if (dims.get(d).id().equals(metric) && !dims.get(d).units().isEmpty()) {
          return d;
        }
      }
    }
    for (int d = 0; d < dims.size(); d++) {
      if (!dims.get(d).units().isEmpty()) {
        return d;
      }
    }
    return -1;
  }

  /**
   * The category positions of a cell, one per dimension.
   *
   * @param index the flat index
   * @return positions
   */
  public int[] coordinates(int index) {
    checkIndex(index);
    int[] c = new int[ids.length];
    for (int d = 0; d < ids.length; d++) {
      c[d] = (index / strides[d]) % sizes[d];
    }
    return c;
  }

  /**
   * The flat index of a cell from category positions.
   *
   * @param positions one position per dimension
   * @return the flat index
   * @throws JsonStatException ({@link JsonStatErrorCode#INVALID_COORDINATES}) for a wrong count or range
   */
  public int indexOfPositions(int... positions) {
    if (positions.length != ids.length) {
      throw new JsonStatException(JsonStatErrorCode.INVALID_COORDINATES, null, null, null,
          Arrays.toString(positions), JsonStatErrorCode.INVALID_COORDINATES.fragment("positions", ids.length, ids()));
    }
    int idx = 0;
    for (int d = 0; d < ids.length; d++) {
      if (positions[d] < 0 || positions[d] >= sizes[d]) {
        throw new JsonStatException(JsonStatErrorCode.INVALID_COORDINATES, null, null, null,
            Arrays.toString(positions), JsonStatErrorCode.INVALID_COORDINATES.fragment("position", d, sizes[d] - 1));
      }
      idx += positions[d] * strides[d];
    }
    return idx;
  }

  /**
   * The flat index of a cell from category codes, one per dimension in {@code id} order.
   *
   * @param codes the codes
   * @return the flat index
   * @throws JsonStatException for a wrong count or an unknown code
   */
  public int index(String... codes) {
    return indexOf(codes, false);
  }

  /**
   * The flat index of a cell from category codes by dimension id. Dimensions of size 1 may be left out.
   *
   * @param codesById dimension id → category code
   * @return the flat index
   * @throws JsonStatException for an unknown dimension or code, or a missing dimension of size &gt; 1
   */
  public int index(Map<String, String> codesById) {
    return indexBy(codesById, false);
  }

  /**
   * The flat index of a cell from category labels, one per dimension in {@code id} order (exact label match,
   * then case-insensitive).
   *
   * @param labels the labels
   * @return the flat index
   * @throws JsonStatException for a wrong count or an unknown label
   */
  public int indexByLabels(String... labels) {
    return indexOf(labels, true);
  }

  /** The flat index from one category code (or label) per dimension in {@code id} order. */
  private int indexOf(String[] keys, boolean labels) {
    if (keys.length != ids.length) {
      throw new JsonStatException(JsonStatErrorCode.INVALID_COORDINATES, null, null, null,
          Arrays.toString(keys), JsonStatErrorCode.INVALID_COORDINATES.fragment(labels ? "labels" : "codes", ids.length,
              ids()));
    }
    int idx = 0;
    for (int d = 0; d < ids.length; d++) {
      JsonStatDimension dim = dimensions.get(d);
      idx += (labels ? dim.positionByLabel(keys[d]) : dim.position(keys[d])) * strides[d];
    }
    return idx;
  }

  /**
   * The flat index of a cell from category labels by dimension id (or dimension label). Dimensions of size 1 may
   * be left out.
   *
   * @param labelsByDimension dimension id or label → category label
   * @return the flat index
   */
  public int indexByLabels(Map<String, String> labelsByDimension) {
    return indexBy(labelsByDimension, true);
  }

  private int indexBy(Map<String, String> byDimension, boolean labels) {
    int[] pos = new int[ids.length];
    Arrays.fill(pos, -1);
    for (Map.Entry<String, String> e : byDimension.entrySet()) {
      int d = dimensionIndex(e.getKey());
      if (d < 0 && labels) {
        d = Lookup.indexOf(ids.length, k -> dimensions.get(k).displayLabel(), e.getKey(), true);
      }
      JsonStatDimension dim = dimensions.get(Lookup.require(d, () -> unknownDimension(e.getKey())));
      pos[d] = labels ? dim.positionByLabel(e.getValue()) : dim.position(e.getValue());
    }
    for (int d = 0; d < ids.length; d++) {
      if (pos[d] < 0) {
        if (sizes[d] != 1) {
          throw new JsonStatException(JsonStatErrorCode.INVALID_COORDINATES, null, null, null,
              byDimension.toString(), JsonStatErrorCode.INVALID_COORDINATES.fragment("category", ids[d], sizes[d]));
        }
        pos[d] = 0;
      }
    }
    return indexOfPositions(pos);
  }

  /**
   * One cell with its coordinates.
   *
   * @param index the flat index
   * @return the cell
   */
  public JsonStatCell cell(int index) {
    int[] c = coordinates(index);
    String[] codes = new String[ids.length];
    String[] labels = new String[ids.length];
    for (int d = 0; d < ids.length; d++) {
      codes[d] = dimensions.get(d).code(c[d]);
      labels[d] = dimensions.get(d).labelAt(c[d]);
    }
    return new JsonStatCell(index, List.of(codes), List.of(labels), findValue(index), findText(index),
        findStatus(index));
  }

  /**
   * One cell by category codes, one per dimension in {@code id} order.
   *
   * @param codes the codes
   * @return the cell
   */
  public JsonStatCell cell(String... codes) {
    return cell(index(codes));
  }

  /**
   * One cell by category codes per dimension id (dimensions of size 1 may be left out).
   *
   * @param codesById dimension id → code
   * @return the cell
   */
  public JsonStatCell cell(Map<String, String> codesById) {
    return cell(index(codesById));
  }

  /** All cells in flat order (null cells included, so no status is lost). */
  public Stream<JsonStatCell> cells() {
    return IntStream.range(0, cells).mapToObj(this::cell);
  }

  /**
   * Visits every cell in flat order.
   *
   * @param action the visitor
   */
  public void forEachCell(Consumer<JsonStatCell> action) {
    for (int i = 0; i < cells; i++) {
      action.accept(cell(i));
    }
  }

  /** The numeric values in flat order, {@link Double#NaN} for null and string cells (a copy). */
  public double[] toDoubleArray() {
    double[] out = new double[cells];
    for (int i = 0; i < cells; i++) {
      out[i] = value(i);
    }
    return out;
  }

  // ---------------------------------------------------------------- slicing

  /**
   * A sub-cube with some dimensions fixed to one category each (they stay in the cube with size 1, as in the
   * JSON-stat Javascript Toolkit's {@code Slice}).
   *
   * @param fixed dimension id → category code
   * @return the slice
   * @throws JsonStatException for an unknown dimension or code
   */
  public JsonStatDataset slice(Map<String, String> fixed) {
    Map<String, List<String>> selection = new LinkedHashMap<>();
    fixed.forEach((k, v) -> selection.put(k, List.of(v)));
    return select(selection);
  }

  /**
   * A sub-cube keeping, for the named dimensions, only the listed categories (in the order given).
   *
   * @param selection dimension id → category codes to keep
   * @return the sub-cube
   * @throws JsonStatException for an unknown dimension or code
   */
  public JsonStatDataset select(Map<String, List<String>> selection) {
    int[][] keep = new int[ids.length][];
    for (int d = 0; d < ids.length; d++) {
      keep[d] = IntStream.range(0, sizes[d]).toArray();
    }
    for (Map.Entry<String, List<String>> e : selection.entrySet()) {
      int d = Lookup.require(dimensionIndex(e.getKey()), () -> unknownDimension(e.getKey()));
      keep[d] = e.getValue().stream().mapToInt(dimensions.get(d)::position).toArray();
    }
    List<JsonStatDimension> dims = new ArrayList<>();
    long n = 1;
    for (int d = 0; d < ids.length; d++) {
      dims.add(dimensions.get(d).restrict(keep[d]));
      n *= keep[d].length;
    }
    int count = (int) n;
    int[] old = new int[count];
    int[] pos = new int[ids.length];
    for (int i = 0; i < count; i++) {
      int o = 0;
      for (int d = 0; d < ids.length; d++) {
        o += keep[d][pos[d]] * strides[d];
      }
      old[i] = o;
      for (int d = ids.length - 1; d >= 0; d--) {
        if (++pos[d] < keep[d].length) {
          break;
        }
        pos[d] = 0;
      }
    }
    double[] v = new double[values.length == 0 ? 0 : count];
    long[] nb = nulls == null ? null : new long[(count + 63) >>> 6];
    String[] s = strings == null ? null : new String[count];
    for (int i = 0; i < count; i++) {
      int o = old[i];
      if (v.length > 0) {
        v[i] = values[o];
      }
      if (nb != null && (nulls[o >>> 6] & (1L << o)) != 0) {
        nb[i >>> 6] |= 1L << i;
      }
      if (s != null) {
        s[i] = strings[o];
      }
    }
    return new JsonStatDataset(meta(), dims, roles, v, nb, s, status.select(old));
  }

  /** Approximate bytes retained by the cell storage (values, null bitmap, strings array, status). */
  public long retainedCellBytes() {
    long b = 16L + 8L * values.length + status.retainedBytes();
    if (nulls != null) {
      b += 16L + 8L * nulls.length;
    }
    if (strings != null) {
      b += 16L + 4L * strings.length;
    }
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof JsonStatDataset d)) {
      return false;
    }
    if (!(version.equals(d.version) && Objects.equals(label, d.label) && Objects.equals(href, d.href)
        && Objects.equals(source, d.source) && Objects.equals(updated, d.updated) && notes.equals(d.notes)
        && links.equals(d.links) && Objects.equals(extensionJson, d.extensionJson)
        && Objects.equals(errorJson, d.errorJson) && dimensions.equals(d.dimensions) && roles.equals(d.roles)
        && cells == d.cells)) {
      return false;
    }
    for (int i = 0; i < cells; i++) {
      if (isNull(i) != d.isNull(i)
          || Double.doubleToLongBits(value(i)) != Double.doubleToLongBits(d.value(i))
          || !findText(i).equals(d.findText(i)) || !findStatus(i).equals(d.findStatus(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, dimensions, cells, nonNull);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("JsonStatDataset[");
    if (label != null) {
      sb.append('"').append(label).append("\", ");
    }
    for (int d = 0; d < ids.length; d++) {
      sb.append(d == 0 ? "" : " × ").append(ids[d]).append('(').append(sizes[d]).append(')');
    }
    return sb.append(", ").append(cells).append(" cells, ").append(nonNull).append(" non-null]").toString();
  }

  // ---------------------------------------------------------------- building and merging

  /**
   * A builder for a dataset with the given dimensions; every cell starts null.
   *
   * <pre>{@code
   * JsonStatDataset ds = JsonStatDataset.builder(List.of(region, year))
   *     .label("Sample (not real data)").role("time", List.of("Tid"))
   *     .value(0, 12.5).status(1, ":")
   *     .build();
   * }</pre>
   *
   * @param dimensions the dimensions in order
   * @return a builder
   */
  public static Builder builder(List<JsonStatDimension> dimensions) {
    return new Builder(dimensions);
  }

  /**
   * Merges datasets with the same dimension ids (in the same order) into one cube whose categories are the union
   * of the parts' categories, in first-seen order: the inverse of splitting a query into parts. Document
   * metadata comes from the first part. A cell present in several parts must agree (same value, text and status).
   *
   * @param parts the parts (at least one)
   * @return the merged dataset
   * @throws JsonStatException ({@link JsonStatErrorCode#MERGE_CONFLICT}) if two parts disagree on a cell, or
   *     ({@link JsonStatErrorCode#UNKNOWN_DIMENSION}) if their dimension ids differ
   */
  public static JsonStatDataset merge(List<JsonStatDataset> parts) {
    if (parts.isEmpty()) {
      throw new io.github.livskraft.sdg.CodedArgumentException(JsonStatErrorCode.NOTHING_TO_MERGE);
    }
    JsonStatDataset first = parts.get(0);
    if (parts.size() == 1) {
      return first;
    }
    int dims = first.ids.length;
    List<LinkedHashMap<String, int[]>> where = new ArrayList<>();
    for (int d = 0; d < dims; d++) {
      where.add(new LinkedHashMap<>());
    }
    for (int pi = 0; pi < parts.size(); pi++) {
      JsonStatDataset part = parts.get(pi);
      if (!Arrays.equals(part.ids, first.ids)) {
        throw new JsonStatException(JsonStatErrorCode.UNKNOWN_DIMENSION, null, null, null, part.ids(),
            first.ids());
      }
      for (int d = 0; d < dims; d++) {
        for (int c = 0; c < part.sizes[d]; c++) {
          where.get(d).putIfAbsent(part.dimensions.get(d).code(c), new int[] {pi, c});
        }
      }
    }
    List<JsonStatDimension> merged = new ArrayList<>();
    for (int d = 0; d < dims; d++) {
      JsonStatDimension base = first.dimensions.get(d);
      JsonStatDimension.Builder b = JsonStatDimension.builder(base.id()).label(base.label().orElse(null))
          .notes(base.notes()).links(base.links()).extensionJson(base.extensionJson().orElse(null))
          .href(base.href().orElse(null));
      for (Map.Entry<String, int[]> e : where.get(d).entrySet()) {
        JsonStatDimension src = parts.get(e.getValue()[0]).dimensions.get(d);
        int pos = e.getValue()[1];
        String code = e.getKey();
        b.category(code, src.hasExplicitLabel(pos) ? src.labelAt(pos) : null);
        src.findUnit(code).ifPresent(u -> b.unit(code, u));
        if (src.categoryNotes().containsKey(code)) {
          b.categoryNotes(code, src.categoryNotes().get(code));
        }
        if (src.coordinates().containsKey(code)) {
          b.coordinates(code, src.coordinates().get(code));
        }
      }
      base.children().forEach(b::children);
      merged.add(b.build());
    }
    Map<String, List<String>> roles = new LinkedHashMap<>(first.roles);
    Builder out = new Builder(merged);
    out.meta = first.meta();
    out.roles.putAll(roles);
    boolean[] filled = new boolean[out.values.length];
    for (JsonStatDataset part : parts) {
      int[][] map = new int[dims][];
      for (int d = 0; d < dims; d++) {
        map[d] = new int[part.sizes[d]];
        for (int c = 0; c < part.sizes[d]; c++) {
          map[d][c] = merged.get(d).position(part.dimensions.get(d).code(c));
        }
      }
      int[] pos = new int[dims];
      for (int i = 0; i < part.cells; i++) {
        int target = 0;
        for (int d = 0; d < dims; d++) {
          target += map[d][pos[d]] * out.strides[d];
        }
        Optional<String> text = part.findText(i);
        Optional<String> st = part.findStatus(i);
        boolean isNull = part.isNull(i);
        if (filled[target]) {
          boolean same = isNull == out.isNull(target)
              && Double.doubleToLongBits(part.value(i)) == Double.doubleToLongBits(out.valueAt(target))
              && text.equals(Optional.ofNullable(out.strings == null ? null : out.strings[target]))
              && st.equals(Optional.ofNullable(out.statuses.get(target)));
          if (!same) {
            throw new JsonStatException(JsonStatErrorCode.MERGE_CONFLICT, null, null, null,
                part.cell(i).codes(), out.describe(target), part.describe(i));
          }
        } else {
          filled[target] = true;
          if (text.isPresent()) {
            out.text(target, text.get());
          } else if (!isNull) {
            out.value(target, part.values[i]);
          }
          if (st.isPresent()) {
            out.status(target, st.get());
          }
        }
        for (int d = dims - 1; d >= 0; d--) {
          if (++pos[d] < part.sizes[d]) {
            break;
          }
          pos[d] = 0;
        }
      }
    }
    return out.build();
  }

  private String describe(int index) {
    return findText(index).map(t -> "\"" + t + "\"").orElse(isNull(index) ? "null" : String.valueOf(value(index)))
        + findStatus(index).map(s -> " (status " + s + ")").orElse("");
  }

  /** Builds a dataset cell by cell; see {@link JsonStatDataset#builder(List)}. Not thread-safe. */
  public static final class Builder {
    private final List<JsonStatDimension> dimensions;
    private final int[] strides;
    private final double[] values;
    private final long[] nulls;
    private @Nullable String @Nullable [] strings;
    private final Map<Integer, String> statuses = new java.util.TreeMap<>();
    private final Map<String, List<String>> roles = new LinkedHashMap<>();
    private Meta meta = new Meta();

    private Builder(List<JsonStatDimension> dimensions) {
      this.dimensions = List.copyOf(dimensions);
      this.strides = new int[dimensions.size()];
      long n = 1;
      for (int d = dimensions.size() - 1; d >= 0; d--) {
        strides[d] = (int) n;
        n *= dimensions.get(d).size();
        if (n > Integer.MAX_VALUE - 8) {
          throw new JsonStatException(JsonStatErrorCode.INVALID_SIZE, null, null, null, n, Integer.MAX_VALUE - 8);
        }
      }
      this.values = new double[(int) n];
      this.nulls = new long[((int) n + 63) >>> 6];
      for (int i = 0; i < n; i++) {
        nulls[i >>> 6] |= 1L << i;
      }
    }

    private boolean isNull(int i) {
      return (nulls[i >>> 6] & (1L << i)) != 0;
    }

    private double valueAt(int i) {
      return isNull(i) || (strings != null && strings[i] != null) ? Double.NaN : values[i];
    }

    private String describe(int i) {
      String v = strings != null && strings[i] != null ? "\"" + strings[i] + "\""
          : isNull(i) ? "null" : String.valueOf(values[i]);
      return statuses.containsKey(i) ? v + " (status " + statuses.get(i) + ")" : v;
    }

    private void check(int index) {
      if (index < 0 || index >= values.length) {
        throw new JsonStatException(JsonStatErrorCode.INDEX_OUT_OF_RANGE, null, null, null, index,
            values.length - 1);
      }
    }

    /**
     * The flat index of a cell from its codes (one per dimension, in order).
     *
     * @param codes the codes
     * @return the index
     */
    public int index(String... codes) {
      if (codes.length != dimensions.size()) {
        throw new JsonStatException(JsonStatErrorCode.INVALID_COORDINATES, null, null, null,
            Arrays.toString(codes), JsonStatErrorCode.INVALID_COORDINATES.fragment("count", dimensions.size()));
      }
      int idx = 0;
      for (int d = 0; d < codes.length; d++) {
        idx += dimensions.get(d).position(codes[d]) * strides[d];
      }
      return idx;
    }

    /**
     * Sets a numeric value.
     *
     * @param index the flat index
     * @param value the value
     * @return this
     */
    public Builder value(int index, double value) {
      check(index);
      values[index] = value;
      nulls[index >>> 6] &= ~(1L << index);
      if (strings != null) {
        strings[index] = null;
      }
      return this;
    }

    /**
     * Sets a string value.
     *
     * @param index the flat index
     * @param text the string
     * @return this
     */
    public Builder text(int index, String text) {
      check(index);
      if (strings == null) {
        strings = new String[values.length];
      }
      strings[index] = Objects.requireNonNull(text, "text");
      nulls[index >>> 6] &= ~(1L << index);
      return this;
    }

    /**
     * Sets a cell's status.
     *
     * @param index the flat index
     * @param status the status symbol
     * @return this
     */
    public Builder status(int index, String status) {
      check(index);
      statuses.put(index, Objects.requireNonNull(status, "status"));
      return this;
    }

    /**
     * Sets the label.
     *
     * @param label the label
     * @return this
     */
    public Builder label(@Nullable String label) {
      meta.label = label;
      return this;
    }

    /**
     * Sets the source.
     *
     * @param source the source, e.g. "Statistisk sentralbyrå"
     * @return this
     */
    public Builder source(@Nullable String source) {
      meta.source = source;
      return this;
    }

    /**
     * Sets the raw {@code updated} string.
     *
     * @param updated e.g. "2026-03-16T07:00:00Z"
     * @return this
     */
    public Builder updated(@Nullable String updated) {
      meta.updated = updated;
      return this;
    }

    /**
     * Sets the href.
     *
     * @param href the href
     * @return this
     */
    public Builder href(@Nullable String href) {
      meta.href = href;
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes the notes
     * @return this
     */
    public Builder notes(List<String> notes) {
      meta.notes = List.copyOf(notes);
      return this;
    }

    /**
     * Sets the links.
     *
     * @param links the links
     * @return this
     */
    public Builder links(List<JsonStatLink> links) {
      meta.links = List.copyOf(links);
      return this;
    }

    /**
     * Sets the extension.
     *
     * @param extensionJson compact JSON, or null
     * @return this
     */
    public Builder extensionJson(@Nullable String extensionJson) {
      meta.extensionJson = extensionJson;
      return this;
    }

    /**
     * Sets a role.
     *
     * @param role e.g. {@code time}
     * @param dimensionIds the dimension ids with that role
     * @return this
     */
    public Builder role(String role, List<String> dimensionIds) {
      roles.put(role, List.copyOf(dimensionIds));
      return this;
    }

    /**
     * Builds the dataset (the builder's arrays are copied, so it may be reused).
     *
     * @return the dataset
     */
    public JsonStatDataset build() {
      StatusStore.Collector c = new StatusStore.Collector();
      statuses.forEach(c::put);
      boolean anyNull = false;
      for (long w : nulls) {
        anyNull |= w != 0;
      }
      return new JsonStatDataset(meta, dimensions, roles, values.clone(), anyNull ? nulls.clone() : null,
          strings == null ? null : strings.clone(), c.build(values.length));
    }
  }
}
