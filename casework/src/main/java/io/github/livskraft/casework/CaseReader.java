package io.github.livskraft.casework;

import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.casework.internal.Extractors;
import io.github.livskraft.casework.internal.PartRecognizer;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.tagger.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a saksframlegg from plain text, HTML (jsoup), DOCX (Apache POI), PDF (Apache PDFBox) or a vendor's
 * structured call ({@link CaseInput}), and recognises its parts and header fields. Immutable and thread-safe.
 *
 * <p><b>Limits</b> (checked before the content is allocated or parsed): at most {@link #maxBytes()} bytes per file
 * (default 20 MiB), {@link #maxChars()} characters of extracted text (default 2 000 000) and {@link #maxPages()} PDF
 * pages (default 500). Breaking a limit is {@link CaseErrorCode#TOO_LARGE}. HTML is streamed (jsoup's
 * {@code StreamParser}): each element becomes text and leaves memory when it is closed, and text beyond the
 * character limit is counted but not kept, so memory is bounded by the text, not by the document tree; the defaults
 * fit a 256 MB heap.
 *
 * <p><b>Errors</b> are {@link CaseInputException}s naming the file and what was expected: empty
 * ({@code CASE-0001}), wrong type ({@code CASE-0002}), encrypted PDF ({@code CASE-0003}), broken DOCX
 * ({@code CASE-0004}), broken PDF ({@code CASE-0005}), too large ({@code CASE-0006}), not UTF-8 text
 * ({@code CASE-0007}), unreadable ({@code CASE-0008}).
 *
 * <pre>{@code
 * CaseDocument c = CaseReader.create().read(Path.of("saksframlegg.pdf"));
 * }</pre>
 */
public final class CaseReader {
  /** Default byte limit per file: 20 MiB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** Default limit of extracted characters. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;
  /** Default PDF page limit. */
  public static final int DEFAULT_MAX_PAGES = 500;

  private static final CaseReader DEFAULTS = new CaseReader(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES);

  private final long maxBytes;
  private final int maxChars;
  private final int maxPages;

  private CaseReader(long maxBytes, int maxChars, int maxPages) {
    if (maxBytes < 1 || maxChars < 1 || maxPages < 1) {
      String name = maxBytes < 1 ? "maxBytes" : maxChars < 1 ? "maxChars" : "maxPages";
      long value = maxBytes < 1 ? maxBytes : maxChars < 1 ? maxChars : maxPages;
      throw new io.github.livskraft.sdg.CodedArgumentException(CaseErrorCode.INVALID_OPTION, name, 1, value);
    }
    this.maxBytes = maxBytes;
    this.maxChars = maxChars;
    this.maxPages = maxPages;
  }

  /** A reader with the default limits. */
  public static CaseReader create() {
    return DEFAULTS;
  }

  /**
   * A reader with other limits.
   *
   * @param maxBytes bytes per file
   * @param maxChars characters of extracted text
   * @param maxPages PDF pages
   * @return the reader
   */
  public static CaseReader withLimits(long maxBytes, int maxChars, int maxPages) {
    return new CaseReader(maxBytes, maxChars, maxPages);
  }

  /** The byte limit per file. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The limit of extracted characters. */
  public int maxChars() {
    return maxChars;
  }

  /** The PDF page limit. */
  public int maxPages() {
    return maxPages;
  }

  /**
   * Reads a file; the format is decided from its first bytes and its name. The id is the file name.
   *
   * @param file the file
   * @return the case
   * @throws CaseInputException if the file is empty, of a wrong type, encrypted, broken, too large or unreadable
   */
  public CaseDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new CaseInputException(CaseErrorCode.TOO_LARGE, source, null, size, maxBytes, CaseErrorCode.text("unit.bytes"));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
    } catch (NoSuchFileException e) {
      throw new CaseInputException(CaseErrorCode.READ_FAILED, source, e, IoReason.of(e));
    } catch (IOException e) {
      throw new CaseInputException(CaseErrorCode.READ_FAILED, source, e, IoReason.of(e));
    }
    Path name = file.getFileName();
    return read(name == null ? source : name.toString(), source, bytes);
  }

  /**
   * Reads the content of a file already in memory.
   *
   * @param id the caller's id (e.g. the file name)
   * @param source the file name (its extension helps to decide the format)
   * @param bytes the content
   * @return the case
   * @throws CaseInputException as for {@link #read(Path)}
   */
  public CaseDocument read(String id, String source, byte[] bytes) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    if (bytes.length == 0) {
      throw new CaseInputException(CaseErrorCode.EMPTY_INPUT, source, null);
    }
    if (bytes.length > maxBytes) {
      throw new CaseInputException(CaseErrorCode.TOO_LARGE, source, null, bytes.length, maxBytes, CaseErrorCode.text("unit.bytes"));
    }
    return switch (Extractors.detect(source, bytes)) {
      case PDF -> build(id, source, SourceFormat.PDF, Extractors.pdf(source, bytes, maxPages), Optional.empty());
      case DOCX -> build(id, source, SourceFormat.DOCX, Extractors.docx(source, bytes), Optional.empty());
      case HTML -> build(id, source, SourceFormat.HTML, Extractors.html(source, bytes, maxChars),
          Optional.empty());
      case TEXT -> build(id, source, SourceFormat.TEXT, Extractors.utf8(source, bytes), Optional.empty());
    };
  }

  /**
   * Reads plain text.
   *
   * @param id the caller's id
   * @param text the text
   * @return the case
   * @throws CaseInputException if the text is blank or too long
   */
  public CaseDocument readText(String id, String text) {
    return build(id, id, SourceFormat.TEXT, text, Optional.empty());
  }

  /**
   * Reads HTML.
   *
   * @param id the caller's id
   * @param html the HTML
   * @return the case
   * @throws CaseInputException if there is no text or it is too long
   */
  public CaseDocument readHtml(String id, String html) {
    checkChars(id, html);
    return build(id, id, SourceFormat.HTML, Extractors.html(id, html, maxChars), Optional.empty());
  }

  /**
   * Reads a vendor's structured call: the given fields win over the recognised ones.
   *
   * @param input the fields and body
   * @return the case
   * @throws CaseInputException if the body is blank or too long
   */
  public CaseDocument read(CaseInput input) {
    CaseDocument d = build(input.id(), input.id(), SourceFormat.STRUCTURED, input.body(), input.title());
    CaseHeader h = d.header();
    CaseHeader merged = new CaseHeader(input.caseOfficer().or(h::caseOfficer), input.archiveCode().or(h::archiveCode),
        input.caseNumber().or(h::caseNumber), input.date().or(h::date), input.committee().or(h::committee),
        input.meetingDate().or(h::meetingDate), input.committeeCaseNumber().or(h::committeeCaseNumber),
        h.decidedBy(), input.title().or(h::title));
    return new CaseDocument(d.id(), d.source(), d.format(), d.text(), input.language().orElse(d.language()), merged,
        d.parts());
  }

  private void checkChars(String source, String text) {
    if (text.length() > maxChars) {
      throw new CaseInputException(CaseErrorCode.TOO_LARGE, source, null, text.length(), maxChars, CaseErrorCode.text("unit.characters"));
    }
  }

  private CaseDocument build(String id, String source, SourceFormat format, String raw, Optional<String> title) {
    checkChars(source, raw);
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    if (text.isBlank()) {
      throw new CaseInputException(CaseErrorCode.EMPTY_INPUT, source, null);
    }
    PartRecognizer.Result r = PartRecognizer.recognise(text, title);
    Language language = LanguageDetector.detect(text);
    return new CaseDocument(id, source, format, text, language, r.header(), r.parts());
  }
}
