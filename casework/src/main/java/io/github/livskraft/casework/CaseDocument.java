package io.github.livskraft.casework;

import io.github.livskraft.sdg.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A saksframlegg read into plain text with its recognised parts and header fields. Parts that are absent in the text
 * are absent here ({@link #findPart} is empty), never guessed. Immutable and thread-safe.
 *
 * <pre>{@code
 * CaseDocument c = CaseReader.create().read(Path.of("sak-19-4976.docx"));
 * c.header().caseNumber();                    // Optional[2019/4976]
 * c.findPart(PartKind.RECOMMENDATION);        // the innstilling, with its range in c.text()
 * }</pre>
 *
 * @param id the caller's stable id (file name, journalpost id …)
 * @param source the file name or other description of the input, for messages
 * @param format where the text came from
 * @param text the plain text (line breaks kept)
 * @param language the language of the text (given or detected)
 * @param header the header fields
 * @param parts the recognised parts, in text order, not overlapping
 */
public record CaseDocument(String id, String source, SourceFormat format, String text, Language language,
    CaseHeader header, List<CasePart> parts) {

  /** Checks for nulls and copies the list. */
  public CaseDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(header, "header");
    parts = List.copyOf(parts);
  }

  /**
   * The first part of a kind.
   *
   * @param kind the kind
   * @return the part, or empty if the text has none
   */
  public Optional<CasePart> findPart(PartKind kind) {
    return parts.stream().filter(p -> p.kind() == kind).findFirst();
  }

  /**
   * The text of the first part of a kind, heading excluded where possible.
   *
   * @param kind the kind
   * @return the text, or empty if the text has no such part
   */
  public Optional<String> findPartText(PartKind kind) {
    return findPart(kind).map(p -> text.substring(Math.min(p.start() + p.heading().length(), p.end()), p.end())
        .strip());
  }

  /**
   * The kind of part an offset lies in ({@link PartKind#OTHER} outside every recognised part).
   *
   * @param offset a UTF-16 offset into {@link #text()}
   * @return the kind
   */
  public PartKind partAt(int offset) {
    for (CasePart p : parts) {
      if (p.contains(offset)) {
        return p.kind();
      }
    }
    return PartKind.OTHER;
  }

  /** The title: the header's title, else the id. */
  public String title() {
    return header.title().orElse(id);
  }
}
