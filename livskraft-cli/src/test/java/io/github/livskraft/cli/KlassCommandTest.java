package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code livskraft klass}: offline against the bundled KLASS snapshot; no network in these tests. */
class KlassCommandTest {

  @Test
  void codesOnADateOffline() {
    String[] r = TestCli.runToArray("klass", "codes", "--date", "2022-01-01", "--offline", "--no-cache");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1].lines()).hasSize(356).contains("3006\tKongsberg", "3808\tNotodden");
    assertThat(r[2]).contains("356 codes valid on 2022-01-01");
  }

  @Test
  void codesJsonOfflineForTheKlassFile() {
    String[] r = TestCli.runToArray("klass", "codes", "--date", "2026-01-01", "--offline", "--no-cache", "--json");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"codes\"").contains("\"code\" : \"3303\"").contains("\"name\" : \"Kongsberg\"");
  }

  @Test
  void countiesOffline() {
    String[] r = TestCli.runToArray("klass", "codes", "--classification", "104", "--date", "2021-01-01", "--offline", "--no-cache");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("38\tVestfold og Telemark").contains("30\tViken");
  }

  @Test
  void changesOfflineAreClassified() {
    String[] r = TestCli.runToArray("klass", "changes", "--from", "2019-01-01", "--to", "2025-01-01", "--offline", "--no-cache");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1].lines()).hasSizeGreaterThan(400);
    assertThat(r[1]).contains("2020-01-01\t0604 Kongsberg\t→\t3006 Kongsberg\trenumbering")
        .contains("2024-01-01\t3818 Tinn\t→\t4026 Tinn\trenumbering")
        .contains("2020-01-01\t0104 Moss\t→\t3002 Moss\tmerger");
    assertThat(r[2]).contains("national change history");
  }

  @Test
  void badDatesAreBadInput() {
    String[] r = TestCli.runToArray("klass", "codes", "--date", "1.1.2024", "--offline");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("'1.1.2024'").contains("yyyy-MM-dd");
    assertThat(TestCli.runToArray("klass", "changes", "--from", "2024-01-01", "--to", "2023-01-01", "--offline")[0]).isEqualTo("2");
    assertThat(TestCli.runToArray("klass", "codes", "--classification", "7", "--offline")[0]).isEqualTo("2");
  }

  @Test
  void offlineOutsideTheSnapshotAndUnreachableNetworkAreExit1() throws Exception {
    assertThat(TestCli.runToArray("klass", "codes", "--date", "2010-01-01", "--offline", "--no-cache")[0]).isEqualTo("1");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String[] r = TestCli.runToArray("klass", "codes", "--no-cache", "--base-url", "http://127.0.0.1:" + port + "/api/");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).containsIgnoringCase("cannot reach KLASS").contains("--offline");
  }

  @Test
  void helpHasExamples() {
    assertThat(TestCli.runToArray("klass", "--help")[1]).contains("Examples:").contains("livskraft klass changes --from");
    assertThat(TestCli.runToArray("klass", "codes", "--help")[1]).contains("livskraft klass codes --date 2019-01-01 --offline");
  }
}
