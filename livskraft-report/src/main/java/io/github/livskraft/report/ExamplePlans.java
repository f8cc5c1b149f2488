package io.github.livskraft.report;

import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example plans embedded in this module (from {@code examples/plans}): Kongsbergregionen's regional strategy
 * 2019 and Kongsberg's municipal master plan, in chain order. The default input of the report.
 */
public final class ExamplePlans {
  /** Resource names, overarching plan first. */
  private static final List<String> EMBEDDED = List.of("plans/kongsbergregionen-strategi-2019.yaml",
      "plans/kongsberg-kommuneplan.yaml");

  private ExamplePlans() {}

  /**
   * Reads the embedded example plans (each call reads them anew; they are small).
   *
   * @return the two plan documents, overarching plan first
   * @throws UncheckedIOException if the jar lacks them
   */
  public static List<LoadedPlanDocument> bundled() {
    PlanReader reader = PlanReader.create();
    List<LoadedPlanDocument> docs = new ArrayList<>();
    for (String name : EMBEDDED) {
      try (InputStream in = ExamplePlans.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("example plan missing from the jar: io/github/livskraft/report/" + name);
        }
        docs.add(reader.read(name.substring(name.indexOf('/') + 1), new String(in.readAllBytes(),
            StandardCharsets.UTF_8), PlanFormat.YAML));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(docs);
  }
}
