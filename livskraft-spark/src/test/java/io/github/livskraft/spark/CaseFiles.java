package io.github.livskraft.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The casework module's real test documents as files of every format {@code sdg_assess} reads: the seed
 * saksframlegg (verbatim lines of seed 004, see casework's {@code seed/PROVENANCE.md}) and the written cases as text
 * and HTML, one case as PDF (PDFBox) and one as DOCX (POI), a broken PDF and an empty file.
 */
final class CaseFiles {
  static final Path CASEWORK = Path.of("../casework/src/test/resources/io/github/livskraft/casework");

  private CaseFiles() {}

  /** File name → content; the names are unique and carry the extension the reader sees. */
  static Map<String, byte[]> all() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String seed : new String[] {"seed004-line144.txt", "seed004-line234.txt", "seed004-line402.txt",
        "seed004-line534.txt"}) {
      files.put(seed, bytes(CASEWORK.resolve("seed").resolve(seed)));
    }
    files.put("en-case.txt", bytes(CASEWORK.resolve("written/en-case.txt")));
    files.put("saksframlegg.html", bytes(CASEWORK.resolve("written/saksframlegg.html")));
    files.put("sykkelvei-nb.pdf", pdf(text("written/sykkelvei-nb.txt")));
    files.put("skule-nn.docx", docx(text("written/skule-nn.txt")));
    files.put("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes(StandardCharsets.US_ASCII));
    files.put("empty.txt", new byte[0]);
    return files;
  }

  /** Writes the files into a folder. */
  static void write(Path dir, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    for (var e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
  }

  private static String text(String name) {
    return new String(bytes(CASEWORK.resolve(name)), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One paragraph per line. */
  private static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      text.lines().forEach(l -> doc.createParagraph().createRun().setText(l));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One PDF text line per line, 50 lines a page, Helvetica (WinAnsi; other characters become '?'). */
  static byte[] pdf(String text) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      var lines = text.lines().toList();
      for (int first = 0; first < lines.size(); first += 50) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(helvetica, 8);
          cs.newLineAtOffset(36, 760);
          for (String l : lines.subList(first, Math.min(lines.size(), first + 50))) {
            cs.showText(winAnsi(l));
            cs.newLineAtOffset(0, -14);
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String winAnsi(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    line.codePoints().forEach(c -> sb.append(c == '–' || c == '—' ? '-' : c == '\t' ? ' '
        : (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF) || "‘’“”…€•".indexOf(c) >= 0 ? (char) c : '?'));
    return sb.toString();
  }
}
