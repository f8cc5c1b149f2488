package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonStatDimensionTest {
  private static final JsonStatDimension REGION = JsonStatDimension.builder("Region").label("region")
      .category("3303", "Kongsberg").category("4005", "Notodden").category("EAK", null)
      .unit("3303", JsonStatUnit.of("kr", 0)).build();

  @Test
  void lookups() {
    assertThat(REGION.codes()).containsExactly("3303", "4005", "EAK");
    assertThat(REGION.labels()).containsExactly("Kongsberg", "Notodden", "EAK");
    assertThat(REGION.position("4005")).isEqualTo(1);
    assertThat(REGION.findPosition("0604")).isEmpty();
    assertThat(REGION.findPositionByLabel("notodden")).hasValue(1);
    assertThat(REGION.categoryLabel("EAK")).isEqualTo("EAK");
    assertThat(REGION.findUnit("3303").orElseThrow().base()).contains("kr");
    assertThat(REGION.displayLabel()).isEqualTo("region");
  }

  @Test
  void errors() {
    assertThatThrownBy(() -> REGION.position("0604")).isInstanceOfSatisfying(JsonStatException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.UNKNOWN_CATEGORY);
      assertThat(e.getMessage()).contains("'0604'").contains("Region").contains("3303");
    });
    assertThatThrownBy(() -> REGION.code(3)).isInstanceOf(JsonStatException.class);
    assertThatThrownBy(() -> JsonStatDimension.of("x", "x", List.of("a", "a"), Map.of()))
        .isInstanceOfSatisfying(JsonStatException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.DUPLICATE_ID));
  }

  @Test
  void equality() {
    JsonStatDimension same = JsonStatDimension.builder("Region").label("region")
        .category("3303", "Kongsberg").category("4005", "Notodden").category("EAK", null)
        .unit("3303", JsonStatUnit.of("kr", 0)).build();
    assertThat(same).isEqualTo(REGION).hasSameHashCodeAs(REGION);
    assertThat(JsonStatDimension.of("Region", "region", List.of("3303"), Map.of())).isNotEqualTo(REGION);
  }
}
