package io.github.livskraft.indicators.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.IndicatorException;
import org.junit.jupiter.api.Test;

class ObservationTest {
  private final Period y = Period.year(2024);

  @Test
  void missing_values_keep_their_status_and_never_become_zero() {
    Observation o = Observation.missing(y, ObservationStatus.NOT_AVAILABLE);
    assertThat(o.hasValue()).isFalse();
    assertThat(o.value()).isEmpty();
    assertThat(o.rawValue()).isNaN();
    assertThat(o).hasToString("2024=..");
    assertThatThrownBy(o::getValue).isInstanceOf(IndicatorException.class).hasMessageContaining("no value for 2024")
        .hasMessageContaining("not available");
  }

  @Test
  void nil_is_zero_and_status_without_value_rejects_numbers() {
    assertThat(Observation.missing(y, ObservationStatus.NIL).getValue()).isZero();
    assertThatThrownBy(() -> Observation.of(y, 3, ObservationStatus.CONFIDENTIAL))
        .isInstanceOf(IndicatorException.class);
    assertThatThrownBy(() -> Observation.of(y, Double.NaN)).isInstanceOf(IndicatorException.class);
    assertThatThrownBy(() -> Observation.of(y, 2, ObservationStatus.NIL)).isInstanceOf(IndicatorException.class);
  }

  @Test
  void ofNullable_maps_reader_cells() {
    assertThat(Observation.ofNullable(y, null, ObservationStatus.CONFIDENTIAL).status())
        .isEqualTo(ObservationStatus.CONFIDENTIAL);
    assertThat(Observation.ofNullable(y, null, ObservationStatus.OK).status())
        .isEqualTo(ObservationStatus.NOT_AVAILABLE);
    assertThat(Observation.ofNullable(y, 4.0, ObservationStatus.PROVISIONAL).getValue()).isEqualTo(4.0);
  }

  @Test
  void status_symbols_and_combination() {
    assertThat(ObservationStatus.fromSymbol("..")).contains(ObservationStatus.NOT_AVAILABLE);
    assertThat(ObservationStatus.fromSymbol(":")).contains(ObservationStatus.CONFIDENTIAL);
    assertThat(ObservationStatus.fromSymbol("?")).isEmpty();
    assertThat(ObservationStatus.combine(ObservationStatus.NOT_AVAILABLE, ObservationStatus.CONFIDENTIAL))
        .isEqualTo(ObservationStatus.CONFIDENTIAL);
    assertThat(ObservationStatus.combine(ObservationStatus.OK, ObservationStatus.PROVISIONAL))
        .isEqualTo(ObservationStatus.PROVISIONAL);
    assertThat(ObservationStatus.combine(ObservationStatus.NIL, ObservationStatus.OK))
        .isEqualTo(ObservationStatus.OK);
  }
}
