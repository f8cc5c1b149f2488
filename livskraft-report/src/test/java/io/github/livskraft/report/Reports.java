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
}
