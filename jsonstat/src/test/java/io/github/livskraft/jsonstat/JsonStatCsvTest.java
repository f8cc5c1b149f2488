package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStatCsvTest {

  @Test
  void tidyCsvWithCodesLabelsValueAndStatus() {
    JsonStatDataset ds = Fixtures.dataset("ssb-real/pxwebapi-v1_jsonstat2_12367_kostra-regnskap-drift_2021.json");
    String csv = JsonStatCsv.create().toCsv(ds);
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(1251);
    assertThat(lines.get(0)).isEqualTo("KOKkommuneregion0000,KOKkommuneregion0000_label,KOKregnskapsomfa0000,"
        + "KOKregnskapsomfa0000_label,KOKfunksjon0000,KOKfunksjon0000_label,KOKart0000,KOKart0000_label,"
        + "ContentsCode,ContentsCode_label,Tid,Tid_label,value,status");
    assertThat(lines.get(1)).isEqualTo("EAK,Landet,A,Kommuner/fylkeskommuner,100,Politisk styring,AGD4,"
        + "Korrigerte brutto driftsutgifter på funksjon/tjenesteområde,KOSbelop0000,Beløp (1000 kr),2015,2015,"
        + "1943974,");
    // flat index 15 is suppressed: empty value, status ":"
    assertThat(lines.get(16)).endsWith(",AGD56,Overføringer fra  egne foretak og IKS der (fylkes)kommunen selv "
        + "er deltaker,KOSbelop0000,Beløp (1000 kr),2015,2015,,:");
    assertThat(csv).contains("\r\n");
  }

  @Test
  void quotingDelimiterAndSkippingEmptyCells() {
    JsonStatDataset ds = Fixtures.dataset("samples/galicia.json");
    String csv = JsonStatCsv.builder().delimiter(';').labels(false).skipNullCells(true).build().toCsv(ds);
    assertThat(csv.lines().count()).isEqualTo(1 + 3956);
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("birth;age;gender;time;residence;concept;value;status");
    JsonStatDimension d = JsonStatDimension.of("k", "kommune", List.of("a"), java.util.Map.of("a", "Nore og Uvdal, \"NU\""));
    JsonStatDataset.Builder b = JsonStatDataset.builder(List.of(d));
    String quoted = JsonStatCsv.create().toCsv(b.text(0, "x;y").build());
    assertThat(quoted).isEqualTo("k,k_label,value,status\r\na,\"Nore og Uvdal, \"\"NU\"\"\",x;y,\r\n");
  }

  /** Issue 17: a label such as =HYPERLINK(…) was written as is and ran as a formula in a spreadsheet. */
  @Test
  void formulaCellsAreNeutralisedUnlessSwitchedOff() throws Exception {
    String json = ("{'version':'2.0','class':'dataset','id':['k'],'size':[3],'dimension':{'k':{'category':{"
        + "'index':['=1+1','@x','ok'],'label':{'=1+1':'=HYPERLINK(\\\"http://evil\\\")','@x':'+A','ok':'-5'}}}},"
        + "'value':[-1,2,3],'status':{'0':'-'}}").replace('\'', '"');
    JsonStatDataset ds = (JsonStatDataset) JsonStatReader.create().read(json.getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    String safe = JsonStatCsv.create().toCsv(ds);
    assertThat(safe).isEqualTo("k,k_label,value,status\r\n'=1+1,\"'=HYPERLINK(\"\"http://evil\"\")\",-1,'-\r\n"
        + "'@x,'+A,2,\r\nok,'-5,3,\r\n");
    String raw = JsonStatCsv.builder().neutraliseFormulas(false).build().toCsv(ds);
    assertThat(raw).isEqualTo("k,k_label,value,status\r\n=1+1,\"=HYPERLINK(\"\"http://evil\"\")\",-1,-\r\n"
        + "@x,+A,2,\r\nok,-5,3,\r\n");
  }

  @Test
  void numberFormatting() {
    assertThat(JsonStatCsv.format(81240)).isEqualTo("81240");
    assertThat(JsonStatCsv.format(77.24)).isEqualTo("77.24");
    assertThat(JsonStatCsv.format(1e-7)).isEqualTo("0.0000001");
    assertThat(JsonStatCsv.format(-2.5)).isEqualTo("-2.5");
  }
}
