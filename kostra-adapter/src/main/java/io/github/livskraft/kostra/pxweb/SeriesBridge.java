package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.series.Observation;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.Provenance;
import io.github.livskraft.indicators.series.TimeSeries;
import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatDimension;
import io.github.livskraft.jsonstat.JsonStatUnit;
import io.github.livskraft.kostra.Defaults;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.municipalities.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns statbank datasets into the {@code indicators} module's {@link TimeSeries}: one series per region × contents
 * × combination of the other dimensions, observations by period, SSB status symbols kept ({@code :} stays
 * "confidential", never 0), unit and decimals from the contents category, provenance from the table.
 *
 * <pre>{@code
 * StatbankResult r = statbank.fetch(query);
 * for (SsbSeries s : SeriesBridge.toSeries(r)) {
 *   s.series().latestWithValue();        // Optional[2024: 62853]
 *   s.publishedRegionCode();             // "5001"
 * }
 * }</pre>
 */
public final class SeriesBridge {

  private SeriesBridge() {}

  /**
   * The series of a fetched result (roles from its metadata and dataset).
   *
   * @param result the result
   * @return the series, in dataset order
   */
  public static List<SsbSeries> toSeries(StatbankResult result) {
    JsonStatDataset ds = result.dataset();
    DimensionRoles detected = DimensionRoles.detect(ds);
    String region = result.metadata().regionVariable().map(Variable::code)
        .filter(id -> ds.findDimension(id).isPresent()).orElse(detected.region());
    return toSeries(ds, new DimensionRoles(region, detected.time(), detected.contents()), result.tableId(),
        result.updated());
  }

