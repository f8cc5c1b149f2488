package io.github.livskraft.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {
  @Test
  void parses_keys_and_ssb_forms() {
    assertThat(Region.parse("3303")).isEqualTo(Region.municipality("3303"));
    assertThat(Region.parse("K-3303").key()).isEqualTo("3303");
    assertThat(Region.parse("F33").kind()).isEqualTo(RegionKind.COUNTY);
    assertThat(Region.parse("EKA40").key()).isEqualTo("F40");
    assertThat(Region.parse("EAK")).isEqualTo(Region.norway());
    assertThat(Region.parse("kongsbergregionen").kind()).isEqualTo(RegionKind.GROUP);
    assertThatThrownBy(() -> Region.parse("1300")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Region.parse("!!")).hasMessageContaining("Invalid region '!!'")
        .isInstanceOfSatisfying(MunicipalityArgumentException.class,
            e -> assertThat(e.getMessage(io.github.livskraft.sdg.Language.NB)).contains("Ugyldig region '!!'"));
  }

  @Test
  void kongsbergregionen_has_the_seven_2024_codes() {
    Region.Group g = Region.kongsbergregionen();
    assertThat(g.members()).extracting(MunicipalityCode::value)
        .containsExactly("3303", "3334", "3336", "3338", "4005", "4024", "4026");
    assertThat(g.members()).extracting(CountyCode::of).extracting(CountyCode::value).containsOnly("33", "40");
    assertThatThrownBy(() -> new Region.Group("g", "G", List.of(MunicipalityCode.parse("3303"),
        MunicipalityCode.parse("3303")))).hasMessageContaining("twice");
  }
}
