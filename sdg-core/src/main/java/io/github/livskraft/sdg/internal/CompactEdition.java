package io.github.livskraft.sdg.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compact form of a catalogue edition ({@code edition.bin}): every file of the edition in one resource, the
 * CSV files already split into records (with the line each starts on), the rest as text. The build writes it next
 * to the CSV files from those files ({@link #main}); the CSV files stay the source of truth. Reading it skips the
 * character-by-character CSV scan and six resource look-ups, which dominate the bundled catalogue's first load in a
 * fresh JVM; the catalogue reader then runs every check it runs on the CSV files. Immutable.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic {@code "LKCAT"}, version 1, file count; per file its
 * name, a kind byte ({@code T} text, {@code C} CSV) and then the text as length-prefixed UTF-8, or the record count
 * and per record its line, field count and fields (length-prefixed UTF-8).
 */
public final class CompactEdition {
  /** The resource name of the compact form beside the CSV files. */
  public static final String FILE_NAME = "edition.bin";
  private static final String MAGIC = "LKCAT";
  private static final int VERSION = 1;

  /** The pre-split records of one CSV file. */
  public record Table(List<Integer> lines, List<List<String>> records) {
    /** Copies the lists. */
    public Table {
      lines = List.copyOf(lines);
      records = List.copyOf(records);
    }
  }

  private final Map<String, String> texts;
  private final Map<String, Table> tables;

  private CompactEdition(Map<String, String> texts, Map<String, Table> tables) {
    this.texts = Map.copyOf(texts);
    this.tables = Map.copyOf(tables);
  }

  /** @return the CSV files' records by file name */
  public Map<String, Table> tables() {
    return tables;
  }

  /**
   * The text of a non-CSV file.
   *
   * @param name the file name
   * @return its text, or empty if the edition has no such text file
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable(texts.get(name));
  }

  /**
   * Reads the compact form.
   *
   * @param in the stream (read to its end, not closed)
   * @return the edition
   * @throws IOException if the stream cannot be read or is not this format
   */
  public static CompactEdition read(InputStream in) throws IOException {
    // one read of the whole resource, then a cursor over the bytes: in a cold JVM, DataInputStream's per-byte
    // calls run interpreted and cost more than the decoding itself
    Cursor d = new Cursor(in.readAllBytes());
    if (!d.ascii(MAGIC) || d.readInt() != VERSION) {
      throw new IllegalStateException("the bundled catalogue is not a compact catalogue edition (version " + VERSION
          + ")");
    }
    int files = d.readInt();
    Map<String, String> texts = new HashMap<>();
    Map<String, Table> tables = new HashMap<>();
    for (int f = 0; f < files; f++) {
      String name = d.readModifiedUtf8();
      byte kind = d.readByte();
      if (kind == 'T') {
        texts.put(name, d.readString());
      } else if (kind == 'C') {
        int count = d.readInt();
        Integer[] lines = new Integer[count];
        Object[] records = new Object[count];
        for (int r = 0; r < count; r++) {
          lines[r] = d.readInt();
          int n = d.readInt();
          String[] fields = new String[n];
          for (int i = 0; i < n; i++) {
            fields[i] = d.readString();
          }
          records[r] = List.of(fields);
        }
        @SuppressWarnings("unchecked")
        List<List<String>> recordList = (List<List<String>>) (List<?>) List.of(records);
        tables.put(name, new Table(List.of(lines), recordList));
      } else {
        throw new IllegalStateException("the bundled catalogue has an unknown entry kind " + kind + " for "
            + name);
      }
    }
    return new CompactEdition(texts, tables);
  }

  /** Big-endian reading over a byte array, in the layout {@link DataOutputStream} writes. */
  private static final class Cursor {
    private final byte[] b;
    private int pos;

    Cursor(byte[] bytes) {
      this.b = bytes;
    }

    private void need(int n) throws IOException {
      if (n < 0 || pos + n > b.length) {
        throw new java.io.EOFException("the compact edition ends early, at byte " + pos);
      }
    }

    boolean ascii(String expected) throws IOException {
      need(expected.length());
      String s = new String(b, pos, expected.length(), StandardCharsets.US_ASCII);
      pos += expected.length();
      return s.equals(expected);
    }

    byte readByte() throws IOException {
      need(1);
      return b[pos++];
    }

    int readInt() throws IOException {
      need(4);
      int v = (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | b[pos + 3] & 0xFF;
      pos += 4;
      return v;
    }

    /** A length-prefixed UTF-8 string as {@code string(DataOutputStream, String)} writes it. */
    String readString() throws IOException {
      int n = readInt();
      need(n);
      String s = new String(b, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    /** A file name as {@link DataOutputStream#writeUTF} writes it (the names are ASCII). */
    String readModifiedUtf8() throws IOException {
      need(2);
      int n = (b[pos] & 0xFF) << 8 | b[pos + 1] & 0xFF;
      pos += 2;
      need(n);
      String s = new java.io.DataInputStream(new java.io.ByteArrayInputStream(b, pos - 2, n + 2)).readUTF();
      pos += n;
      return s;
    }
  }

  private static void string(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  /**
   * Writes the compact form of an edition's files.
   *
   * @param names the files in reading order; names ending in {@code .csv} are split into records
   * @param contents file name → whole text
   * @param out where to write (not closed)
   * @throws IOException if writing fails
   * @throws CsvFormatException if a CSV file is malformed
   */
  public static void write(List<String> names, Map<String, String> contents, OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.write(MAGIC.getBytes(StandardCharsets.US_ASCII));
    d.writeInt(VERSION);
    d.writeInt(names.size());
    for (String name : names) {
      String text = contents.get(name);
      if (text == null) {
        throw new IllegalStateException("the bundled catalogue has no content for " + name);
      }
      d.writeUTF(name);
      if (name.endsWith(".csv")) {
        d.writeByte('C');
        List<Integer> lines = new ArrayList<>();
        List<List<String>> records = CsvTable.split(name, text, lines);
        d.writeInt(records.size());
        for (int r = 0; r < records.size(); r++) {
          d.writeInt(lines.get(r));
          d.writeInt(records.get(r).size());
          for (String field : records.get(r)) {
            string(d, field);
          }
        }
      } else {
        d.writeByte('T');
        string(d, text);
      }
    }
    d.flush();
  }

  /**
   * Build step: writes {@code edition.bin} into an edition directory from the files there (run by sdg-core's
   * build after the resources are copied).
   *
   * @param args the edition directory, then the file names in reading order
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<String> names = List.of(args).subList(1, args.length);
    Map<String, String> contents = new HashMap<>();
    for (String name : names) {
      contents.put(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(names, contents, bytes);
    Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
    try {
      Files.write(tmp, bytes.toByteArray());
      Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
