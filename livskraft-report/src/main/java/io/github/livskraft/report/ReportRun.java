package io.github.livskraft.report;

import io.github.livskraft.sdg.SdgCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@code livskraft report} inside the CLI: loads plans and bundled data, builds the model and
 * writes the files.
 */
public final class ReportRun {
  private ReportRun() {}

  /**
   * What was produced.
   *
   * @param html absolute path of report.html
   * @param json absolute path of report.json
   * @param csv absolute paths of the CSV files
   * @param plans number of plans
   * @param indicators number of indicator sections
   * @param indicatorsWithData number of sections with real figures
   * @param gaps priority goals without a link
   * @param notFollowedUp priority goals not followed up to data (plan-model's coverage ladder), weakest first
   * @param findings number of coherence findings
   * @param suggestions number of new tagger suggestions
   */
  public record Result(Path html, Path json, List<Path> csv, int plans, int indicators, int indicatorsWithData,
      List<Integer> gaps, List<Integer> notFollowedUp, int findings, int suggestions) {}

  /**
   * Builds and writes a report.
   *
   * @param planFiles plan YAML files; empty for the embedded Kongsbergregionen examples
   * @param region {@code kongsbergregionen} or municipality numbers; empty for Kongsbergregionen
   * @param out the output directory
   * @param english true for English, false for bokmål
   * @param generator name and version of the program, shown in the footer
   * @return what was written
   * @throws IOException if writing fails
   */
  public static Result run(List<Path> planFiles, List<String> region, Path out, boolean english, String generator)
      throws IOException {
    ReportLanguage lang = english ? ReportLanguage.EN : ReportLanguage.NB;
    MunicipalityCodes codes = Harmonisation.codes();
    BundledStatistics stats = new BundledStatistics(codes);
    RegionSpec regionSpec = RegionSpec.parse(region, codes);
    PlanSection plans = Plans.load(planFiles);
    ReportBuilder builder = new ReportBuilder(stats, Progress.assessor(), SdgCatalogue.bundled());
    ReportModel model = builder.build(regionSpec, plans, ReportIndicators.defaults(regionSpec.municipalities()), generator);
    ReportWriter.Written w = ReportWriter.write(out, model, lang);
    return new Result(w.html().toAbsolutePath().normalize(), w.json().toAbsolutePath().normalize(),
        w.csv().stream().map(p -> p.toAbsolutePath().normalize()).toList(), model.plans().size(),
        model.indicators().size(), (int) model.indicators().stream().filter(ReportModel.IndicatorView::hasData).count(),
        model.coverage().gaps(), model.coverage().priorityGaps().stream().map(ReportModel.GapView::goal).toList(),
        model.findings().size(),
        (int) model.suggestions().stream().filter(s -> !s.alreadyLinked()).count());
  }

  /** The command that fetches an SSB table for the region's municipalities. */
  static String fetchHint(String table, List<io.github.livskraft.municipalities.MunicipalityCode> region) {
    return "livskraft ssb fetch " + table + " --region " + String.join(",", region.stream().map(c -> c.value())
        .toList()) + " --years 2015..2024";
  }

  static Optional<String> version() {
    return Optional.ofNullable(ReportRun.class.getPackage().getImplementationVersion());
  }
}
