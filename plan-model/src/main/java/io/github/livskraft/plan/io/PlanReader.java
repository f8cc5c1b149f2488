package io.github.livskraft.plan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.plan.SourceLocation;
import io.github.livskraft.sdg.SdgException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads plan files (YAML or JSON) into a {@link LoadedPlanDocument}. Unknown properties, wrong types, invalid
 * codes and unsupported format versions fail with a {@link PlanParseException} that names the file, the line
 * and column, the JSON path and what was expected; nothing is returned for a file that fails. Thread-safe.
 *
 * <pre>{@code
 * LoadedPlanDocument doc = PlanReader.create().read(Path.of("examples/plans/kongsberg-kommuneplan.yaml"));
 * }</pre>
 */
public final class PlanReader {
  private final ObjectMapper yaml;
  private final ObjectMapper json;

  private PlanReader() {
    this.yaml = configure(new ObjectMapper(new YAMLFactory()));
    this.json = configure(new ObjectMapper());
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper.registerModule(new PlanModelModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** A reader. */
  public static PlanReader create() {
    return new PlanReader();
  }

  /**
   * Reads a file; {@code .json} as JSON, anything else as YAML.
   *
   * @param file the file
   * @return the document with locations
   * @throws PlanParseException if the file cannot be read or parsed (code {@code PLAN-P00x})
   */
  public LoadedPlanDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PlanParseException("PLAN-P005", new SourceLocation(file.toString(), 0, 0), "",
          "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
              + ") / kan ikke lese filen", e);
    }
    return read(file.toString(), text, PlanFormat.forFileName(file.toString()));
  }

  /**
   * Reads text.
   *
   * @param name the name to report in errors, e.g. the file name
   * @param text the content
   * @param format the format
   * @return the document with locations
   * @throws PlanParseException if the text cannot be parsed
   */
  public LoadedPlanDocument read(String name, String text, PlanFormat format) {
    ObjectMapper mapper = format == PlanFormat.JSON ? json : yaml;
    PlanDocument doc;
    Map<String, SourceLocation> locations;
    try {
      doc = mapper.readValue(text, PlanDocument.class);
      if (doc == null) {
        throw new PlanParseException("PLAN-P003", new SourceLocation(name, 1, 1), "$",
            "the file is empty: expected a plan document with 'formatVersion' and 'plans' / filen er tom", null);
      }
      locations = index(mapper.getFactory(), name, text);
    } catch (JsonProcessingException e) {
      PlanParseException pe = translate(name, e);
      if (!pe.path().isEmpty() && !pe.code().equals("PLAN-P001")) {
        try {
          SourceLocation better = new LoadedPlanDocument(PlanDocument.of(java.util.List.of()), name,
              index(mapper.getFactory(), name, text)).locate(LoadedPlanDocument.pointerOf(pe.path())).orElse(null);
          if (better != null && better.line() > 0) {
            throw new PlanParseException(pe.code(), better, pe.path(), pe.detail(), e);
          }
        } catch (IOException ignored) {
          // keep Jackson's location
        }
      }
      throw pe;
    } catch (IOException e) {
      throw new PlanParseException("PLAN-P005", new SourceLocation(name, 0, 0), "", "cannot read: "
          + e.getMessage() + " / kan ikke lese", e);
    }
    if (!doc.formatVersion().equals("1") && !doc.formatVersion().startsWith("1.")) {
      throw new PlanParseException("PLAN-P004", locations.getOrDefault("/formatVersion",
          new SourceLocation(name, 0, 0)), "$.formatVersion", "unsupported format version '" + doc.formatVersion()
          + "': expected 1.x (" + PlanDocument.FORMAT_VERSION + ") / formatversjon '" + doc.formatVersion()
          + "' støttes ikke: forventet 1.x", null);
    }
    return new LoadedPlanDocument(doc, name, locations);
  }

  private static Map<String, SourceLocation> index(JsonFactory factory, String name, String text)
      throws IOException {
    Map<String, SourceLocation> out = new HashMap<>();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = p.getParsingContext().pathAsPointer().toString();
        JsonLocation l = p.currentTokenLocation();
        out.putIfAbsent(pointer, new SourceLocation(name, l.getLineNr(), l.getColumnNr()));
      }
    }
    return out;
  }

  private static PlanParseException translate(String name, JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    SourceLocation where = l == null ? new SourceLocation(name, 0, 0)
        : new SourceLocation(name, l.getLineNr(), l.getColumnNr());
    String path = e instanceof JsonMappingException m ? jsonPath(m) : "";
    if (e instanceof UnrecognizedPropertyException u) {
      return new PlanParseException("PLAN-P002", where, path, "unknown property '" + u.getPropertyName()
          + "'; expected one of " + u.getKnownPropertyIds() + " / ukjent egenskap '" + u.getPropertyName() + "'", e);
    }
    if (e instanceof InvalidFormatException f) {
      return new PlanParseException("PLAN-P003", where, path, "invalid value '" + f.getValue() + "': "
          + firstLine(f.getOriginalMessage()) + " / ugyldig verdi '" + f.getValue() + "'", e);
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      Throwable c = v.getCause();
      String msg = c instanceof SdgException s
          ? s.getMessage() + " / " + s.getMessage(Locale.forLanguageTag("nb")) : c.getMessage();
      return new PlanParseException("PLAN-P003", where, path, msg, e);
    }
    if (e instanceof JsonMappingException && e.getCause() != null
        && (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException
            || e.getCause().getClass().getName().contains("yaml"))) {
      return new PlanParseException("PLAN-P001", where, path, "syntax error: " + firstLine(e.getOriginalMessage())
          + " / syntaksfeil", e);
    }
    if (e instanceof JsonMappingException) {
      return new PlanParseException("PLAN-P003", where, path, firstLine(e.getOriginalMessage())
          + " / feil type eller verdi", e);
    }
    return new PlanParseException("PLAN-P001", where, path, "syntax error: " + firstLine(e.getOriginalMessage())
        + " / syntaksfeil", e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * The JSON path of a mapping exception, e.g. {@code $.plans[0].elements[2].kind}.
   *
   * @param e the exception
   * @return the path
   */
  static String jsonPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
