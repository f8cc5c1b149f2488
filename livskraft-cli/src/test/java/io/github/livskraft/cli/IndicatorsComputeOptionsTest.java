package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code indicators compute} that mirror the Java API, on the real Kongsbergregionen data. */
class IndicatorsComputeOptionsTest {
  @TempDir static Path dir;
  static Path data;



  @BeforeAll
  static void copyData() {
    data = TestCli.kongsbergregionenSeries(dir);
  }

  @Test
  void harmonisation_notes_are_in_the_chosen_language() throws IOException {
    // sample values (not real): a series of Drammen's pre-2020 code 0602, which was merged into 3005 → 3301
    Path csv = dir.resolve("merged-sample.csv");
    Files.writeString(csv, "region,variable,period,value,status,unit,decimals,source,table,contents_code,updated\n"
        + "0602,x,2018,5,,kr,0,sample,12134,c,\n3301,x,2024,7,,kr,0,sample,12134,c,\n");
    Run nb = TestCli.run("indicators", "compute", "--data", csv.toString(), "--harmonise", "2024", "--lang", "nb");
    assertThat(nb.err()).contains("harmonisering: beholdt under egen kode: 0602 inngikk i en sammenslåing (3301)")
        .doesNotContain("kept").doesNotContain("was part of");
    Run nn = TestCli.run("indicators", "compute", "--data", csv.toString(), "--harmonise", "2024", "--lang", "nn");
    assertThat(nn.err()).contains("harmonisering: halden under eigen kode: 0602 gjekk inn i ei samanslåing (3301)");
    Run en = TestCli.run("indicators", "compute", "--data", csv.toString(), "--harmonise", "2024", "--lang", "en");
    assertThat(en.err()).contains("harmonise: kept under its own code: 0602 was part of a merger (3301)");
  }

