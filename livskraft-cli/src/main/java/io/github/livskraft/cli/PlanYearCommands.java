package io.github.livskraft.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.livskraft.plan.FollowUpEntry;
import io.github.livskraft.plan.FollowUpStatus;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.Recurrence;
import io.github.livskraft.plan.ReportedValue;
import io.github.livskraft.plan.ReportingPeriod;
import io.github.livskraft.plan.benefits.BenefitAnalyzer;
import io.github.livskraft.plan.benefits.BenefitBalance;
import io.github.livskraft.plan.benefits.BenefitReport;
import io.github.livskraft.plan.benefits.RankedMeasure;
import io.github.livskraft.plan.calendar.AnnualCycle;
import io.github.livskraft.plan.calendar.CalendarEntry;
import io.github.livskraft.plan.calendar.IcsCalendar;
import io.github.livskraft.plan.calendar.UnscheduledEvent;
import io.github.livskraft.plan.followup.FollowUpAnalyzer;
import io.github.livskraft.plan.followup.FollowUpReport;
import io.github.livskraft.plan.followup.FollowUpRow;
import io.github.livskraft.plan.followup.StatusSummary;
import io.github.livskraft.plan.io.PlanWriter;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.NumberText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livskraft plan calendar | followup | benefits}: the plan through the year. Thin over plan-model. */
final class PlanYearCommands {
  private PlanYearCommands() {}

  /** --json or --csv. */
  static final class Output {
    @Option(names = "--json")
    boolean json;

    @Option(names = "--csv")
    boolean csv;
  }

  /** CSV through jackson-dataformat-csv. */
  static String csv(List<String> header, List<List<String>> rows) {
    CsvSchema.Builder b = CsvSchema.builder();
    header.forEach(b::addColumn);
    StringWriter w = new StringWriter();
    try (SequenceWriter seq = new CsvMapper().writer(b.build().withHeader()).writeValues(w)) {
      for (List<String> row : rows) {
        seq.write(row);
      }
    } catch (IOException e) {
      throw new IllegalStateException("CSV output failed", e);
    }
    return w.toString();
  }

  private static String s(Optional<?> o) {
    return o.map(String::valueOf).orElse("");
  }

