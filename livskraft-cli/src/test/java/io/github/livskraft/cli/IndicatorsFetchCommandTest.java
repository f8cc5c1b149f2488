package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indicators fetch} offline, on the real SSB response bundled with kostra-adapter (table 12134,
 * KOSAG110000 "Frie inntekter per innbygger (kr)", 2024: Oslo 81240, Bergen 66605, Trondheim 62853). No network.
 */
class IndicatorsFetchCommandTest {
  @TempDir Path dir;



  @Test
  void fetch_offline_writes_tidy_csv_and_parquet_that_compute_reads() throws Exception {
    Path base = dir.resolve("fi");
    Run r = TestCli.run("indicators", "fetch", "--indicator", "governance.free-income-per-capita", "--region", "all",
        "--years", "2024", "--offline", "--no-cache", "--harmonise", "none", "--out", base.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 series, 3 observations").contains("fi.parquet");
    assertThat(r.err()).contains("offline").contains("Statistisk sentralbyrå");
    String csv = Files.readString(dir.resolve("fi.csv"));
    assertThat(csv).startsWith("region,variable,period,value,status,unit,decimals,source,table,contents_code,updated")
        .contains("0301,governance.free-income-per-capita,2024,81240").contains("12134").contains("KOSAG110000");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), sum(value), min(region), max(\"table\") FROM read_parquet('"
            + dir.resolve("fi.parquet") + "')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(3);
      assertThat(rs.getDouble(2)).isEqualTo(81240 + 66605 + 62853);
      assertThat(rs.getString(3)).isEqualTo("0301");
      assertThat(rs.getString(4)).isEqualTo("12134");
    }
    // the Parquet writer keeps SSB symbols: a missing value is NULL with its symbol in status
    Path tidy = dir.resolve("m.csv");
    Files.writeString(tidy, "region,variable,period,value,status,unit,decimals,source,table,contents_code,updated\n"
        + "3303,x,2024,..,,kr,0,Statistisk sentralbyrå,12134,KOSAG110000,\n3303,x,2023,5.5,*,kr,0,Statistisk"
        + " sentralbyrå,12134,KOSAG110000,\n");
    ParquetExport.fromTidyCsv(tidy, dir.resolve("m.parquet"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT period, value, status, \"table\" FROM read_parquet('"
            + dir.resolve("m.parquet") + "') ORDER BY period")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getDouble(2)).isEqualTo(5.5);
      assertThat(rs.getString(3)).isEqualTo("*");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getObject(2)).isNull();
      assertThat(rs.getString(3)).isEqualTo("..");
      assertThat(rs.getString(4)).isEqualTo("12134");
    }
    Run compute = TestCli.run("indicators", "compute", "--data", dir.resolve("fi.csv").toString(), "--harmonise", "none",
        "--lang", "en");
    assertThat(compute.code()).as(compute.err()).isZero();
    assertThat(compute.out()).contains("governance.free-income-per-capita").contains("4601").contains("66,605");
    assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".tmp")).count()).as("no temp files left").isZero();
  }

  @Test
  void a_definition_without_an_ssb_table_says_why() {
    Run r = TestCli.run("indicators", "fetch", "--indicator", "health.life-expectancy", "--offline", "--no-cache",
        "--out", dir.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("health.life-expectancy").contains("other_publisher").contains("FHI");
  }
}
