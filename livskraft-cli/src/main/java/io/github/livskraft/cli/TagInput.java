package io.github.livskraft.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the inputs of {@code livskraft tag}: a plain text file (one document), JSON Lines ({@code {"id","text"}}
 * per line, optional {@code "lang"}) or CSV (a header with {@code id} and {@code text}, optional {@code lang}).
 * Every problem is bad input naming the file, line (and column or JSON field) and what was expected.
 */
final class TagInput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One input document; {@code lang} is empty when the input does not say. */
  record Doc(String id, String text, String lang, int line) {}

  /** The input formats. */
  enum Format { TEXT, JSONL, CSV }

  private TagInput() {}

  static Format formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    return n.endsWith(".csv") ? Format.CSV : Format.TEXT;
  }

  /** Reads all of {@code file} ({@code -} = standard input) as strict UTF-8. */
  static String readText(String file, InputStream stdin) {
    if (!file.equals("-")) {
      InputFile.check(Path.of(file)); // the same checks and messages as every command's input files
    }
    try {
      byte[] bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw CliException.input("err.not-utf8", String.valueOf(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw CliException.of(CliErrorCode.NO_SUCH_FILE, file);
    } catch (IOException e) {
      throw CliException.of(CliErrorCode.UNREADABLE, file);
    }
  }

  static List<Doc> read(String file, Format format, String content) {
    String name = file.equals("-") ? "<stdin>" : file;
    return switch (format) {
      case TEXT -> List.of(new Doc(file.equals("-") ? "stdin" : Path.of(file).getFileName().toString(), content, "", 1));
      case JSONL -> jsonl(name, content);
      case CSV -> csvDocs(name, content);
    };
  }

  private static List<Doc> jsonl(String name, String content) {
    List<Doc> docs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int no = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw CliException.input("err.jsonl-json", name + ":" + no + ":" + (e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
      }
      if (!node.isObject()) {
        throw CliException.input("err.jsonl-object", name + ":" + no);
      }
      String id = field(node, "id", name, no, true);
      String text = field(node, "text", name, no, false);
      String lang = node.has("lang") ? field(node, "lang", name, no, false) : "";
      if (!ids.add(id)) {
        throw CliException.input("err.duplicate-id", name + ":" + no + ": $.id", id);
      }
      docs.add(new Doc(id, text, lang, no));
    }
    return docs;
  }

  private static String field(JsonNode node, String field, String name, int no, boolean allowNumber) {
    JsonNode v = node.get(field);
    if (v == null || !(v.isTextual() || allowNumber && v.isIntegralNumber())) {
      throw CliException.input("err.jsonl-field", name, Integer.toString(no), field,
          CliMessages.fragment(v == null ? "jsonl.missing" : "jsonl.not-string"));
    }
    return v.asText();
  }

  private static List<Doc> csvDocs(String name, String content) {
    List<Map<String, String>> rows = csv(name, content, List.of("id", "text"));
    List<Doc> docs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map<String, String> r : rows) {
      int line = Integer.parseInt(r.get("#line"));
      if (!ids.add(r.get("id"))) {
        throw CliException.input("err.duplicate-id", name + ":" + line, r.get("id"));
      }
      docs.add(new Doc(r.get("id"), r.get("text"), r.getOrDefault("lang", ""), line));
    }
    return docs;
  }

  /** Jackson's CSV reader: one array of strings per record (RFC 4180). */
  private static final CsvMapper CSV = CsvMapper.builder().build();

  /**
   * Parses RFC 4180 CSV with a header row (jackson-dataformat-csv) into maps keyed by column name (plus
   * {@code #line}: the line where the record starts). The required columns must be present; every record must
   * have as many fields as the header.
   */
  static List<Map<String, String>> csv(String name, String content, List<String> required) {
    List<String[]> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int recordLine = 1;
    try (JsonParser p = CSV.createParser(content)) {
      List<String> fields = new ArrayList<>();
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.START_ARRAY) {
          fields.clear();
        } else if (t == JsonToken.END_ARRAY) {
          records.add(fields.toArray(new String[0]));
          lines.add(recordLine);
        } else {
          if (fields.isEmpty()) {
            recordLine = p.currentTokenLocation().getLineNr(); // the line on which the record starts
          }
          fields.add(p.getText());
        }
      }
    } catch (IOException e) {
      int col = content.lines().skip(recordLine - 1L).findFirst().map(l -> l.indexOf('"') + 1).orElse(1);
      throw CliException.input("err.csv-quote", name + ":" + recordLine + ":" + Math.max(col, 1));
    }
    if (records.isEmpty()) {
      throw CliException.input("err.csv-empty", name, String.join(",", required));
    }
    List<String> header = java.util.Arrays.stream(records.get(0)).map(h -> h.strip().toLowerCase(Locale.ROOT))
        .toList();
    for (String r : required) {
      if (!header.contains(r)) {
        throw CliException.input("err.csv-missing-column", name, r, String.join(",", header), String.join(",", required));
      }
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      String[] fields = records.get(i);
      if (fields.length == 0 || fields.length == 1 && fields[0].isBlank()) {
        continue;
      }
      if (fields.length != header.size()) {
        throw CliException.input("err.csv-field-count", name + ":" + lines.get(i), String.valueOf(fields.length), String.valueOf(header.size()));
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        m.put(header.get(c), fields[c]);
      }
      m.put("#line", String.valueOf(lines.get(i)));
      out.add(m);
    }
    return out;
  }
}