  /**
   * The series of a dataset.
   *
   * @param ds the dataset
   * @param roles which dimensions are region, time and contents
   * @param tableId the table id, for provenance
   * @param updated the table's {@code updated} stamp (empty: taken from the dataset)
   * @return the series
   * @throws PxWebException of kind {@link PxWebException.Kind#UNSUPPORTED} for a period or region code the
   *     series model cannot hold (e.g. weekly periods)
   */
  public static List<SsbSeries> toSeries(JsonStatDataset ds, DimensionRoles roles, String tableId, String updated) {
    String upd = updated.isEmpty() ? ds.updated().orElse("") : updated;
    List<String> ids = ds.ids();
    int r = index(ids, roles.region());
    int t = index(ids, roles.time());
    int c = index(ids, roles.contents());
    JsonStatDimension regionDim = ds.dimensions().get(r);
    JsonStatDimension timeDim = ds.dimensions().get(t);
    JsonStatDimension contentsDim = ds.dimensions().get(c);
    List<Period> periods = new ArrayList<>();
    for (String code : timeDim.codes()) {
      try {
        periods.add(Period.parse(code));
      } catch (IndicatorException e) {
        throw PxWebException.coded(PxWebException.Kind.UNSUPPORTED, e,
            KostraErrorCode.text("series.time", code, tableId));
      }
    }
    // series key: every coordinate except time, in dimension order
    Map<String, List<Observation>> obs = new LinkedHashMap<>();
    Map<String, int[]> keyPositions = new LinkedHashMap<>();
    int nd = ids.size();
    int[] pos = new int[nd];
    int[] sizes = ds.sizes();
    int cells = ds.cellCount();
    for (int i = 0; i < cells; i++) {
      StringBuilder key = new StringBuilder();
      for (int d = 0; d < nd; d++) {
        if (d != t) {
          key.append(pos[d]).append(',');
        }
      }
      String k = key.toString();
      keyPositions.computeIfAbsent(k, x -> pos.clone());
      OptionalDouble v = ds.findValue(i);
      Optional<String> s = ds.findStatus(i);
      ObservationStatus status = s.flatMap(ObservationStatus::fromSymbol).orElse(ObservationStatus.OK);
      Period p = periods.get(pos[t]);
      Observation o = Observation.ofNullable(p, v.isPresent() ? v.getAsDouble() : null, status);
      obs.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
      for (int d = nd - 1; d >= 0; d--) {
        if (++pos[d] < sizes[d]) {
          break;
        }
        pos[d] = 0;
      }
    }
    List<SsbSeries> out = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> e : obs.entrySet()) {
      int[] p = keyPositions.get(e.getKey());
      String published = regionDim.code(p[r]);
      String regionLabel = regionDim.labelAt(p[r]);
      String contents = contentsDim.code(p[c]);
      Optional<JsonStatUnit> unit = contentsDim.findUnit(contents);
      String unitText = unit.map(BundledSnapshots::unitText).orElse("");
      int decimals = unit.flatMap(u -> u.decimals().isPresent() ? Optional.of(u.decimals().getAsInt())
          : Optional.empty()).orElse(0);
      Map<String, String> others = new LinkedHashMap<>();
      StringBuilder variable = new StringBuilder(contents);
      for (int d = 0; d < nd; d++) {
        if (d != r && d != t && d != c) {
          String code = ds.dimensions().get(d).code(p[d]);
          others.put(ids.get(d), code);
        }
      }
      if (!others.isEmpty()) {
        variable.append(others.toString().replace('{', '[').replace('}', ']').replace(" ", ""));
      }
      TimeSeries series = TimeSeries.of(normalise(published, regionLabel, tableId), variable.toString(), unitText,
          Math.min(10, Math.max(0, decimals)), Provenance.ssb(tableId, contents, upd.isEmpty() ? null : upd),
          e.getValue());
      out.add(new SsbSeries(series, tableId, contents, contentsDim.labelAt(p[c]), published, regionLabel, upd,
          others, Defaults.ATTRIBUTION_NB + ", " + Defaults.LICENCE));
    }
    return out;
  }

  /**
   * Normalises a published region code: {@code 3303}, {@code K-3303}, {@code 0604} → municipality;
   * {@code F-33}, {@code EKA33} → county; {@code 0}, {@code EAK} → Norway; anything else ({@code EAKUO},
   * {@code EKG16}) → a group with that id. The label, without a validity note such as "(-2019)", becomes the name.
   *
   * @param code the code as published
   * @param label the label as published
   * @param tableId the table, for the error message
   * @return the region
   * @throws PxWebException if the code is none of these forms
   */
  public static Region normalise(String code, String label, String tableId) {
    String name = withoutValidityNote(label);
    if (name.equals(code)) {
      name = "";
    }
    String digits = code.toUpperCase(Locale.ROOT).startsWith("K-") ? code.substring(2) : code;
    if (MunicipalityCode.isWellFormed(digits)) {
      return new Region.Municipality(MunicipalityCode.parse(digits), name);
    }
    try {
      Region parsed = Region.parse(code);
      if (parsed instanceof Region.Group g) {
        return new Region.Group(g.id(), name.isEmpty() ? g.id() : name, List.of());
      }
      if (parsed instanceof Region.County cty) {
        return new Region.County(cty.code(), name);
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw PxWebException.coded(PxWebException.Kind.UNSUPPORTED, e,
          KostraErrorCode.text("series.region", code, label, tableId));
    }
  }

  /**
   * A region label without SSB's trailing validity note: "Kongsberg (-2019)" → "Kongsberg",
   * "Moss (2020-2023)" → "Moss".
   *
   * @param label the label
   * @return the name
   */
  public static String withoutValidityNote(String label) {
    return io.github.livskraft.municipalities.internal.BundledRegistry.cleanName(label);
  }

  private static int index(List<String> ids, String id) {
    int i = ids.indexOf(id);
    if (i < 0) {
      throw PxWebException.coded(PxWebException.Kind.UNSUPPORTED, null,
          KostraErrorCode.text("series.no-dimension", id, String.join(", ", ids)));
    }
    return i;
  }
}