  private static String num(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  private static PlanChain chain(List<Path> files) {
    return PlanCommand.chain(PlanCommand.readAll(files));
  }

  /** {@code livskraft plan calendar FILE… --year 2026 [--ics OUT]}. */
  @Command(name = "calendar", mixinStandardHelpOptions = true)
  static final class Calendar implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> files;

    @Option(names = "--year", required = true, paramLabel = "YYYY")
    int year;

    @Option(names = "--ics", paramLabel = "OUT")
    Path ics;

    @Mixin CliLanguage lang = new CliLanguage();

    @CommandLine.ArgGroup(exclusive = true)
    Output format = new Output();

    @Override
    public Integer call() {
      if (year < 1900 || year > 2200) {
        throw CliException.input("err.year-range", String.valueOf(year));
      }
      AnnualCycle cycle = AnnualCycle.expand(chain(files).plans(), year);
      PrintWriter out = spec.commandLine().getOut();
      if (ics != null) {
        IcsCalendar.write(cycle, ics, Instant.now(), lang.get());
      }
      if (format.json) {
        out.println(PlanWriter.create().writeJson(cycle));
      } else if (format.csv) {
        List<List<String>> rows = new ArrayList<>();
        for (CalendarEntry e : cycle.entries()) {
          rows.add(List.of(e.month().toString(), s(e.date()), s(e.start().map(x -> x.toLocalTime())),
              s(e.end().map(x -> x.toLocalTime())), e.kind().name(), e.title(), s(e.body()), s(e.planId()),
              e.eventId(), s(e.rule())));
        }
        for (UnscheduledEvent u : cycle.unscheduled()) {
          rows.add(List.of("", "", "", "", u.kind().name(), u.title(), "", u.planId(), u.eventId(), u.rule()));
        }
        out.print(csv(List.of("month", "date", "start", "end", "kind", "title", "body", "plan", "event", "rule"),
            rows));
      } else {
        for (CalendarEntry e : cycle.entries()) {
          String when = e.date().map(Object::toString).orElse(e.month() + "   ");
          String time = e.start().map(x -> " " + x.toLocalTime()).orElse("");
          out.println(String.format(Locale.ROOT, "%-10s%-6s  %-13s %s%s  [%s]", when, time, e.kind().label(lang.get()),
              e.title(), e.body().map(b -> " (" + b + ")").orElse(""), e.planId().orElse("")));
        }
        for (UnscheduledEvent u : cycle.unscheduled()) {
          out.println(CliMessages.text("calendar.undated", lang.get()) + "  " + String.format(Locale.ROOT,
              "%-13s %s: %s  [%s]", u.kind().label(lang.get()), u.title(),
              Recurrence.parse(u.rule()).describe(lang.get()), u.planId()));
        }
        out.println(CliMessages.text("calendar.summary", lang.get(), String.valueOf(cycle.entries().size()),
            String.valueOf(year), String.valueOf(cycle.unscheduled().size()))
            + (ics == null ? "" : "; iCalendar: " + ics));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code livskraft plan followup FILE… --period 2025}. */
  @Command(name = "followup", mixinStandardHelpOptions = true)
  static final class FollowUp implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> files;

    @Option(names = "--period", required = true, paramLabel = "YYYY[-Tn]")
    String period;

    @Mixin CliLanguage lang = new CliLanguage();

    @CommandLine.ArgGroup(exclusive = true)
    Output format = new Output();

    private String label(FollowUpStatus st) {
      return st.label(lang.get());
    }

    @Override
    public Integer call() {
      ReportingPeriod p;
      try {
        p = ReportingPeriod.parse(period);
      } catch (IllegalArgumentException e) {
        throw CliException.badInput(e);
      }
      FollowUpReport r = FollowUpAnalyzer.analyse(chain(files), p);
      PrintWriter out = spec.commandLine().getOut();
      if (format.json) {
        out.println(PlanWriter.create().writeJson(r));
      } else if (format.csv) {
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpRow row : r.rows()) {
          Optional<FollowUpEntry> e = row.entry();
          rows.add(List.of(p.toString(), row.planId(), row.elementId(), row.kind().name(), row.title(),
              row.status().name(), s(e.flatMap(FollowUpEntry::date)), s(e.flatMap(FollowUpEntry::budget)),
              s(e.flatMap(FollowUpEntry::spent)), s(e.flatMap(FollowUpEntry::comment)),
              e.map(x -> x.indicatorValues().stream().map(v -> v.indicator() + "=" + num(v.value()))
                  .collect(Collectors.joining("; "))).orElse(""),
              String.join("; ", row.focusAreas()),
              row.goals().stream().map(Object::toString).collect(Collectors.joining("; "))));
        }
        out.print(csv(List.of("period", "plan", "element", "kind", "title", "status", "date", "budget", "spent",
            "comment", "indicatorValues", "focusAreas", "goals"), rows));
      } else {
        out.println(CliMessages.text("followup.heading", lang.get(), p.toString()));
        for (FollowUpRow row : r.rows()) {
          Optional<FollowUpEntry> e = row.entry();
          StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-18s %s#%s  %s", label(row.status()),
              row.planId(), row.elementId(), row.title()));
          Language l = lang.get();
          e.flatMap(FollowUpEntry::budget).ifPresent(b -> line.append("  ").append(CliMessages.text(
              "followup.budget", l)).append(' ').append(NumberText.of(b, l)));
          e.flatMap(FollowUpEntry::spent).ifPresent(b -> line.append("  ").append(CliMessages.text(
              "followup.spent", l)).append(' ').append(NumberText.of(b, l)));
          for (ReportedValue v : e.map(FollowUpEntry::indicatorValues).orElse(List.of())) {
            line.append("  ").append(v.indicator()).append('=').append(NumberText.of(v.value(), l));
          }
          e.flatMap(FollowUpEntry::comment).ifPresent(c -> line.append("  — ").append(c));
          out.println(line);
        }
        printSummaries(out, CliMessages.text("by.focus-area", lang.get()), r.byFocusArea());
        printSummaries(out, CliMessages.text("by.sdg", lang.get()), r.byGoal());
      }
      out.flush();
      return ExitCodes.OK;
    }

    private void printSummaries(PrintWriter out, String heading, List<StatusSummary> list) {
      out.println(heading);
      for (StatusSummary s : list) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FollowUpStatus st : FollowUpStatus.values()) {
          if (s.counts().containsKey(st)) {
            counts.put(label(st), s.counts().get(st));
          }
        }
        Language l = lang.get();
        out.println(String.format(Locale.ROOT, "  %-45s %d: %s; %s %s, %s %s", s.label(), s.total(),
            counts.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", ")),
            CliMessages.text("followup.budget", l), NumberText.of(s.budget(), l),
            CliMessages.text("followup.spent", l), NumberText.of(s.spent(), l)));
      }
    }
  }

  /** {@code livskraft plan benefits FILE… [--rank]}. */
  @Command(name = "benefits", mixinStandardHelpOptions = true)
  static final class Benefits implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = InputFile.class)
    List<Path> files;

    @Option(names = "--rank")
    boolean rank;

    @Mixin CliLanguage lang = new CliLanguage();

    @CommandLine.ArgGroup(exclusive = true)
    Output format = new Output();

    @Override
    public Integer call() throws JsonProcessingException {
      BenefitReport r = BenefitAnalyzer.create().analyse(chain(files));
      PrintWriter out = spec.commandLine().getOut();
      if (format.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", Map.of("nb", r.rule().text(Language.NB), "nn", r.rule().text(Language.NN), "en",
            r.rule().text(Language.EN)));
        if (rank) {
          json.put("ranking", r.ranking());
        }
        json.put("byFocusArea", r.byFocusArea());
        json.put("byGoal", r.byGoal());
        out.println(PlanWriter.create().writeJson(json));
      } else if (format.csv) {
        if (rank) {
          List<List<String>> rows = new ArrayList<>();
          for (RankedMeasure m : r.ranking()) {
            rows.add(List.of(m.rank() == 0 ? "" : String.valueOf(m.rank()), m.planId(), m.elementId(), m.title(),
                String.valueOf(m.benefitPoints()), s(m.effort()), s(m.cost().map(PlanYearCommands::num)),
                String.valueOf(m.costPoints()), s(m.score().map(PlanYearCommands::num)),
                s(m.economicNet().map(PlanYearCommands::num)),
                String.join("; ", m.missing().stream().map(t -> t.text(lang.get())).toList())));
          }
          out.print(csv(List.of("rank", "plan", "element", "title", "benefitPoints", "effort", "costNok",
              "costPoints", "score", "economicNetNok", "missing"), rows));
        } else {
          List<List<String>> rows = new ArrayList<>();
          for (BenefitBalance b : r.byFocusArea()) {
            rows.add(balanceRow("focusArea", b));
          }
          for (BenefitBalance b : r.byGoal()) {
            rows.add(balanceRow("sdg", b));
          }
          out.print(csv(List.of("groupType", "group", "kind", "unit", "expected", "realised", "expectedAmount",
              "realisedAmount", "expectedPoints", "realisedPoints"), rows));
        }
      } else {
        if (rank) {
          out.println(r.rule().text(lang.get()));
          for (RankedMeasure m : r.ranking()) {
            Language l = lang.get();
            out.println(m.ranked()
                ? String.format(Locale.ROOT, "%3d. %-6s %s#%s  %s  (%s)", m.rank(),
                    NumberText.of(m.score().orElseThrow(), l), m.planId(), m.elementId(), m.title(),
                    CliMessages.text("benefits.points", l, Integer.toString(m.benefitPoints()), s(m.effort()),
                        m.cost().map(c -> NumberText.of(c, l)).orElse("?")))
                : String.format(Locale.ROOT, "  –  %s#%s  %s  (%s)", m.planId(), m.elementId(),
                    m.title(), CliMessages.text("benefits.unranked", l,
                        String.join(", ", m.missing().stream().map(t -> t.text(l)).toList()))));
          }
        }
        printBalances(out, CliMessages.text("by.focus-area", lang.get()), r.byFocusArea(), lang.get());
        printBalances(out, CliMessages.text("by.sdg", lang.get()), r.byGoal(), lang.get());
      }
      out.flush();
      return ExitCodes.OK;
    }

    private static List<String> balanceRow(String type, BenefitBalance b) {
      return List.of(type, b.group(), b.kind().name(), b.unit(), String.valueOf(b.expected()),
          String.valueOf(b.realised()), num(b.expectedAmount()), num(b.realisedAmount()),
          String.valueOf(b.expectedPoints()), String.valueOf(b.realisedPoints()));
    }

    private static void printBalances(PrintWriter out, String heading, List<BenefitBalance> list, Language l) {
      out.println(heading);
      for (BenefitBalance b : list) {
        String kind = b.kind().label(l);
        out.println(String.format(Locale.ROOT, "  %-40s %-15s %s", b.group(), kind, CliMessages.text(
            "benefits.balance", l, NumberText.of(b.expectedAmount(), l), b.unit(), Integer.toString(
                b.expectedPoints()), NumberText.of(b.realisedAmount(), l), Integer.toString(b.realised()),
            Integer.toString(b.expected()))));
      }
    }
  }
}
