package io.github.livskraft.indicators.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A small streaming RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF, comma or semicolon) and field
 * quoting for writers. The reader holds one record at a time and checks its limits while it reads, before a field,
 * a record or more input is kept.
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
    UNTERMINATED_QUOTE
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
    private final Reader in;
    private final long maxChars;
    private final int maxFieldLength;
    private final int maxColumns;
    private final Failure failure;
    private final char[] buf = new char[16 * 1024];
    private int pos;
    private int len;
    private long consumed;
    private boolean eof;
    private char separator;
    private int line = 1;
    private final StringBuilder field = new StringBuilder();

    private Records(Reader in, long maxChars, int maxFieldLength, int maxColumns, Failure failure) {
      this.in = Objects.requireNonNull(in, "in");
      this.maxChars = maxChars;
      this.maxFieldLength = maxFieldLength;
      this.maxColumns = maxColumns;
      this.failure = Objects.requireNonNull(failure, "failure");
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
      fill();
      if (len > 0 && buf[0] == '\uFEFF') {
        pos = 1;
      }
      // the first line, or as much of it as the buffer holds, decides
      int semis = 0;
      int commas = 0;
      for (int i = pos; i < len && buf[i] != '\n'; i++) {
        if (buf[i] == ';') {
          semis++;
        } else if (buf[i] == ',') {
          commas++;
        }
      }
      separator = semis > commas ? ';' : ',';
    }

    /** Reads more input into the buffer, keeping unread characters; sets {@code eof} at the end. */
    private void fill() throws IOException {
      if (eof) {
        return;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        pos = 0;
      }
      while (len < buf.length) {
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          eof = true;
          return;
        }
        consumed += n;
        if (consumed > maxChars) {
          throw failure.at(Problem.TOO_MANY_CHARS, line, maxChars);
        }
        len += n;
        if (n > 0) {
          return;
        }
      }
    }

    private int read() throws IOException {
      if (pos >= len) {
        fill();
        if (pos >= len) {
          return -1;
        }
      }
      return buf[pos++];
    }

    private int peek() throws IOException {
      if (pos >= len) {
        fill();
        if (pos >= len) {
          return -1;
        }
      }
      return buf[pos];
    }

    /**
     * The next non-blank record, or {@code null} at the end of the input.
     *
     * @return the record or null
     * @throws IOException on read errors
     */
    public @Nullable Row next() throws IOException {
      char sep = separator();
      while (true) {
        int rowLine = line;
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean quoted = false;
        boolean fieldStarted = false;
        int c = read();
        if (c < 0) {
          return null;
        }
        while (true) {
          if (c < 0) {
            if (quoted) {
              throw failure.at(Problem.UNTERMINATED_QUOTE, rowLine);
            }
            break;
          }
          if (quoted) {
            if (c == '"') {
              if (peek() == '"') {
                read();
                append('"', fields.size(), rowLine);
              } else {
                quoted = false;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              append((char) c, fields.size(), rowLine);
            }
          } else if (c == '"' && field.length() == 0 && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
          } else if (c == sep) {
            endField(fields, rowLine);
            fieldStarted = false;
          } else if (c == '\n') {
            line++;
            break;
          } else if (c != '\r') {
            append((char) c, fields.size(), rowLine);
            fieldStarted = true;
          }
          c = read();
        }
        if (fields.isEmpty() && field.length() == 0) {
          if (c < 0) {
            return null;
          }
          continue; // a blank line
        }
        endField(fields, rowLine);
        return new Row(rowLine, fields);
      }
    }

    private void append(char c, int column, int rowLine) {
      if (field.length() >= maxFieldLength) {
        throw failure.at(Problem.FIELD_TOO_LONG, rowLine, column + 1, maxFieldLength);
      }
      field.append(c);
    }

    private void endField(List<String> fields, int rowLine) {
      if (fields.size() >= maxColumns) {
        throw failure.at(Problem.TOO_MANY_COLUMNS, rowLine, maxColumns);
      }
      fields.add(field.toString());
      field.setLength(0);
    }
  }

  /**
   * Quotes a field if needed.
   *
   * @param s the text
   * @return the CSV field
   */
  public static String field(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || s.indexOf(';') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
