package io.github.livskraft.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's one RFC 4180 tokenizer (comma, double quotes, doubled quotes, quoted line breaks), used for the
 * {@code tag} inputs and the report's bundled data. It keeps the line on which every record starts, so that
 * callers can name file and line in their own error types.
 */
public final class CsvRecords {
  private CsvRecords() {}

  /**
   * One record.
   *
   * @param line the 1-based line on which the record starts
   * @param fields the fields, unquoted
   */
  public record Record(int line, List<String> fields) {
    /** Copies the fields. */
    public Record {
      fields = List.copyOf(fields);
    }

    /** Whether this is an empty line (one blank field). */
    public boolean isBlank() {
      return fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  /** Turns a syntax problem into the caller's exception. */
  @FunctionalInterface
  public interface Errors {
    /**
     * The exception to throw.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @param english what is wrong, in English
     * @param norwegian what is wrong, in bokmål
     * @return the exception
     */
    RuntimeException at(int line, int column, String english, String norwegian);
  }

  /**
   * Splits text into records. Carriage returns outside quoted fields are dropped.
   *
   * @param content the text
   * @param strictQuotes if true, a {@code "} after other characters of an unquoted field is an error; if false it
   *     starts a quoted section (lenient, for files written by spreadsheet exports)
   * @param errors makes the exception for an unclosed quote or (strict) a stray quote
   * @return the records, blank lines included (see {@link Record#isBlank()})
   */
  public static List<Record> parse(CharSequence content, boolean strictQuotes, Errors errors) {
    List<Record> records = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int col = 1;
    int quoteLine = 0;
    int quoteCol = 0;
    int recordStart = 1;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          field.append('"');
          i++;
          col++;
        } else if (c == '"') {
          quoted = false;
        } else if (c != '\r' || i + 1 >= content.length() || content.charAt(i + 1) != '\n') {
          field.append(c);
        }
      } else if (c == '"') {
        if (strictQuotes && field.length() > 0) {
          throw errors.at(line, col, "'\"' inside an unquoted field; quote the whole field",
              "'\"' inne i et felt uten anførselstegn");
        }
        quoted = true;
        quoteLine = line;
        quoteCol = col;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        records.add(new Record(recordStart, row));
        row = new ArrayList<>();
        recordStart = line + 1;
      } else if (c != '\r') {
        field.append(c);
      }
      if (c == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    if (quoted) {
      throw errors.at(quoteLine, quoteCol, "unclosed quoted field", "felt med anførselstegn som ikke lukkes");
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      records.add(new Record(recordStart, row));
    }
    return records;
  }
}
