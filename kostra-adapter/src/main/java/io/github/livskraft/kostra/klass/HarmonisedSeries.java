package io.github.livskraft.kostra.klass;

import io.github.livskraft.municipalities.CodeChange;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.TimeSeries;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A series carried onto one year's municipality numbers, remembering which published code each observation came
 * from (e.g. 2019 from {@code 0604}, 2022 from {@code 3006}, 2024 from {@code 3303}).
 *
 * @param series the series under the target code
 * @param sourceCodes for each period, the code the value was published under (empty for non-municipal regions)
 * @param changes the renumberings applied
 */
public record HarmonisedSeries(TimeSeries series, Map<Period, MunicipalityCode> sourceCodes,
    List<CodeChange> changes) {
  /** Copies. */
  public HarmonisedSeries {
    Objects.requireNonNull(series, "series");
    sourceCodes = Map.copyOf(sourceCodes);
    changes = List.copyOf(changes);
  }
}
