package io.github.livskraft.casework.internal;

import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
          "Word 97-2003 .doc or a password-protected Office file");
    }
    if (ext.equals("pdf")) {
      throw new CaseInputException(CaseErrorCode.BROKEN_PDF, source, null, "no %PDF- signature at the start");
    }
    if (ext.equals("docx")) {
      throw new CaseInputException(CaseErrorCode.BROKEN_DOCX, source, null, "not a ZIP package");
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
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new CaseInputException(CaseErrorCode.NOT_TEXT, source, null, i);
      }
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw new CaseInputException(CaseErrorCode.NOT_TEXT, source, null, in.position());
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw new CaseInputException(CaseErrorCode.NOT_TEXT, source, null, in.position());
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
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
          "the Office Open XML package or its word/document.xml cannot be parsed");
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
            "pages");
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
      throw new CaseInputException(CaseErrorCode.BROKEN_PDF, source, e, "the PDF structure cannot be parsed");
    }
  }

  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
      "table", "section", "article", "header", "footer", "ul", "ol", "dt", "dd", "blockquote", "pre", "address",
      "br", "main", "aside", "figure", "figcaption", "hr", "title");

  /**
   * Reads HTML with jsoup into text: block elements start new lines, table cells are separated by spaces; script,
   * style and navigation are dropped.
   *
   * @param html the HTML
   * @return the text
   */
  public static String html(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    doc.select("script, style, nav, noscript, template").remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (!s.isBlank()) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && sb.charAt(sb.length() - 1) != ' ') {
              sb.append(' ');
            }
            sb.append(s.strip());
          }
        } else if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("td")
            || e.normalName().equals("th"))) {
          if (e.normalName().equals("td") || e.normalName().equals("th")) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
              sb.append(' ');
            }
          } else {
            newline(sb);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          newline(sb);
        }
      }
    }, doc.body());
    return sb.toString().strip() + "\n";
  }

  private static void newline(StringBuilder sb) {
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
  }

}
