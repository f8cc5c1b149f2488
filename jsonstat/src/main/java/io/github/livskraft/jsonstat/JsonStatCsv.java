package io.github.livskraft.jsonstat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import io.github.livskraft.sdg.internal.output.SafeText;
import java.util.Optional;

/**
 * Tidy (long) CSV export of a dataset: one row per cell with, for every dimension, the category code and label,
 * then {@code value} and {@code status}. Null cells are kept by default (their status is often the point:
 * {@code ":"} suppressed, {@code "."} not applicable). Fields are quoted per RFC 4180 when needed; numbers are
 * written in plain notation with {@code .} as decimal separator. Immutable and thread-safe.
 *
 * <p>Text cells (codes, labels, text values, status) that begin with {@code = + - @}, a tab or CR are prefixed
 * with a single quote, as OWASP recommends against spreadsheet formula injection; numbers are written as numbers
 * and never touched. Machine pipelines that need the raw text use {@link Builder#neutraliseFormulas(boolean)
 * neutraliseFormulas(false)}.
 *
 * <pre>{@code
 * JsonStatCsv.create().write(dataset, writer);
 * // KOKkommuneregion0000,KOKkommuneregion0000_label,…,Tid,Tid_label,value,status
 * // EAK,Landet,…,2016,2016,1943974,
 * }</pre>
 */
public final class JsonStatCsv {
  private static final JsonStatCsv DEFAULTS = new Builder().build();

  private final char delimiter;
  private final boolean labels;
  private final boolean skipNullCells;
  private final boolean header;
  private final boolean neutraliseFormulas;

  private JsonStatCsv(Builder b) {
    this.neutraliseFormulas = b.neutraliseFormulas;
    this.delimiter = b.delimiter;
    this.labels = b.labels;
    this.skipNullCells = b.skipNullCells;
    this.header = b.header;
  }

  /** Comma-separated, with header, codes and labels, null cells kept. */
  public static JsonStatCsv create() {
    return DEFAULTS;
  }

  /** A builder for other options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The header columns for a dataset.
   *
   * @param ds the dataset
   * @return the column names
   */
  public java.util.List<String> columns(JsonStatDataset ds) {
    java.util.List<String> cols = new java.util.ArrayList<>();
    for (String id : ds.ids()) {
      cols.add(id);
      if (labels) {
        cols.add(id + "_label");
      }
    }
    cols.add("value");
    cols.add("status");
    return cols;
  }

  /**
   * Writes the CSV.
   *
   * @param ds the dataset
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(JsonStatDataset ds, Appendable out) {
    try {
      if (header) {
        boolean first = true;
        for (String c : columns(ds)) {
          if (!first) {
            out.append(delimiter);
          }
          field(out, c);
          first = false;
        }
        out.append("\r\n");
      }
      int n = ds.cellCount();
      int dims = ds.dimensions().size();
      int[] sizes = ds.sizes();
      int[] pos = new int[dims];
      for (int i = 0; i < n; i++) {
        if (!(skipNullCells && ds.isNull(i) && ds.findStatus(i).isEmpty())) {
          for (int d = 0; d < dims; d++) {
            JsonStatDimension dim = ds.dimensions().get(d);
            if (d > 0) {
              out.append(delimiter);
            }
            field(out, dim.code(pos[d]));
            if (labels) {
              out.append(delimiter);
              field(out, dim.labelAt(pos[d]));
            }
          }
          out.append(delimiter);
          Optional<String> text = ds.findText(i);
          if (text.isPresent()) {
            field(out, text.get());
          } else if (!ds.isNull(i)) {
            out.append(format(ds.value(i)));
          }
          out.append(delimiter);
          Optional<String> status = ds.findStatus(i);
          if (status.isPresent()) {
            field(out, status.get());
          }
          out.append("\r\n");
        }
        for (int d = dims - 1; d >= 0; d--) {
          if (++pos[d] < sizes[d]) {
            break;
          }
          pos[d] = 0;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The CSV as a string.
   *
   * @param ds the dataset
   * @return the CSV text
   */
  public String toCsv(JsonStatDataset ds) {
    StringBuilder sb = new StringBuilder();
    write(ds, sb);
    return sb.toString();
  }

  /**
   * Plain-notation text of a number: whole numbers without a fraction, others in the shortest form that reads
   * back to the same double, never in exponent notation.
   *
   * @param v the value
   * @return the text
   */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private void field(Appendable out, String s) throws IOException {
    out.append(SafeText.csvField(s, delimiter, neutraliseFormulas));
  }

  /** Options for a {@link JsonStatCsv}. */
  public static final class Builder {
    private char delimiter = ',';
    private boolean labels = true;
    private boolean skipNullCells;
    private boolean header = true;
    private boolean neutraliseFormulas = true;

    private Builder() {}

    /**
     * Whether text cells that a spreadsheet would run as a formula ({@code = + - @}, tab, CR first) get a
     * {@code '} prefix (default true, as OWASP recommends). Switch off only for machine pipelines that never
     * open the file in a spreadsheet.
     *
     * @param neutralise false for the raw text
     * @return this
     */
    public Builder neutraliseFormulas(boolean neutralise) {
      this.neutraliseFormulas = neutralise;
      return this;
    }

    /**
     * The field delimiter (default {@code ,}; {@code ;} suits Norwegian spreadsheets).
     *
     * @param delimiter the delimiter
     * @return this
     */
    public Builder delimiter(char delimiter) {
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Whether to add a {@code <id>_label} column after each code column (default true).
     *
     * @param labels true for labels
     * @return this
     */
    public Builder labels(boolean labels) {
      this.labels = labels;
      return this;
    }

    /**
     * Whether to leave out cells that have neither a value nor a status (default false).
     *
     * @param skip true to skip them
     * @return this
     */
    public Builder skipNullCells(boolean skip) {
      this.skipNullCells = skip;
      return this;
    }

    /**
     * Whether to write a header row (default true).
     *
     * @param header true for a header
     * @return this
     */
    public Builder header(boolean header) {
      this.header = header;
      return this;
    }

    /** Builds the exporter. */
    public JsonStatCsv build() {
      return new JsonStatCsv(this);
    }
  }
}
