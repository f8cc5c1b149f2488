package io.github.livskraft.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.TestData;
import io.github.livskraft.municipalities.Region;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SeriesCsvTest {
  private static SeriesSet read(String csv) {
    return SeriesCsv.read(new StringReader(csv), "test.csv");
  }

  @Test
  void reads_the_real_fixture_with_provenance() {
    SeriesSet data = TestData.kongsbergregionen();
    assertThat(data.regions()).hasSize(7);
    assertThat(data.variables()).containsExactly("ghg", "kindergarten.coverage-1-2", "population");
    TimeSeries pop = data.get(Region.municipality("3303"), "population");
    assertThat(pop.size()).isEqualTo(10);
    assertThat(pop.provenance().tableId()).contains("07459");
    assertThat(pop.provenance().contentsCode()).contains("Personer1");
    assertThat(pop.decimals()).isZero();
    TimeSeries kg = data.get(Region.municipality("4026"), "kindergarten.coverage-1-2");
    assertThat(kg.provenance().updated()).contains("20240617 08:00");
  }

  @Test
  void ssb_symbols_semicolons_and_decimal_commas() {
    SeriesSet s = read("kommunenummer;variabel;år;verdi;status\n3303;x;2021;12,5;\n3303;x;2022;..;\n"
        + "3303;x;2023;;:\n3303;x;2024;3,0;*\n3303;x;2025;-;\n");
    TimeSeries t = s.get(Region.municipality("3303"), "x");
    assertThat(t.at(Period.year(2021)).getValue()).isEqualTo(12.5);
    assertThat(t.at(Period.year(2022)).status()).isEqualTo(ObservationStatus.NOT_AVAILABLE);
    assertThat(t.at(Period.year(2023)).status()).isEqualTo(ObservationStatus.CONFIDENTIAL);
    assertThat(t.at(Period.year(2024)).status()).isEqualTo(ObservationStatus.PROVISIONAL);
    assertThat(t.at(Period.year(2025)).getValue()).isZero();
  }

  @Test
  void errors_name_file_line_and_column() {
    assertThatThrownBy(() -> read("region,variable,period,value\n3303,x,2021,abc\n"))
        .isInstanceOf(IndicatorException.class).hasMessageContaining("IND-0005").hasMessageContaining("test.csv line 2")
        .hasMessageContaining("value").hasMessageContaining("abc").isInstanceOfSatisfying(IndicatorException.class,
            e -> assertThat(e.getMessage(io.github.livskraft.sdg.Language.NB)).contains("test.csv linje 2, value:")
                .contains("forventet et tall eller et SSB-symbol"));
    assertThatThrownBy(() -> read("region,variable,period,value,colour\n")).hasMessageContaining("column 5")
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> read("region,variable,value\n")).hasMessageContaining("a column 'period'");
    assertThatThrownBy(() -> read("region,variable,period,value\n3303,x,2021,1\n3303,x,2021,2\n"))
        .hasMessageContaining("line 3").hasMessageContaining("also on line 2");
    assertThatThrownBy(() -> read("region,variable,period,value\n9999x,x,2021,1\n")).hasMessageContaining("region");
    assertThatThrownBy(() -> read("region,variable,period,value\n3303,x,20211,1\n")).hasMessageContaining("period");
    assertThatThrownBy(() -> read("region,variable,period,value,status\n3303,x,2021,4,:\n"))
        .hasMessageContaining("status");
    assertThatThrownBy(() -> read("region,variable,period,value,unit\n3303,x,2021,4,kg\n3303,x,2022,4,t\n"))
        .hasMessageContaining("unit").hasMessageContaining("'kg'");
  }

  @Test
  void reads_the_json_stat_csv_layout_with_extra_dimensions_appended_to_the_variable() {
    SeriesSet s = read("KOKkommuneregion0000,KOKkommuneregion0000_label,ContentsCode,Alder,Tid,value,status\n"
        + "3303,Kongsberg,KOSandel,1-2,2023,91.5,\n3303,Kongsberg,KOSandel,1-2,2024,..,\n"
        + "3303,Kongsberg,KOSandel,3-5,2024,97.0,\n");
    TimeSeries young = s.get(Region.municipality("3303"), "KOSandel[Alder=1-2]");
    assertThat(young.at(Period.year(2023)).getValue()).isEqualTo(91.5);
    assertThat(young.at(Period.year(2024)).status()).isEqualTo(ObservationStatus.NOT_AVAILABLE);
    assertThat(young.provenance().source()).isEqualTo("Statistisk sentralbyrå");
    assertThat(young.provenance().attribution()).contains("CC BY 4.0");
    assertThat(s.get(Region.municipality("3303"), "KOSandel[Alder=3-5]").size()).isEqualTo(1);
    assertThatThrownBy(() -> read("Region,ContentsCode,Tid,value\n3303,X,2024K9,1\n"))
        .hasMessageContaining("line 2").hasMessageContaining("Tid").hasMessageContaining("2024K9");
    assertThatThrownBy(() -> read("Region,ContentsCode,Tid,value\n33x3,X,2024,1\n"))
        .hasMessageContaining("line 2").hasMessageContaining("33x3");
    assertThatThrownBy(() -> read("Region,ContentsCode,Tid,value\n3303, ,2024,1\n"))
        .hasMessageContaining("line 2").hasMessageContaining("ContentsCode");
    assertThatThrownBy(() -> read("Region,ContentsCode,Tid,value\n3303,X,2024\n"))
        .hasMessageContaining("line 2");
  }

  @Test
  void write_then_read_round_trips() {
    SeriesSet data = TestData.kongsbergregionen();
    StringWriter w = new StringWriter();
    SeriesCsv.write(data.all(), w);
    SeriesSet back = read(w.toString());
    assertThat(back.all()).isEqualTo(data.all());
  }
}
