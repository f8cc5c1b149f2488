package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {
  @TempDir Path dir;



  /** A saksframlegg written for this test (invented case). */
  private static final String CASE = "Saksbehandler: Kari Nordmann Arkiv: 026 Arkivsaksnr.: 25/77\n\n"
      + "Rådmannens innstilling\nKommunestyret vedtar tiltak for å redusere klimagassutslipp, jf. FNs bærekraftsmål 13.\n";

  @Test
  void assessPrintsTheSectionAndArkivmelding() throws Exception {
    Path f = Files.writeString(dir.resolve("sak.txt"), CASE);
    Run r = TestCli.run("case", "assess", f.toString(), "--plans", "../examples/plans/kongsberg-kommuneplan.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Bærekraftsvurdering").contains("Mål 13:");
    Run x = TestCli.run("case", "assess", f.toString(), "--format", "arkivmelding", "--lang", "nn");
    assertThat(x.code()).as(x.err()).isZero();
    assertThat(x.out()).contains("<arkivmelding").contains("lkc:baerekraftsvurdering");
    Run j = TestCli.run("case", "assess", f.toString(), "--format", "json");
    assertThat(j.out()).contains("\"caseNumber\" : \"2025/77\"");
  }

  @Test
  void badFilesExitTwoNamingTheFile() throws Exception {
    Path empty = Files.write(dir.resolve("tom.pdf"), new byte[0]);
    Run r = TestCli.run("case", "assess", empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("tom.pdf").contains("CLI-0003"); // empty: checked like every command's input
    Path docx = Files.writeString(dir.resolve("brukket.docx"), "not a zip");
    Run d = TestCli.run("case", "assess", docx.toString());
    assertThat(d.code()).isEqualTo(2);
    assertThat(d.err()).contains("brukket.docx").contains("CASE-0004");
  }

  @Test
  void batchWritesTidyFilesAndSummary() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), CASE);
    Path out = dir.resolve("out");
    Run r = TestCli.run("case", "batch", in.toString(), "--out", out.toString(), "--lang", "nb");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Av 1 saker i 2025:").contains("bærekraftsmål 13");
    assertThat(Files.readString(out.resolve("cases.csv"))).contains("a.txt,2025,");
  }
}
