package io.github.livskraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code livskraft ssb}: offline against the bundled real snapshots; no network in these tests. */
class SsbCommandTest {
  @TempDir Path tmp;


  private String cache() {
    return tmp.resolve("cache").toString();
  }

  @Test
  void metaOfflineListsTheBundledExtract() {
    String[] r = TestCli.runToArray("ssb", "meta", "12134", "--offline", "--cache-dir", cache());
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("12134: Utvalgte nøkkeltall for kommuneregnskap")
        .contains("bundled offline snapshot")
        .contains("KOKkommuneregion0000 (region): 3 values; region must be selected")
        .contains("KOSAG110000  Frie inntekter per innbygger (kr)  [kr, 0 decimals]")
        .contains("updated: 2026-03-16T07:00:00Z")
        .contains("Kilde: Statistisk sentralbyrå");
  }

  @Test
  void metaJson() {
    String[] r = TestCli.runToArray("ssb", "meta", "12134", "--offline", "--json", "--no-cache");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("\"table\" : \"12134\"").contains("\"code\" : \"KOSAG110000\"")
        .contains("\"unit\" : \"kr\"");
  }

  @Test
  void fetchOfflineWritesTidyCsvWithValuesAndAttributionOnStderr() {
    String[] r = TestCli.runToArray("ssb", "fetch", "12134", "--contents", "KOSAG110000", "--region", "0301,5001", "--years",
        "2024", "--format", "csv", "--offline", "--no-cache");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("0301").contains("81240").contains("5001").contains("62853").doesNotContain("4601");
    assertThat(r[2]).contains("Kilde: Statistisk sentralbyrå (CC BY 4.0), table 12134, updated 2026-03-16T07:00:00Z")
        .contains("offline");
  }

  @Test
  void fetchOfflineToAFileWritesJsonStatThatReadsBack() throws Exception {
    Path out = tmp.resolve("kostra.json");
    String[] r = TestCli.runToArray("ssb", "fetch", "12367", "--contents", "KOSbelop0000", "--region", "EAK,3001", "--years",
        "2019..2020", "--select", "KOKregnskapsomfa0000=A", "--select", "KOKfunksjon0000=100", "--select",
        "KOKart0000=AGD10", "--offline", "--no-cache", "--json", "--out", out.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).isEmpty();
    JsonStatDataset ds = JsonStatReader.create().readDataset(out);
    assertThat(ds.cellCount()).isEqualTo(4);
    assertThat(ds.dimension("KOKkommuneregion0000").codes()).containsExactly("EAK", "3001");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aSplitFetchShowsAProgressBarAndGivesTheSameAnswer() {
    String[] args = {"ssb", "fetch", "12367", "--contents", "KOSbelop0000", "--region", "*", "--years", "*",
        "--select", "KOKregnskapsomfa0000=*", "--select", "KOKfunksjon0000=*", "--select", "KOKart0000=*",
        "--offline", "--no-cache", "--format", "csv"};
    String[] whole = TestCli.runToArray(args);
    String[] split = TestCli.runToArray(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--max-cells", "100")).toArray(String[]::new));
    assertThat(whole[0]).as(whole[2]).isEqualTo("0");
    assertThat(split[0]).as(split[2]).isEqualTo("0");
    assertThat(whole[2]).doesNotContain("[#");
    assertThat(split[2]).contains("1,250 cells, split into").contains("(bundled)")
        .containsPattern("split into (\\d+) requests[\\s\\S]*\\] \\1/\\1 \\(bundled\\)");
    assertThat(split[1]).isEqualTo(whole[1]);
    assertThat(whole[1].lines().count()).isEqualTo(1251);
  }

  @Test
  void aSelectionTheSnapshotDoesNotHoldIsAClearOfflineError() {
    String[] r = TestCli.runToArray("ssb", "fetch", "12134", "--contents", "KOSAG110000", "--region", "3303", "--years", "2024",
        "--offline", "--no-cache");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).contains("Offline mode").contains("3303");
  }

  @Test
  void aMissingMandatoryVariableIsBadInputNamingIt() {
    String[] r = TestCli.runToArray("ssb", "fetch", "12367", "--contents", "KOSbelop0000", "--region", "EAK", "--years", "2020",
        "--offline", "--no-cache");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("KOKregnskapsomfa0000").contains("cannot be left out");
  }

  @Test
  void badOptionsAreBadInput() {
    assertThat(TestCli.runToArray("ssb", "fetch", "12134", "--format", "xlsx", "--offline")[0]).isEqualTo("2");
    assertThat(TestCli.runToArray("ssb", "fetch", "12134", "--years", "top(x", "--offline", "--no-cache")[0]).isEqualTo("2");
    assertThat(TestCli.runToArray("ssb", "meta", "12 34")[0]).isEqualTo("2");
    assertThat(TestCli.runToArray("ssb", "meta", "12134", "--offline", "--refresh")[0]).isEqualTo("2");
    assertThat(TestCli.runToArray("ssb", "meta", "12134", "--api", "v3", "--offline")[0]).isEqualTo("2");
  }

  @Test
  void anUnreachableNetworkIsAClearErrorWithExitCode1() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String[] r = TestCli.runToArray("ssb", "meta", "12134", "--no-cache", "--base-url", "http://127.0.0.1:" + port + "/api/");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).containsIgnoringCase("cannot reach SSB").contains("--offline");
  }

  @Test
  void helpHasExamples() {
    String[] r = TestCli.runToArray("ssb", "fetch", "--help");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("Examples:").contains("livskraft ssb fetch 12134").contains("top(N)");
    assertThat(TestCli.runToArray("ssb", "--help")[1]).contains("livskraft ssb meta 12134").contains("800,000 cells");
    assertThat(new String(TestCli.runToArray("ssb")[2].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("meta").contains("fetch");
  }
}
