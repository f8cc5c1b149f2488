package io.github.livskraft.indicators;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One source series of an indicator definition, e.g. SSB table 07459 with ContentsCode {@code Personer1}.
 *
 * <p>{@code verified} says whether the table id <em>and</em> the ContentsCode were confirmed in Livskraft's SSB
 * reference (a public source that shows them used against SSB). An unverified source must be checked against the
 * table's metadata before use; {@code kostra-adapter} can read the metadata.
 *
 * @param key the name the formula uses for this source, e.g. {@code "numerator"} or {@code "population"}
 * @param kind the kind of source
 * @param publisher the publisher, e.g. "Statistisk sentralbyrå"
 * @param tableId the SSB table id (five digits), if known (an unverified SSB source may lack it: the table is then
 *     still to be identified)
 * @param contentsCode the SSB ContentsCode, if known
 * @param filters other dimension selections (dimension code → value code), e.g. {@code Kjonn → 0}
 * @param url a web page for the source, if any
 * @param verified whether table id and ContentsCode are verified in the reference
 * @param note a note on the source (e.g. what remains to be checked)
 */
public record DataSource(String key, SourceKind kind, String publisher, Optional<String> tableId,
    Optional<String> contentsCode, Map<String, String> filters, Optional<String> url, boolean verified,
    Optional<String> note) {

  /** Validates and copies. */
  public DataSource {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(contentsCode, "contentsCode");
    filters = Map.copyOf(Objects.requireNonNull(filters, "filters"));
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(note, "note");
    if (key.isBlank()) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "source-key");
    }
    tableId.ifPresent(t -> {
      if (!t.matches("[0-9]{5}")) {
        throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "table", t);
      }
    });
    if (verified && kind == SourceKind.SSB_TABLE && (tableId.isEmpty() || contentsCode.isEmpty())) {
      throw IndicatorArgumentException.of(IndicatorErrorCode.DEFINITION_VALUE, "verified", key);
    }
  }

  /**
   * An SSB table source.
   *
   * @param key the formula's name for it
   * @param tableId five digits
   * @param contentsCode the ContentsCode
   * @param verified whether both are verified in the reference
   * @return the source
   */
  public static DataSource ssb(String key, String tableId, String contentsCode, boolean verified) {
    return new DataSource(key, SourceKind.SSB_TABLE, "Statistisk sentralbyrå", Optional.of(tableId),
        Optional.of(contentsCode), Map.of(), Optional.empty(), verified, Optional.empty());
  }

  /** The attribution to print next to numbers from this source, e.g. "Kilde: Statistisk sentralbyrå". */
  public String attribution() {
    return "Kilde: " + publisher + tableId.map(t -> ", tabell " + t).orElse("");
  }
}
