package io.github.livskraft.report;

/** The default Kongsbergregionen report, built once per test JVM (the bundled statistics take a moment). */
final class Reports {
  private Reports() {}

  private static final class Holder {
    static final Report KONGSBERGREGIONEN = ReportBuilder.builder().generator("livskraft test").build()
        .build(ExamplePlans.bundled(), ReportRegion.kongsbergregionen());
  }

  static Report kongsbergregionen() {
    return Holder.KONGSBERGREGIONEN;
  }

  /** The illustrative follow-up file (invented data, labelled ILLUSTRASJON), from the repository's examples. */
  static final java.nio.file.Path ILLUSTRATIVE_FILE =
      java.nio.file.Path.of("../examples/plans/illustrasjon-oppfolging-2025.yaml");

  /** The report of the illustrative follow-up file for Kongsbergregionen, for the given year (or the default). */
  static Report illustrative(java.util.OptionalInt year) {
    ReportBuilder.Builder b = ReportBuilder.builder().generator("livskraft test");
    year.ifPresent(b::year);
    return b.build().build(java.util.List.of(io.github.livskraft.plan.io.PlanReader.create().read(ILLUSTRATIVE_FILE)),
        ReportRegion.kongsbergregionen());
  }

  private static final class IllustrativeHolder {
    static final Report ILLUSTRATIVE = illustrative(java.util.OptionalInt.empty());
  }

  /** The illustrative report with the default year, built once per test JVM. */
  static Report illustrative() {
    return IllustrativeHolder.ILLUSTRATIVE;
  }
}
