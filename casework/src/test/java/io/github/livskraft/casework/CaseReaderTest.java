package io.github.livskraft.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseReaderTest {
  private final CaseReader reader = CaseReader.create();

  @Test
  void seedSaksframleggHeaderAndInnstilling() {
    CaseDocument c = reader.readText("seed-144", Fixtures.text("seed/seed004-line144.txt"));
    CaseHeader h = c.header();
    assertThat(h.caseOfficer()).contains("Aud Norunn Strand");
    assertThat(h.archiveCode()).contains("026");
    assertThat(h.caseNumber()).contains(new CaseNumber(2019, 4976, OptionalInt.empty()));
    assertThat(h.decidedBy()).contains("formannskap");
    assertThat(h.title()).contains("FRAMTIDA FOR REGION MIDT-BUSKERUD");
    assertThat(c.findPartText(PartKind.RECOMMENDATION)).hasValueSatisfying(t ->
        assertThat(t).startsWith("Saken legges fram til innledende drøfting"));
    assertThat(c.findPart(PartKind.ECONOMY)).isEmpty(); // absent, never guessed
    assertThat(c.language()).isEqualTo(Language.NB);
  }

  @Test
  void seedSaksgangTableAndShortInnstilling() {
    CaseDocument c = reader.readText("seed-534", Fixtures.text("seed/seed004-line534.txt"));
    assertThat(c.header().committee()).contains("Fellesnemnd for Troms og Finnmark");
    assertThat(c.header().meetingDate()).contains(LocalDate.of(2019, 1, 30));
    assertThat(c.header().committeeCaseNumber()).contains("7/2019");
    assertThat(c.findPartText(PartKind.RECOMMENDATION)).hasValueSatisfying(t -> assertThat(t).startsWith("1. Forslag"));
  }

  @Test
  void seedWithDocumentNumberAndArchiveCodeWithLetters() {
    CaseDocument c = reader.readText("seed-402", Fixtures.text("seed/seed004-line402.txt"));
    assertThat(c.header().archiveCode()).contains("144 U01");
    assertThat(c.header().caseNumber()).map(Object::toString).contains("2018/4519");
    assertThat(c.findPartText(PartKind.RECOMMENDATION)).hasValueSatisfying(t ->
        assertThat(t).startsWith("Forslag til næringsplan for Modum kommune"));
    CaseDocument d = reader.readText("seed-234", Fixtures.text("seed/seed004-line234.txt"));
    assertThat(d.header().caseNumber()).map(Object::toString).contains("2012/11896-26");
    assertThat(d.header().caseOfficer()).contains("Ingrid Lauvdal");
    assertThat(d.findPart(PartKind.RECOMMENDATION)).isPresent();
  }

  @Test
  void writtenBokmaalCaseHasEveryPart() {
    CaseDocument c = reader.readText("nb", Fixtures.text("written/sykkelvei-nb.txt"));
    assertThat(c.parts()).extracting(CasePart::kind).containsExactly(PartKind.HEADER, PartKind.RECOMMENDATION,
        PartKind.SUMMARY, PartKind.BACKGROUND, PartKind.ASSESSMENT, PartKind.ECONOMY, PartKind.ATTACHMENTS);
    CaseHeader h = c.header();
    assertThat(h.caseOfficer()).contains("Kari Nordmann");
    assertThat(h.archiveCode()).contains("K2-Q13 &14");
    assertThat(h.caseNumber()).map(Object::toString).contains("2025/1234-3");
    assertThat(h.date()).contains(LocalDate.of(2025, 3, 12));
    assertThat(h.committee()).contains("Formannskapet");
    assertThat(h.meetingDate()).contains(LocalDate.of(2025, 3, 24));
    assertThat(h.committeeCaseNumber()).contains("25/31");
    assertThat(h.decidedBy()).contains("Kommunestyret");
    assertThat(h.title()).contains("TRYGG SYKKELVEI LANGS KIRKEGATA");
    assertThat(c.partAt(c.text().indexOf("Kart over traseen"))).isEqualTo(PartKind.ATTACHMENTS);
  }

  @Test
  void writtenNynorskCase() {
    CaseDocument c = reader.readText("nn", Fixtures.text("written/skule-nn.txt"));
    assertThat(c.language()).isEqualTo(Language.NN);
    assertThat(c.parts()).extracting(CasePart::kind).contains(PartKind.RECOMMENDATION, PartKind.SUMMARY,
        PartKind.BACKGROUND, PartKind.ASSESSMENT, PartKind.ECONOMY, PartKind.ATTACHMENTS);
    assertThat(c.header().caseOfficer()).contains("Ola Nordmann");
    assertThat(c.header().committee()).contains("Formannskapet");
    assertThat(c.header().committeeCaseNumber()).contains("24/55");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Rådmannens innstilling|RECOMMENDATION", "Rådmannens forslag til vedtak|RECOMMENDATION",
      "Kommunedirektørens innstilling|RECOMMENDATION", "Kommunedirektøren si tilråding|RECOMMENDATION",
      "Rådmannen si innstilling|RECOMMENDATION", "Framlegg til vedtak|RECOMMENDATION",
      "Forslag til vedtak|RECOMMENDATION", "Innstilling til vedtak|RECOMMENDATION", "Tilråding|RECOMMENDATION",
      "Sammendrag|SUMMARY", "Samandrag|SUMMARY", "Saken gjelder|SUMMARY", "Saka gjeld|SUMMARY",
      "Saksopplysninger|BACKGROUND", "Saksopplysningar|BACKGROUND", "Bakgrunn|BACKGROUND",
      "Saksutgreiing|BACKGROUND", "Bakgrunn for saka|BACKGROUND",
      "Vurdering|ASSESSMENT", "Rådmannens vurdering|ASSESSMENT", "Kommunedirektøren si vurdering|ASSESSMENT",
      "Økonomiske konsekvenser|ECONOMY", "Økonomiske konsekvensar|ECONOMY",
      "Økonomiske og administrative konsekvenser|ECONOMY", "Vedlegg|ATTACHMENTS", "Vedleggsliste|ATTACHMENTS",
      "Andre dokument i saka|ATTACHMENTS", "Bærekraftsvurdering|SUSTAINABILITY", "Berekraftsvurdering|SUSTAINABILITY",
      "2. Vurdering|ASSESSMENT", "Vedlegg:|ATTACHMENTS"})
  void everyHeadingVariant(String heading, PartKind kind) {
    String text = "Saksbehandler: Test\n\nInnledning uten overskrift.\n\n" + heading + "\nInnhold i delen.\n";
    CaseDocument c = reader.readText("h", text);
    assertThat(c.partAt(text.indexOf("Innhold i delen"))).isEqualTo(kind);
  }

  @Test
  void sentenceStartingWithAHeadingWordIsNotAHeading() {
    String text = "Saksbehandler: Test\nVurdering av søknaden er gjort av fagavdelingen og er lang nok til å være en setning.\n";
    assertThat(reader.readText("x", text).findPart(PartKind.ASSESSMENT)).isEmpty();
  }

  @Test
  void htmlWithJsoup() {
    CaseDocument c = reader.readHtml("html", Fixtures.text("written/saksframlegg.html"));
    assertThat(c.format()).isEqualTo(SourceFormat.HTML);
    assertThat(c.text()).doesNotContain("var ignored");
    assertThat(c.header().caseNumber()).map(Object::toString).contains("2025/77");
    assertThat(c.header().caseOfficer()).contains("Kari Nordmann");
    assertThat(c.findPartText(PartKind.RECOMMENDATION)).hasValueSatisfying(t ->
        assertThat(t).contains("bærekraftsmål nr. 2"));
    assertThat(c.partAt(c.text().indexOf("Temakart"))).isEqualTo(PartKind.ATTACHMENTS);
  }

  @Test
  void docxWithPoi(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sak.docx");
    Files.write(f, Fixtures.docx(Fixtures.text("written/sykkelvei-nb.txt")));
    CaseDocument c = reader.read(f);
    assertThat(c.format()).isEqualTo(SourceFormat.DOCX);
    assertThat(c.header().caseNumber()).map(Object::toString).contains("2025/1234-3");
    assertThat(c.header().committee()).contains("Formannskapet");
    assertThat(c.findPartText(PartKind.RECOMMENDATION)).hasValueSatisfying(t -> assertThat(t).contains("sykkelvei"));
  }

  @Test
  void pdfWithPdfBox(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sak.pdf");
    Files.write(f, Fixtures.pdf(Fixtures.text("written/skule-nn.txt"), false));
    CaseDocument c = reader.read(f);
    assertThat(c.format()).isEqualTo(SourceFormat.PDF);
    assertThat(c.header().caseNumber()).map(Object::toString).contains("2024/877-5");
    assertThat(c.findPartText(PartKind.RECOMMENDATION)).hasValueSatisfying(t -> assertThat(t).contains("barneskule"));
  }

  @Test
  void structuredCallFieldsWin() {
    CaseInput in = CaseInput.builder("jp-1", Fixtures.text("written/sykkelvei-nb.txt"))
        .title("Sykkelvei i Kirkegata").caseNumber(CaseNumber.parse("2025/999")).language(Language.NB).build();
    CaseDocument c = reader.read(in);
    assertThat(c.format()).isEqualTo(SourceFormat.STRUCTURED);
    assertThat(c.title()).isEqualTo("Sykkelvei i Kirkegata");
    assertThat(c.header().caseNumber()).map(Object::toString).contains("2025/999");
    assertThat(c.header().caseOfficer()).contains("Kari Nordmann");
  }

  @Test
  void badFilesNameTheFile(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("tom.txt"), new byte[0]);
    assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(CaseInputException.class)
        .hasMessageContaining("CASE-0001").hasMessageContaining("tom.txt");
    Path png = Files.write(dir.resolve("bilde.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    assertThatThrownBy(() -> reader.read(png)).hasMessageContaining("CASE-0002").hasMessageContaining("bilde.png");
    Path enc = Files.write(dir.resolve("kryptert.pdf"), Fixtures.pdf("Hemmelig sak", true));
    CaseInputException e = (CaseInputException) org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(enc));
    assertThat(e.errorCode()).isEqualTo(CaseErrorCode.ENCRYPTED_PDF);
    assertThat(e.source()).endsWith("kryptert.pdf");
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).contains("PDF-filen er kryptert");
    assertThat(e.getMessage(Locale.forLanguageTag("nn"))).contains("PDF-fila er kryptert");
    Path broken = Files.write(dir.resolve("ødelagt.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3});
    assertThatThrownBy(() -> reader.read(broken)).hasMessageContaining("CASE-0004").hasMessageContaining("ødelagt.docx")
        .hasMessageContaining("expected a Word document");
    Path notDocx = Files.writeString(dir.resolve("tekst.docx"), "bare tekst");
    assertThatThrownBy(() -> reader.read(notDocx)).hasMessageContaining("CASE-0004");
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "bærekraft".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(latin1)).hasMessageContaining("CASE-0007").hasMessageContaining("offset 1");
    Path big = Files.writeString(dir.resolve("stor.txt"), "x".repeat(200));
    assertThatThrownBy(() -> CaseReader.withLimits(100, 1000, 10).read(big)).hasMessageContaining("CASE-0006");
    assertThatThrownBy(() -> reader.read(dir.resolve("finnes-ikke.txt"))).hasMessageContaining("CASE-0008");
  }

  @Test
  void caseNumberParseAndPrint() {
    assertThat(CaseNumber.parse("14/796-19")).isEqualTo(new CaseNumber(2014, 796, OptionalInt.of(19)));
    assertThat(CaseNumber.parse(CaseNumber.parse("2024/12-3").toString()).toString()).isEqualTo("2024/12-3");
    assertThatThrownBy(() -> CaseNumber.parse("14/")).hasMessageContaining("CASE-0013").hasMessageContaining("14/");
    assertThat(Optional.of(CaseNumber.parse("19/4976")).map(CaseNumber::year)).contains(2019);
  }

  @Test
  void limitsBelowOneAndABadThresholdAreCodedArgumentErrorsInOneLanguage() {
    assertThatThrownBy(() -> CaseReader.withLimits(1000, 0, 5)).isInstanceOf(IllegalArgumentException.class)
        .isInstanceOfSatisfying(io.github.livskraft.sdg.CodedArgumentException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(CaseErrorCode.INVALID_OPTION);
          assertThat(e.getMessage()).isEqualTo("CASE-0018: The option maxChars must be at least 1, was 0");
          assertThat(e.getMessage(Language.NB)).isEqualTo("CASE-0018: Innstillingen maxChars må være minst 1, var 0");
          assertThat(e.getMessage(Language.NN)).isEqualTo("CASE-0018: Innstillinga maxChars må vere minst 1, var 0");
        });
    assertThatThrownBy(() -> CaseAssessor.builder().threshold(0)).isInstanceOf(IllegalArgumentException.class)
        .isInstanceOfSatisfying(io.github.livskraft.sdg.CodedException.class, e -> {
          assertThat(e.errorCode().code()).isEqualTo("TAG-0047");
          assertThat(e.getMessage(Language.NB)).contains("et positivt tall").contains("0.0").doesNotContain("number");
          assertThat(e.getMessage(Language.NN)).contains("eit positivt tal").doesNotContain("number");
        });
  }
}
