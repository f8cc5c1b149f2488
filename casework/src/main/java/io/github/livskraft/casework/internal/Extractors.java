package io.github.livskraft.casework.internal;

import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Turns the bytes of a case file into plain text with line breaks, with Apache POI, Apache PDFBox and jsoup. */
public final class Extractors {
  /** The file kinds we recognise from content and name. */
  public enum Kind { TEXT, HTML, DOCX, PDF }

  private static final Set<String> BINARY_EXTENSIONS = Set.of("doc", "xls", "xlsx", "ppt", "pptx", "odt", "ods",
      "rtf", "zip", "png", "jpg", "jpeg", "gif", "tif", "tiff", "msg", "eml", "exe", "jar", "gz");

  private Extractors() {}

  /**
   * Decides the kind of a file from its first bytes and its name; wrong types fail here, naming the file.
   *
   * @param source the file name for messages
   * @param bytes the content (non-empty)
   * @return the kind
   */
  public static Kind detect(String source, byte[] bytes) {
    String ext = extension(source);
    if (startsWith(bytes, "%PDF-")) {
      return Kind.PDF;
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      if (ext.equals("docx") || ext.isEmpty() || ext.equals("docm")) {
        return Kind.DOCX;
      }
      throw new CaseInputException(CaseErrorCode.UNSUPPORTED_TYPE, source, null, "ZIP/" + ext);
    }
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0) {
      throw new CaseInputException(CaseErrorCode.UNSUPPORTED_TYPE, source, null,
          CaseErrorCode.text("type.doc"));
    }
    if (ext.equals("pdf")) {
      throw new CaseInputException(CaseErrorCode.BROKEN_PDF, source, null, CaseErrorCode.text("pdf.no-signature"));
    }
    if (ext.equals("docx")) {
      throw new CaseInputException(CaseErrorCode.BROKEN_DOCX, source, null, CaseErrorCode.text("docx.not-zip"));
    }
    if (BINARY_EXTENSIONS.contains(ext)) {
      throw new CaseInputException(CaseErrorCode.UNSUPPORTED_TYPE, source, null, "." + ext);
    }
    if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
      return Kind.HTML;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
        .toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return Kind.HTML;
    }
    return Kind.TEXT;
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    if (bytes.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case extension of a file name, or "". */
  public static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * Decodes strict UTF-8 (a BOM is dropped); NUL bytes or malformed sequences fail with the byte offset.
   *
   * @param source the file name for messages
   * @param bytes the bytes
   * @return the text
   */
  public static String utf8(String source, byte[] bytes) {
    int start = checkUtf8(source, bytes);
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  /**
   * Checks strict UTF-8 a buffer at a time, without decoding the whole input into memory.
   *
   * @return the offset after a byte order mark, or 0
   */
  private static int checkUtf8(String source, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new CaseInputException(CaseErrorCode.NOT_TEXT, source, null, i);
      }
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        throw new CaseInputException(CaseErrorCode.NOT_TEXT, source, null, in.position());
      }
      out.clear();
      if (r.isUnderflow()) {
        break;
      }
    }
    while (true) {
      CoderResult r = dec.flush(out);
      if (r.isError()) {
        throw new CaseInputException(CaseErrorCode.NOT_TEXT, source, null, in.position());
      }
      out.clear();
      if (r.isUnderflow()) {
        break;
      }
    }
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
  }

  /**
   * Reads a DOCX body: paragraphs (one line each) and tables (one line per row, cells separated by spaces), in
   * document order.
   *
   * @param source the file name for messages
   * @param bytes the bytes
   * @return the text
   */
  public static String docx(String source, byte[] bytes) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          sb.append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
              String c = cell.getText().strip().replace('\n', ' ');
              if (!c.isEmpty()) {
                line.append(line.length() == 0 ? "" : " ").append(c);
              }
            }
            sb.append(line).append('\n');
          }
        }
      }
      return sb.toString();
    } catch (IOException | RuntimeException e) {
      throw new CaseInputException(CaseErrorCode.BROKEN_DOCX, source, e,
          CaseErrorCode.text("docx.unparseable"));
    }
  }

  /**
   * Reads the text layer of a PDF with PDFBox; encrypted files fail with {@link CaseErrorCode#ENCRYPTED_PDF}.
   *
   * @param source the file name for messages
   * @param bytes the bytes
   * @param maxPages the page limit
   * @return the text
   */
  public static String pdf(String source, byte[] bytes, int maxPages) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw new CaseInputException(CaseErrorCode.ENCRYPTED_PDF, source, null);
      }
      if (doc.getNumberOfPages() > maxPages) {
        throw new CaseInputException(CaseErrorCode.TOO_LARGE, source, null, doc.getNumberOfPages(), maxPages,
            CaseErrorCode.text("unit.pages"));
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      return stripper.getText(doc);
    } catch (InvalidPasswordException e) {
      throw new CaseInputException(CaseErrorCode.ENCRYPTED_PDF, source, e);
    } catch (CaseInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new CaseInputException(CaseErrorCode.BROKEN_PDF, source, e, CaseErrorCode.text("pdf.unparseable"));
    }
  }

  /**
   * Reads UTF-8 HTML into text by streaming it through jsoup ({@link HtmlText}): the bytes are checked as for
   * {@link #utf8} first, then decoded a buffer at a time, so no copy of the whole document is made.
   *
   * @param source the file name for messages
   * @param bytes the bytes
   * @param maxChars the limit of extracted characters
   * @return the text
   */
  public static String html(String source, byte[] bytes, int maxChars) {
    int start = checkUtf8(source, bytes);
    Reader in = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
    return HtmlText.extract(source, in, maxChars);
  }

  /**
   * Reads HTML text into text ({@link HtmlText}).
   *
   * @param source the name for messages
   * @param html the HTML
   * @param maxChars the limit of extracted characters
   * @return the text
   */
  public static String html(String source, String html, int maxChars) {
    return HtmlText.extract(source, new StringReader(html), maxChars);
  }
}
