package io.github.livskraft.jsonstat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One dimension of a JSON-stat cube (dimensjon): its id, label and categories in {@code index} order, with their
 * labels, units, child hierarchy, notes and coordinates, plus the dimension's own notes, links and extension.
 * Immutable.
 *
 * <pre>{@code
 * JsonStatDimension region = dataset.dimension("KOKkommuneregion0000");
 * region.codes();                 // [EAK, EAKUO, 3001, EKG16, EKG17]
 * region.categoryLabel("3001");   // "Halden"
 * region.position("3001");        // 2
 * }</pre>
 */
public final class JsonStatDimension {
  private final String id;
  private final @Nullable String label;
  private final String[] codes;
  private final @Nullable String[] labels;
  private final Map<String, Integer> positions;
  private final Map<String, JsonStatUnit> units;
  private final Map<String, List<String>> children;
  private final Map<String, List<String>> categoryNotes;
  private final Map<String, List<Double>> coordinates;
  private final List<String> notes;
  private final List<JsonStatLink> links;
  private final @Nullable String extensionJson;
  private final @Nullable String href;

  private JsonStatDimension(Builder b) {
    this.id = b.id;
    this.label = b.label;
    this.codes = b.codes.toArray(String[]::new);
    this.labels = new String[codes.length];
    Map<String, Integer> pos = new HashMap<>(Math.max(4, codes.length * 2));
    for (int i = 0; i < codes.length; i++) {
      if (pos.put(codes[i], i) != null) {
        throw new JsonStatException(JsonStatErrorCode.DUPLICATE_ID, null, null, null, codes[i]);
      }
      labels[i] = b.labels.get(codes[i]);
    }
    this.positions = Collections.unmodifiableMap(pos);
    this.units = Collections.unmodifiableMap(new LinkedHashMap<>(b.units));
    Map<String, List<String>> ch = new LinkedHashMap<>();
    b.children.forEach((k, v) -> ch.put(k, List.copyOf(v)));
    this.children = Collections.unmodifiableMap(ch);
    Map<String, List<String>> cn = new LinkedHashMap<>();
    b.categoryNotes.forEach((k, v) -> cn.put(k, List.copyOf(v)));
    this.categoryNotes = Collections.unmodifiableMap(cn);
    Map<String, List<Double>> co = new LinkedHashMap<>();
    b.coordinates.forEach((k, v) -> co.put(k, List.copyOf(v)));
    this.coordinates = Collections.unmodifiableMap(co);
    this.notes = List.copyOf(b.notes);
    this.links = List.copyOf(b.links);
    this.extensionJson = b.extensionJson;
    this.href = b.href;
  }

  /**
   * A builder for a dimension (for writing cubes or tests).
   *
   * @param id the dimension id ({@code ""} for a stand-alone dimension document)
   * @return a new builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * A dimension with the given categories and labels.
   *
   * @param id the id
   * @param label the dimension label
   * @param codes the category codes in index order
   * @param labels labels by code (codes without one use the code as label)
   * @return the dimension
   */
  public static JsonStatDimension of(String id, String label, List<String> codes, Map<String, String> labels) {
    Builder b = builder(id).label(label);
    codes.forEach(c -> b.category(c, labels.get(c)));
    return b.build();
  }

  /** The dimension id, e.g. {@code Tid}; empty for a stand-alone dimension document. */
  public String id() {
    return id;
  }

  /** The dimension label, e.g. "år". */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** The label, or the id when the document gives none. */
  public String displayLabel() {
    return label != null ? label : id;
  }

  /** The number of categories. */
  public int size() {
    return codes.length;
  }

  /** The category codes in {@code index} order. */
  public List<String> codes() {
    return List.of(codes);
  }

  /**
   * The category code at a position.
   *
   * @param position 0 … size−1
   * @return the code
   * @throws JsonStatException if the position is out of range
   */
  public String code(int position) {
    if (position < 0 || position >= codes.length) {
      throw new JsonStatException(JsonStatErrorCode.INDEX_OUT_OF_RANGE, null, null, null, position,
          codes.length - 1);
    }
    return codes[position];
  }

