package io.github.livskraft.plan.io;

import io.github.livskraft.plan.PlanErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanModelException;
import java.util.Objects;

/**
 * Writes plan documents as YAML or JSON; what it writes, {@link PlanReader} reads back into an equal document.
 * Thread-safe.
 *
 * <pre>{@code
 * String yaml = PlanWriter.create().write(document, PlanFormat.YAML);
 * }</pre>
 */
public final class PlanWriter {
  private final ObjectMapper yaml;
  private final ObjectMapper json;

  private PlanWriter() {
    YAMLFactory f = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .stringQuotingChecker(new FaithfulQuoting())
        .build();
    this.yaml = new ObjectMapper(f).registerModule(new PlanModelModule());
    this.json = new ObjectMapper().registerModule(new PlanModelModule()).enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * Double-quotes (and so escapes) every string with a character that YAML treats as a line break or folds:
   * NEL (U+0085), LS (U+2028), PS (U+2029), CR, BOM. Written plain or single-quoted, a reader would turn them into
   * a space or a newline; double-quoted they are written as escapes and read back as written (issue 17).
   */
  private static final class FaithfulQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\r' || c == '\uFEFF') {
          return true;
        }
      }
      return super.needToQuoteValue(value);
    }
  }

  /** A writer. */
  public static PlanWriter create() {
    return new PlanWriter();
  }

  /**
   * Writes a document.
   *
   * @param document the document
   * @param format the format
   * @return the text
   */
  public String write(PlanDocument document, PlanFormat format) {
    Objects.requireNonNull(document, "document");
    try {
      return (format == PlanFormat.JSON ? json : yaml).writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new PlanModelException(PlanErrorCode.WRITE_FAILED, e, format, PlanErrorCode.WRITE_FAILED.fragment("value"));
    }
  }

  /**
   * Writes any value of the model (or a report record) as JSON with the module's settings.
   *
   * @param value the value
   * @return indented JSON
   */
  public String writeJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new PlanModelException(PlanErrorCode.WRITE_FAILED, e, PlanFormat.JSON,
          PlanErrorCode.WRITE_FAILED.fragment("value"));
    }
  }
}
