package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatException;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.kostra.KostraErrorCode;
import java.util.List;

/**
 * Reads statbank answers with the JSON-stat reader and merges the parts of a split query back into one dataset.
 */
final class Datasets {
  private static final JsonStatReader READER = JsonStatReader.create();

  private Datasets() {}

  static JsonStatDataset read(byte[] body, Object what) {
    try {
      return READER.readDataset(body);
    } catch (JsonStatException e) {
      throw PxWebException.coded(PxWebException.Kind.MALFORMED_RESPONSE, 200, null, e,
          KostraErrorCode.text("SSB.not-jsonstat", what, e));
    }
  }

  /**
   * Merges the parts of a split query back into one dataset ({@link JsonStatDataset#merge}: categories in
   * first-seen order, labels, units and notes kept, a cell given by two parts must agree). A disagreement means
   * SSB's answers are inconsistent and is reported as a malformed response.
   */
  static JsonStatDataset merge(List<JsonStatDataset> parts) {
    try {
      return JsonStatDataset.merge(parts);
    } catch (JsonStatException e) {
      throw PxWebException.coded(PxWebException.Kind.MALFORMED_RESPONSE, 200, null, e,
          KostraErrorCode.text("SSB.merge", e));
    }
  }
}
