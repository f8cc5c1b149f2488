package io.github.livskraft.indicators.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A streaming RFC 4180 record reader over jackson-dataformat-csv's {@link CsvParser} (quoted fields, doubled
 * quotes, CRLF or LF, comma or semicolon). Writers quote with sdg-core's {@code SafeText.csvField}.
 *
 * <p>The reader holds one record at a time and checks its limits before a field, a record or more input is kept:
 * <ul>
 *   <li>{@code maxChars}: a limiting {@link Reader} under the parser counts every character it hands on and
 *     refuses the first one over the limit, so the parser never buffers more than the limit;</li>
 *   <li>{@code maxFieldLength}: Jackson's {@link StreamReadConstraints#getMaxStringLength()}, which the CSV parser
 *     checks while a field's text grows (at every buffer segment and when the field ends), before the field is
 *     made a {@code String}; the {@link StreamConstraintsException} becomes {@link Problem#FIELD_TOO_LONG};</li>
 *   <li>{@code maxColumns}: counted here, before a field is added to its record.</li>
 * </ul>
 * A field Jackson refuses (a quoted field without its closing quote, or with text after it) is told apart by
 * whether the input had ended, never by Jackson's wording.
 */
public final class Csv {
  private Csv() {}

  /**
   * One parsed record with the line it started on.
   *
   * @param line the 1-based line number
   * @param fields the fields
   */
  public record Row(int line, List<String> fields) {}

  /** What the reader found wrong or too large; the caller turns it into its module's typed error. */
  public enum Problem {
    /** More characters than {@code maxChars}; argument: the limit. */
    TOO_MANY_CHARS,
    /** A field longer than {@code maxFieldLength}; arguments: column, limit. */
    FIELD_TOO_LONG,
    /** More fields in one record than {@code maxColumns}; argument: the limit. */
    TOO_MANY_COLUMNS,
    /** The input ends inside a quoted field; no arguments. */
    UNTERMINATED_QUOTE,
    /** Something other than the separator or a line end after a closing quote; no arguments. */
    TEXT_AFTER_QUOTE
  }

  /** Receives a problem with the line it was on and returns the exception to throw. */
  @FunctionalInterface
  public interface Failure {
    /**
     * Makes the exception for a problem.
     *
     * @param problem what went wrong
     * @param line the 1-based line where it was found
     * @param args the problem's arguments
     * @return the exception to throw
     */
    RuntimeException at(Problem problem, int line, Object... args);
  }

  /**
   * Opens a streaming record reader.
   *
   * @param reader the input (not closed)
   * @param maxChars the most characters to read (a UTF-8 byte limit is also a character limit)
   * @param maxFieldLength the most characters in one field
   * @param maxColumns the most fields in one record
   * @param failure makes the exception for a problem
   * @return the record reader
   */
  public static Records records(Reader reader, long maxChars, int maxFieldLength, int maxColumns,
      Failure failure) {
    return new Records(reader, maxChars, maxFieldLength, maxColumns, failure);
  }

  /**
   * Reads records one at a time; the separator is detected from the first line (semicolon if it has more
   * semicolons than commas). A leading byte order mark is skipped, blank lines are skipped.
   */
  public static final class Records {
    /** How much of the first line decides the separator. */
    private static final int FIRST_LINE = 16 * 1024;

    private final Reader in;
    private final int maxFieldLength;
    private final int maxColumns;
    private final Failure failure;
    private char separator;
    private @Nullable JsonParser parser;
    private boolean inputEnded;
    private int nextLine = 1;

    private Records(Reader in, long maxChars, int maxFieldLength, int maxColumns, Failure failure) {
      this.failure = Objects.requireNonNull(failure, "failure");
      this.in = new Limited(Objects.requireNonNull(in, "in"), maxChars, failure);
      this.maxFieldLength = maxFieldLength;
      this.maxColumns = maxColumns;
    }

    /**
     * The separator of the input, detected from the first line.
     *
     * @return {@code ,} or {@code ;}
     * @throws IOException on read errors
     */
    public char separator() throws IOException {
      if (separator == 0) {
        detect();
      }
      return separator;
    }

    private void detect() throws IOException {
      char[] first = new char[FIRST_LINE];
      int len = 0;
      while (len < first.length) {
        int n = in.read(first, len, first.length - len);
        if (n < 0) {
          break;
        }
        int from = len;
        len += n;
        if (indexOf(first, from, len, '\n') >= 0) {
          break;
        }
      }
      // the first line, or as much of it as 16 K characters hold, decides
      int start = len > 0 && first[0] == '\uFEFF' ? 1 : 0;
      int semis = 0;
      int commas = 0;
      for (int i = start; i < len && first[i] != '\n'; i++) {
        if (first[i] == ';') {
          semis++;
        } else if (first[i] == ',') {
          commas++;
        }
      }
      separator = semis > commas ? ';' : ',';
      CsvFactory factory = CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxFieldLength).build())
          .build();
      CsvParser p = (CsvParser) factory.createParser(new EndSeen(first, start, len, in));
      p.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
      parser = p;
    }

    private static int indexOf(char[] a, int from, int to, char c) {
      for (int i = from; i < to; i++) {
        if (a[i] == c) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The next non-blank record, or {@code null} at the end of the input.
     *
     * @return the record or null
     * @throws IOException on read errors
     */
    public @Nullable Row next() throws IOException {
      separator();
      JsonParser p = Objects.requireNonNull(parser);
      List<String> fields = new ArrayList<>();
      int rowLine = nextLine;
      try {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING) {
            if (fields.isEmpty()) {
              rowLine = p.currentTokenLocation().getLineNr();
            }
            if (fields.size() >= maxColumns) {
              throw failure.at(Problem.TOO_MANY_COLUMNS, rowLine, maxColumns);
            }
            fields.add(p.getText());
          } else if (t == JsonToken.END_ARRAY) {
            nextLine = p.currentLocation().getLineNr() + 1;
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
              fields.clear(); // a blank line (or one holding only ""): no record
              continue;
            }
            return new Row(rowLine, List.copyOf(fields));
          }
        }
        return null;
      } catch (StreamConstraintsException e) {
        int line = fields.isEmpty() ? e.getLocation().getLineNr() : rowLine;
        throw failure.at(Problem.FIELD_TOO_LONG, line, fields.size() + 1, maxFieldLength);
      } catch (JsonProcessingException e) {
        int line = fields.isEmpty() ? e.getLocation().getLineNr() : rowLine;
        throw failure.at(inputEnded ? Problem.UNTERMINATED_QUOTE : Problem.TEXT_AFTER_QUOTE, line);
      }
    }

    /**
     * The characters already read to find the separator, then the rest of the input, asked for only when the
     * parser needs more; tells the records whether the parser has seen the end of the input.
     */
    private final class EndSeen extends FilterReader {
      private final char[] first;
      private int at;
      private final int end;

      EndSeen(char[] first, int from, int to, Reader in) {
        super(in);
        this.first = first;
        this.at = from;
        this.end = to;
      }

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (at < end) {
          int n = Math.min(len, end - at);
          System.arraycopy(first, at, cbuf, off, n);
          at += n;
          return n;
        }
        int n = super.read(cbuf, off, len);
        if (n < 0) {
          inputEnded = true;
        }
        return n;
      }
    }
  }

  /** Hands on at most {@code max} characters; the first one over the limit is refused with the line it is on. */
  private static final class Limited extends FilterReader {
    private final long max;
    private final Failure failure;
    private long count;
    private int line = 1;

    Limited(Reader in, long max, Failure failure) {
      super(in);
      this.max = max;
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      for (int i = 0; i < n; i++) {
        if (++count > max) {
          throw failure.at(Problem.TOO_MANY_CHARS, line, max);
        }
        if (cbuf[off + i] == '\n') {
          line++;
        }
      }
      return n;
    }
  }
}