  /** The category labels in {@code index} order (the code where the document gives no label). */
  public List<String> labels() {
    List<String> out = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      out.add(labelAt(i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The label of the category at a position (the code when the document gives no label).
   *
   * @param position the position
   * @return the label
   */
  public String labelAt(int position) {
    String l = labels[position];
    return l != null ? l : codes[position];
  }

  /**
   * The label of a category (the code when the document gives none).
   *
   * @param code the category code
   * @return the label
   * @throws JsonStatException if the code is unknown
   */
  public String categoryLabel(String code) {
    return labelAt(position(code));
  }

  /** Whether a category has an explicit label in the document. */
  boolean hasExplicitLabel(int position) {
    return labels[position] != null;
  }

  /** Whether any category has an explicit label. */
  boolean hasExplicitLabels() {
    for (String l : labels) {
      if (l != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position of a category code.
   *
   * @param code the category code
   * @return the position, if the code exists
   */
  public OptionalInt findPosition(String code) {
    Integer p = positions.get(code);
    return p == null ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /**
   * The position of a category code.
   *
   * @param code the category code
   * @return the position
   * @throws JsonStatException ({@link JsonStatErrorCode#UNKNOWN_CATEGORY}) if the code is unknown
   */
  public int position(String code) {
    Integer p = positions.get(code);
    return Lookup.require(p == null ? -1 : p, () -> unknownCategory(code, codes));
  }

  /**
   * The position of the first category with this label (exact match, then case-insensitive).
   *
   * @param label the label
   * @return the position, if a category has this label
   */
  public OptionalInt findPositionByLabel(String label) {
    int p = Lookup.indexOf(codes.length, this::labelAt, label, true);
    return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /**
   * The position of the first category with this label.
   *
   * @param label the label
   * @return the position
   * @throws JsonStatException ({@link JsonStatErrorCode#UNKNOWN_CATEGORY}) if no category has this label
   */
  public int positionByLabel(String label) {
    return Lookup.require(Lookup.indexOf(codes.length, this::labelAt, label, true),
        () -> unknownCategory(label, labels().toArray(String[]::new)));
  }

  private JsonStatException unknownCategory(String key, String[] candidates) {
    return new JsonStatException(JsonStatErrorCode.UNKNOWN_CATEGORY, null, null, null, key, id, abbreviate(candidates));
  }

  /** Units by category code ({@code category.unit}); empty for non-metric dimensions. */
  public Map<String, JsonStatUnit> units() {
    return units;
  }

  /**
   * The unit of a category.
   *
   * @param code the category code
   * @return the unit, if the document gives one
   */
  public Optional<JsonStatUnit> findUnit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  /** The child hierarchy ({@code category.child}): parent code → child codes. */
  public Map<String, List<String>> children() {
    return children;
  }

  /** Category notes ({@code category.note}): code → notes. */
  public Map<String, List<String>> categoryNotes() {
    return categoryNotes;
  }

  /** Category coordinates ({@code category.coordinates}): code → [longitude, latitude]. */
  public Map<String, List<Double>> coordinates() {
    return coordinates;
  }

  /** The dimension's {@code note} entries. */
  public List<String> notes() {
    return notes;
  }

  /** The dimension's {@code link} entries (e.g. SSB {@code describedby} with a KLASS URN). */
  public List<JsonStatLink> links() {
    return links;
  }

  /** The dimension's {@code extension} as compact JSON (e.g. SSB's elimination, refperiod, codelists). */
  public Optional<String> extensionJson() {
    return Optional.ofNullable(extensionJson);
  }

  /** The dimension's {@code href}. */
  public Optional<String> href() {
    return Optional.ofNullable(href);
  }

  String[] codesArray() {
    return codes;
  }

  /** A copy of this dimension reduced to the categories at the given positions (in that order). */
  JsonStatDimension restrict(int[] keep) {
    Builder b = builder(id).label(label).notes(notes).links(links).extensionJson(extensionJson).href(href);
    for (int p : keep) {
      String c = codes[p];
      b.category(c, labels[p]);
      if (units.containsKey(c)) {
        b.unit(c, units.get(c));
      }
      if (categoryNotes.containsKey(c)) {
        b.categoryNotes(c, categoryNotes.get(c));
      }
      if (coordinates.containsKey(c)) {
        b.coordinates(c, coordinates.get(c));
      }
    }
    return b.build();
  }

  static Object abbreviate(String[] values) {
    int n = Math.min(values.length, 10);
    String head = String.join(", ", Arrays.copyOf(values, n));
    return values.length > n ? JsonStatErrorCode.UNKNOWN_CATEGORY.fragment("first-ten", head, values.length)
        : "[" + head + "]";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JsonStatDimension d && id.equals(d.id) && Objects.equals(label, d.label)
        && Arrays.equals(codes, d.codes) && labels().equals(d.labels()) && units.equals(d.units)
        && children.equals(d.children) && categoryNotes.equals(d.categoryNotes)
        && coordinates.equals(d.coordinates) && notes.equals(d.notes) && links.equals(d.links)
        && Objects.equals(extensionJson, d.extensionJson) && Objects.equals(href, d.href);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, label, Arrays.hashCode(codes), units);
  }

  @Override
  public String toString() {
    return "JsonStatDimension[" + id + ", " + codes.length + " categories]";
  }

  /** Collects a dimension's parts; {@link #build()} checks that category codes are unique. */
  public static final class Builder {
    private final String id;
    private @Nullable String label;
    private final List<String> codes = new ArrayList<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, JsonStatUnit> units = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, List<String>> categoryNotes = new LinkedHashMap<>();
    private final Map<String, List<Double>> coordinates = new LinkedHashMap<>();
    private List<String> notes = List.of();
    private List<JsonStatLink> links = List.of();
    private @Nullable String extensionJson;
    private @Nullable String href;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * Sets the label.
     *
     * @param label the label or null
     * @return this
     */
    public Builder label(@Nullable String label) {
      this.label = label;
      return this;
    }

    /**
     * Appends a category.
     *
     * @param code the code
     * @param label its label, or null to let the code double as label
     * @return this
     */
    public Builder category(String code, @Nullable String label) {
      codes.add(Objects.requireNonNull(code, "code"));
      if (label != null) {
        labels.put(code, label);
      }
      return this;
    }

    /**
     * Sets a category's unit.
     *
     * @param code the code
     * @param unit the unit
     * @return this
     */
    public Builder unit(String code, JsonStatUnit unit) {
      units.put(code, unit);
      return this;
    }

    /**
     * Sets a category's children.
     *
     * @param code the parent code
     * @param childCodes the children
     * @return this
     */
    public Builder children(String code, List<String> childCodes) {
      children.put(code, childCodes);
      return this;
    }

    /**
     * Sets a category's notes.
     *
     * @param code the code
     * @param categoryNotes the notes
     * @return this
     */
    public Builder categoryNotes(String code, List<String> categoryNotes) {
      this.categoryNotes.put(code, categoryNotes);
      return this;
    }

    /**
     * Sets a category's coordinates.
     *
     * @param code the code
     * @param lonLat longitude and latitude
     * @return this
     */
    public Builder coordinates(String code, List<Double> lonLat) {
      coordinates.put(code, lonLat);
      return this;
    }

    /**
     * Sets the dimension notes.
     *
     * @param notes the notes
     * @return this
     */
    public Builder notes(List<String> notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets the dimension links.
     *
     * @param links the links
     * @return this
     */
    public Builder links(List<JsonStatLink> links) {
      this.links = links;
      return this;
    }

    /**
     * Sets the extension.
     *
     * @param extensionJson compact JSON or null
     * @return this
     */
    public Builder extensionJson(@Nullable String extensionJson) {
      this.extensionJson = extensionJson;
      return this;
    }

    /**
     * Sets the href.
     *
     * @param href the href or null
     * @return this
     */
    public Builder href(@Nullable String href) {
      this.href = href;
      return this;
    }

    /**
     * Builds the dimension.
     *
     * @return the dimension
     * @throws JsonStatException if a category code occurs twice
     */
    public JsonStatDimension build() {
      return new JsonStatDimension(this);
    }
  }
}