  @Test
  void peers_rank_median_min_max_per_year() {
    Run r = TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "kindergarten.coverage-1-2",
        "--peers", "3303,3334,3336,3338,4005,4024,4026", "--harmonise", "none");
    assertThat(r.code()).as(r.err()).isZero();
    // SSB 13502 KOSandel120000, 2023: 3303 91.3; peers 77.0 77.5 83.3 89.2 95.6 96.8 → rank 3 of 7, median 86.25
    assertThat(r.out()).containsPattern("kindergarten\\.coverage-1-2\\s+3303\\s+2023\\s+91\\.3\\s+3/7\\s+86\\.3?\\s+"
        + "77\\.0\\s+96\\.8");
  }

  @Test
  void direction_limit_and_lcr_formula_options() throws IOException {
    ObjectMapper om = new ObjectMapper();
    JsonNode up = om.readTree(TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator",
        "kindergarten.coverage-1-2", "--region", "3303", "--harmonise", "none", "--json").out());
    JsonNode down = om.readTree(TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator",
        "kindergarten.coverage-1-2", "--region", "3303", "--harmonise", "none", "--json", "--direction",
        "kindergarten.coverage-1-2=lower_is_better").out());
    double pUp = up.findValue("progressValue").asDouble();
    double pDown = down.findValue("progressValue").asDouble();
    assertThat(pDown).as("direction flips P").isEqualTo(-pUp);
    Run limited = TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "kindergarten.coverage-1-2",
        "--region", "3303", "--harmonise", "none", "--json", "--limit", "kindergarten.coverage-1-2=100");
    assertThat(om.readTree(limited.out()).findValue("limitCoefficient")).isNotNull();
    assertThat(TestCli.run("indicators", "compute", "--data", data.toString(), "--lcr-formula", "cubic").code()).isEqualTo(2);
    assertThat(TestCli.run("indicators", "compute", "--data", data.toString(), "--direction", "kindergarten.coverage-1-2=up")
        .err()).contains("higher_is_better");
  }

  @Test
  void bounds_file_with_green_and_red_and_weights() throws IOException {
    Path bounds = dir.resolve("bounds.csv");
    Files.writeString(bounds, "indicator,lower,optimum,red,green,weight,lower_reason,optimum_reason\n"
        + "kindergarten.coverage-1-2,50,100,60,110,1,illustrative,illustrative\n"
        + "kindergarten.coverage-1-5,70,100,80,95,0.5,illustrative,illustrative\n");
    Run r = TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "kindergarten.coverage-1-2",
        "--region", "3303", "--bounds-file", bounds.toString(), "--harmonise", "none");
    assertThat(r.code()).as(r.err()).isZero();
    // 91.3 on 50 → 100: score 82.6 → 83; green 110 kept as given (outside the bounds, as SDSN does), yellow/orange
    // at the red–green midpoint (60 + 110) / 2 = 85 → yellow
    assertThat(r.out()).containsPattern("3303\\s+2023\\s+91\\.3\\s+.*\\s83\\s+Challenges remain");
    Path weights = dir.resolve("w.csv");
    Files.writeString(weights, "indicator,weight\nkindergarten.coverage-1-2,1/3\n");
    assertThat(TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "kindergarten.coverage-1-2",
        "--bounds-file", bounds.toString(), "--weights", weights.toString(), "--harmonise", "none").code()).isZero();
    Files.writeString(weights, "indicator,weight\nkindergarten.coverage-1-2,-1\n");
    Run bad = TestCli.run("indicators", "compute", "--data", data.toString(), "--weights", weights.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("w.csv line 2, weight");
  }

  @Test
  void reads_the_json_stat_csv_layout_that_ssb_fetch_and_jsonstat_csv_write() throws IOException {
    Path csv = dir.resolve("12134.csv");
    // the layout of JsonStatCsv.create() for SSB table 12134 (values: the recorded real response, 2024)
    Files.writeString(csv, "KOKkommuneregion0000,KOKkommuneregion0000_label,ContentsCode,ContentsCode_label,Tid,"
        + "Tid_label,value,status\r\n"
        + "0301,Oslo,KOSAG110000,Frie inntekter per innbygger (kr),2024,2024,81240,\r\n"
        + "4601,Bergen,KOSAG110000,Frie inntekter per innbygger (kr),2024,2024,66605,\r\n"
        + "5001,Trondheim,KOSAG110000,Frie inntekter per innbygger (kr),2024,2024,,..\r\n");
    Run r = TestCli.run("indicators", "compute", "--data", csv.toString(), "--variable",
        "KOSAG110000=governance.free-income-per-capita", "--harmonise", "none", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("0301").contains("81,240").contains("66,605").contains("Statistisk sentralbyrå");
  }

  @Test
  void limits_of_the_series_reader_are_options_and_name_themselves_when_exceeded() {
    // the real file has 163 data rows: at --max-rows 163 it is read, at 162 refused on line 164
    Run ok = TestCli.run("indicators", "compute", "--data", data.toString(), "--indicator", "kindergarten.coverage-1-2",
        "--region", "3303", "--harmonise", "none", "--max-rows", "163");
    assertThat(ok.code()).as(ok.err()).isZero();
    Run over = TestCli.run("indicators", "compute", "--data", data.toString(), "--harmonise", "none", "--max-rows", "162",
        "--lang", "nn");
    assertThat(over.code()).isEqualTo(2);
    assertThat(over.err()).contains("IND-0010").contains("linje 164: fleire datarader enn maxRows = 162")
        .contains("--max-rows");
    Run bytes = TestCli.run("indicators", "compute", "--data", data.toString(), "--max-bytes", "100");
    assertThat(bytes.code()).isEqualTo(2);
    assertThat(bytes.err()).contains("IND-0010").contains("more than maxBytes = 100").contains("--max-bytes");
    Run zero = TestCli.run("indicators", "compute", "--data", data.toString(), "--max-series", "0", "--lang", "en");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("IND-0010").contains("maxSeries must be at least 1, was 0")
        .contains("--max-series");
    Run zeroNn = TestCli.run("indicators", "compute", "--data", data.toString(), "--max-rows", "0", "--lang", "nn");
    assertThat(zeroNn.code()).isEqualTo(2);
    assertThat(zeroNn.err()).contains("IND-0010").contains("maxRows i SeriesCsvReader må vere minst 1, var 0")
        .contains("--max-rows").doesNotContain("must");
  }
}
