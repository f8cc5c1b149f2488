package io.github.livskraft.report;

import io.github.livskraft.indicators.LocalizedText;
import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageBundle;
import java.util.Objects;

/**
 * Stable, searchable codes for the errors of {@code livskraft-report}, implementing the project's {@link ErrorCode}
 * contract. The texts live in {@code /livskraft-messages/report_en|nb|nn.properties}: the code's key is the general
 * message, {@code REPORT-0001.…} its variants ({@link #detail(String, Object...)}). The report's labels are a
 * separate bundle of plain texts, {@code report-labels_en|nb|nn.properties}.
 */
public enum ReportErrorCode implements ErrorCode {
  /** A bundled data file cannot be read. Arguments: source and line ({@code t.csv:3}), what was wrong. */
  DATA("REPORT-0001"),
  /** A region option that names no region. Arguments: what was wrong. */
  REGION("REPORT-0002"),
  /** A report year outside 1900–2100. Arguments: the year. */
  YEAR("REPORT-0003");

  private final String code;

  ReportErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code REPORT-0001}. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public MessageBundle messages() {
    return Bundle.BUNDLE;
  }

  @Override
  public String format(Language language, Object... args) {
    return code + ": " + text(args).in(language);
  }

  /**
   * The message without the code in bokmål, English and nynorsk.
   *
   * @param args the arguments
   * @return the text
   */
  public LocalizedText text(Object... args) {
    return LocalizedText.format(Bundle.BUNDLE, code, args);
  }

  /**
   * A variant or fragment of this code's message, e.g. {@code REPORT-0001.number}.
   *
   * @param variant the part of the key after the code and a dot
   * @param args the arguments
   * @return the text
   */
  public LocalizedText detail(String variant, Object... args) {
    return LocalizedText.format(Bundle.BUNDLE, code + "." + Objects.requireNonNull(variant, "variant"), args);
  }

  /** The report bundle, loaded on first use. */
  private static final class Bundle {
    static final MessageBundle BUNDLE = MessageBundle.load(ReportErrorCode.class, "report");
  }
}
