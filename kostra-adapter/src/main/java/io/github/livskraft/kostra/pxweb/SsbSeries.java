package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.indicators.series.TimeSeries;
import java.util.Map;
import java.util.Objects;

/**
 * A time series read from an SSB table, with everything needed to trace each observation back: the table, the
 * ContentsCode and its label, the region code exactly as published ({@code K-3303}, {@code 0604}, {@code EAK})
 * next to the normalised {@link TimeSeries#region()}, the table's {@code updated} stamp, the other dimensions'
 * codes, and the attribution. Unit and decimals are on the series; each observation's SSB status is on the
 * observation.
 *
 * @param series the series (region normalised, provenance {@code Provenance.ssb(table, contents, updated)})
 * @param tableId the table, e.g. {@code 12134}
 * @param contentsCode the ContentsCode, e.g. {@code KOSAG110000}
 * @param contentsLabel its label, e.g. "Frie inntekter per innbygger (kr)"
 * @param publishedRegionCode the region code as SSB published it
 * @param regionLabel the region label as published, e.g. "Kongsberg (-2019)"
 * @param updated the table's {@code updated} stamp as published, empty if unknown
 * @param otherDimensions codes of the dimensions other than region, time and contents (e.g. function, type)
 * @param attribution "Kilde: Statistisk sentralbyrå, CC BY 4.0"
 */
public record SsbSeries(TimeSeries series, String tableId, String contentsCode, String contentsLabel,
    String publishedRegionCode, String regionLabel, String updated, Map<String, String> otherDimensions,
    String attribution) {

  /** Copies. */
  public SsbSeries {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(contentsCode, "contentsCode");
    Objects.requireNonNull(contentsLabel, "contentsLabel");
    Objects.requireNonNull(publishedRegionCode, "publishedRegionCode");
    Objects.requireNonNull(regionLabel, "regionLabel");
    Objects.requireNonNull(updated, "updated");
    otherDimensions = Map.copyOf(otherDimensions);
    Objects.requireNonNull(attribution, "attribution");
  }

  /** @return the normalised region key, e.g. {@code 3303}, {@code NO}, {@code EKG16} */
  public String regionKey() {
    return series.region().key();
  }
}
