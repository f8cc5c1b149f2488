package io.github.livskraft.sdg.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a catalogue CSV file into records with jackson-dataformat-csv's streaming parser (no data binding), and
 * holds it to the strict RFC 4180 shape the catalogue requires.
 *
 * <p>Jackson does the tokenising, the unquoting of {@code ""} and the line counting. It is more lenient than the
 * catalogue in four places, which are checked here against the text, from the start offset of each field that
 * Jackson reports: a {@code "} inside an unquoted field, white space after a closing quote, a bare carriage return
 * as a line end, and an empty line (a record of one empty field). Where Jackson itself refuses the text (a
 * character after a closing quote, a quoted field without its closing quote) the fault is located in the text by
 * the same offsets, never by Jackson's wording: every problem becomes a {@link CsvFormatException} with a key of
 * sdg-core's bundle ({@code SDG-0005.csv.*}), the file and the line.
 *
 * <p>Loaded only when a catalogue is read from CSV ({@code SdgCatalogue.load(dir)} and the build's
 * {@link CompactEdition}); the bundled catalogue's first load reads the compact form and never touches Jackson.
 */
final class CsvRecords {
  /** Jackson's factory: immutable and thread-safe once built. */
  private static final CsvFactory FACTORY = new CsvFactory();

  private CsvRecords() {}

  /** One field as Jackson read it: where it starts in the text, its value, and the line it starts on. */
  private record Field(int start, String value, int line) {
    boolean quoted(String t) {
      return start < t.length() && t.charAt(start) == '"';
    }

    /** Where the field's text ends (after the closing quote if quoted). */
    int end(String t) {
      if (!quoted(t)) {
        return start + value.length();
      }
      int quotes = 0;
      for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', i + 1)) {
        quotes++;
      }
      return start + 2 + value.length() + quotes;
    }
  }

  /**
   * Splits a file into records.
   *
   * @param file the file name, for messages
   * @param text the whole file content (a leading byte order mark is skipped)
   * @param lines receives the 1-based line each record starts on
   * @return the records, the header first
   * @throws CsvFormatException on malformed quoting, line ends or empty lines
   */
  static List<List<String>> split(String file, String text, List<Integer> lines) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    Field previous = null;
    boolean newRecord = false;
    try (JsonParser p = FACTORY.createParser(t)) {
      for (JsonToken token; (token = p.nextToken()) != null; ) {
        if (token == JsonToken.START_ARRAY) {
          fields = new ArrayList<>();
          newRecord = true;
        } else if (token == JsonToken.VALUE_STRING) {
          JsonLocation at = p.currentTokenLocation();
          Field f = new Field((int) at.getCharOffset(), p.getText(), at.getLineNr());
          if (previous != null) {
            checkGap(file, t, previous, f.start, newRecord);
          }
          if (!f.quoted(t) && f.value.indexOf('"') >= 0) {
            throw new CsvFormatException(file, f.line, "", "SDG-0005.csv.quote-inside");
          }
          if (newRecord) {
            lines.add(f.line);
            newRecord = false;
          }
          fields.add(f.value);
          previous = f;
        } else if (token == JsonToken.END_ARRAY) {
          if (fields.size() == 1 && fields.get(0).isEmpty()) {
            throw new CsvFormatException(file, lines.get(lines.size() - 1), "", "SDG-0005.csv.empty-line");
          }
          records.add(List.copyOf(fields));
        }
      }
    } catch (JsonProcessingException e) {
      throw refused(file, t, previous);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail
    }
    if (previous != null) {
      checkGap(file, t, previous, t.length(), true);
    }
    return records;
  }

  /**
   * Checks the text between the end of a field and the start of the next one (or the end of the file): a comma
   * within a record, {@code \n} or {@code \r\n} between records, nothing or one line end at the end.
   */
  private static void checkGap(String file, String t, Field f, int next, boolean recordEnds) {
    int end = f.end(t);
    String gap = t.substring(Math.min(end, next), next);
    boolean ok = recordEnds
        ? gap.equals("\n") || gap.equals("\r\n") || next == t.length() && gap.isEmpty()
        : gap.equals(",");
    if (ok) {
      return;
    }
    int line = f.line + count(t, f.start, end);
    if (gap.startsWith("\r") && !gap.startsWith("\r\n")) {
      throw new CsvFormatException(file, line, "", "SDG-0005.csv.bare-cr");
    }
    if (f.quoted(t) && !gap.isEmpty()) {
      throw new CsvFormatException(file, line, "", "SDG-0005.csv.after-quote", gap.charAt(0));
    }
    // Jackson and the text disagree on where a field ends: a defect, not a fault of the file
    throw new IllegalStateException("CSV field end not found in " + file + " at line " + line);
  }

  /**
   * The fault Jackson refused: the field after the last one it read starts with a quote that is either never
   * closed or followed by something other than a comma or a line end.
   */
  private static CsvFormatException refused(String file, String t, Field previous) {
    int start = 0;
    if (previous != null) {
      start = previous.end(t);
      start += t.startsWith("\r\n", start) ? 2 : 1;
    }
    int line = 1 + count(t, 0, start);
    int i = start + 1;
    while (true) {
      int q = t.indexOf('"', i);
      if (q < 0) {
        return new CsvFormatException(file, line, "", "SDG-0005.csv.unterminated");
      }
      if (q + 1 < t.length() && t.charAt(q + 1) == '"') {
        i = q + 2;
        continue;
      }
      return new CsvFormatException(file, line + count(t, start, q), "", "SDG-0005.csv.after-quote",
          q + 1 < t.length() ? t.charAt(q + 1) : '?');
    }
  }

  private static int count(String t, int from, int to) {
    int n = 0;
    for (int i = t.indexOf('\n', from); i >= 0 && i < to; i = t.indexOf('\n', i + 1)) {
      n++;
    }
    return n;
  }
}
