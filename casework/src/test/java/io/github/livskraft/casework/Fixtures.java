package io.github.livskraft.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Test fixtures: the seed and written documents, and DOCX/PDF files generated from them with POI and PDFBox. */
public final class Fixtures {
  /** A fixed clock for decisions. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T09:15:00Z"), ZoneOffset.UTC);
  /** The Kongsberg plan files (examples/plans). */
  public static final List<Path> PLANS = List.of(Path.of("../examples/plans/kongsberg-kommuneplan.yaml"),
      Path.of("../examples/plans/kongsbergregionen-strategi-2019.yaml"));

  private Fixtures() {}

  /** A test resource as text. */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX written with POI from a text: lines become paragraphs; the saksgang becomes a real table. */
  public static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n")) {
        if (line.startsWith("Formannskapet ") || line.startsWith("Kommunestyret ") || line.startsWith("Saksgang")) {
          XWPFTable t = doc.createTable(1, 3);
          String[] cells = line.trim().split("\\s{2,}");
          for (int i = 0; i < 3 && i < cells.length; i++) {
            t.getRow(0).getCell(i).setText(cells[i]);
          }
        } else {
          doc.createParagraph().createRun().setText(line);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF written with PDFBox from a text, one line per text line (Helvetica, WinAnsi: Norwegian letters work). */
  public static byte[] pdf(String text, boolean encrypted) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[] lines = text.split("\n");
      int i = 0;
      while (i < lines.length) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(40, 750);
          for (int n = 0; n < 60 && i < lines.length; n++, i++) {
            cs.showText(lines[i].replace('–', '-'));
            cs.newLineAtOffset(0, -12);
          }
          cs.endText();
        }
      }
      if (encrypted) {
        StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret",
            new AccessPermission());
        p.setEncryptionKeyLength(128);
        doc.protect(p);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
