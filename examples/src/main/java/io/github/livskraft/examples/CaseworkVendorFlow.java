package io.github.livskraft.examples;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.CaseInput;
import io.github.livskraft.casework.CaseNumber;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.Impact;
import io.github.livskraft.casework.io.Arkivmelding;
import io.github.livskraft.casework.io.SectionFormat;
import io.github.livskraft.casework.io.SectionWriter;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A sak/arkiv vendor's flow: the case text comes in from the case-handling system → Livskraft suggests the
 * bærekraftsvurdering → the case officer confirms two goals → the Fiks Arkiv arkivmelding goes out (validated
 * against the official schemas).
 *
 * <p>The saksframlegg below is <b>written for this example</b> (invented case, people and numbers); the plans are
 * the Kongsberg example plans in {@code examples/plans}.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java -Dexec.skip=true -Dexec.mainClass=io.github.livskraft.examples.CaseworkVendorFlow}
 */
public final class CaseworkVendorFlow {
  private CaseworkVendorFlow() {}

  /** A short saksframlegg, written for this example. */
  static final String CASE_TEXT = """
      Saksbehandler: Kari Nordmann   Arkiv: K2-M10   Arkivsaksnr.: 25/1234-3
      Dato: 12.03.2025

      MILJØFYRTÅRN FOR PRIVATE VIRKSOMHETER

      Rådmannens innstilling
      Kommunestyret vedtar et tilskudd som skal stimulere private virksomheter til å etablere godkjent
      miljøledelsessystem (Miljøfyrtårn). Tiltaket følger opp mal-miljoledelse i kommuneplanens samfunnsdel og
      FNs bærekraftsmål 12.

      Vurdering
      Sertifiserte virksomheter reduserer avfall og klimagassutslipp. Rådmannen vurderer at ordningen vil styrke
      arbeidet med bærekraftig produksjon.

      Vedlegg
      Søknadsskjema
      """;

  /**
   * Runs the flow and prints each step.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    // 1. The vendor hands over what it knows (structured call) plus the body text.
    CaseDocument doc = CaseReader.create().read(CaseInput.builder("jp-2025-000123", CASE_TEXT)
        .caseNumber(CaseNumber.parse("25/1234-3")).language(Language.NB).build());
    System.out.println("Case: " + doc.title() + " (" + doc.header().caseNumber().orElseThrow() + ")");

    // 2. Assess, with the municipality's plans for the golden thread. A fixed clock makes the output repeatable.
    Clock clock = Clock.fixed(Instant.parse("2025-03-20T09:15:00Z"), ZoneOffset.UTC);
    CaseAssessor assessor = CaseAssessor.builder().clock(clock)
        .plans(PlanReader.create().read("kongsberg-kommuneplan.yaml", ExampleData.plan("kongsberg-kommuneplan.yaml"),
            PlanFormat.YAML).document().plans())
        .build();
    Assessment a = assessor.assess(doc);
    for (GoalLine l : a.lines()) {
      System.out.println("Suggested: goal " + l.goal() + " " + l.origin() + " score " + l.score() + " targets "
          + l.targets() + " impact (suggestion) " + l.suggestedImpact().impact() + " evidence "
          + l.evidenceLevel().map(e -> e.id() + " (confidence " + e.confidence() + ")").orElse("none"));
    }

    // 3. The case officer confirms two goals (who, when and why are recorded).
    a = assessor.confirm(a, GoalCode.of(12), "Kari Nordmann", Optional.of("Miljøledelse i virksomheter"),
        Optional.of(Impact.POSITIVE));
    GoalCode second = a.lines().stream().map(GoalLine::goal).filter(g -> !g.equals(GoalCode.of(12))).findFirst()
        .orElseThrow();
    a = assessor.confirm(a, second, "Kari Nordmann", Optional.empty(), Optional.empty());
    System.out.println("Confirmed: " + a.confirmedLines().stream().map(GoalLine::goal).toList());

    // 4. The section to paste into the saksframlegg, and the arkivmelding for Fiks Arkiv.
    System.out.println(SectionWriter.create().write(a, Language.NB, SectionFormat.TEXT));
    String xml = Arkivmelding.create().write(a, Language.NB);  // validated against the Fiks Arkiv XSDs
    System.out.println(xml);
    // The fragment carries every line, including the tagger's evidence level (lkc:maal/@belegg): an exact round trip.
    System.out.println("Read back equal: " + Arkivmelding.read("arkivmelding.xml", xml).equals(a));
  }
}
