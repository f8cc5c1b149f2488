package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.jsonstat.JsonStatDataset;
import io.github.livskraft.jsonstat.JsonStatException;
import io.github.livskraft.jsonstat.JsonStatReader;
import java.util.List;

/**
 * Reads statbank answers with the JSON-stat reader and merges the parts of a split query back into one dataset.
 */
final class Datasets {
  private static final JsonStatReader READER = JsonStatReader.create();

  private Datasets() {}

  static JsonStatDataset read(byte[] body, String what) {
    try {
      return READER.readDataset(body);
    } catch (JsonStatException e) {
      throw new PxWebException(PxWebException.Kind.MALFORMED_RESPONSE, 200, null,
          "SSB's answer for " + what + " is not a readable JSON-stat 2.0 dataset (truncated or wrong format?): "
              + e.getMessage() + " / SSBs svar kan ikke leses som JSON-stat 2.0", e);
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
      throw new PxWebException(PxWebException.Kind.MALFORMED_RESPONSE, 200, null,
          "The parts of a split query cannot be merged: " + e.getMessage()
              + " / Delene av en oppdelt spørring kan ikke slås sammen", e);
    }
  }
}
