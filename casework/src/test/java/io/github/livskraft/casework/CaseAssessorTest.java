package io.github.livskraft.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseAssessorTest {
  static final CaseAssessor ASSESSOR = CaseAssessor.builder().clock(Fixtures.CLOCK).planFiles(Fixtures.PLANS).build();
  private final CaseReader reader = CaseReader.create();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Saken bidrar til bærekraftsmål nr. 5 om likestilling.|5||bærekraftsmål nr. 5",
      "Dette følger opp FNs bærekraftsmål 13.|13||FNs bærekraftsmål 13",
      "Tiltaket støtter delmål 16.7 om inkluderende beslutninger.|16|16.7|delmål 16.7",
      "Jf. mål 11.2 i FNs bærekraftsmål om transportsystem.|11|11.2|mål 11.2",
      "This supports SDG 3.|3||SDG 3",
      "Saka gjeld berekraftsmål 4.|4||berekraftsmål 4",
      "In line with Sustainable Development Goal 7.|7||Sustainable Development Goal 7",
      "Dette er bærekraftsmål 6.1 i praksis.|6|6.1|bærekraftsmål 6.1"})
  void explicitReferencesExactlyWithSpans(String text, int goal, String target, String span) {
    CaseDocument c = reader.readText("r", text);
    Assessment a = ASSESSOR.assess(c);
    ExplicitReference r = a.explicitReferences().get(0);
    assertThat(r.goal()).isEqualTo(GoalCode.of(goal));
    assertThat(r.target().map(Object::toString)).isEqualTo(Optional.ofNullable(target));
    assertThat(r.text()).isEqualTo(span);
    assertThat(text.substring(r.start(), r.end())).isEqualTo(span);
    assertThat(a.lines().get(0).goal()).isEqualTo(GoalCode.of(goal));
    assertThat(a.lines().get(0).explicit()).isTrue();
  }

  @Test
  void anExplicitReferenceGivesTheLineTheExplicitLevel() {
    Assessment a = ASSESSOR.assess(reader.readText("e", "Saken bidrar til bærekraftsmål nr. 5 om likestilling."));
    GoalLine five = a.getLine(GoalCode.of(5));
    assertThat(five.origin()).isEqualTo(LineOrigin.EXPLICIT_AND_TAGGED);
    assertThat(five.evidenceLevel()).contains(io.github.livskraft.tagger.Evidence.EXPLICIT);
    assertThat(five.findConfidence()).contains(0.99);
    assertThat(five.findEvidenceLevelId()).contains("explicit");
  }

  @Test
  void aSingleKeywordGivesASingleLevel_evenWhenThePartWeightRaisesTheScore() {
    String text = "Tiltaket gjelder drikkevann.";
    Assessment a = ASSESSOR.assess(reader.readText("s", text));
    GoalLine six = a.getLine(GoalCode.of(6));
    assertThat(six.origin()).isEqualTo(LineOrigin.TAGGED);
    assertThat(six.score()).isGreaterThan(1.0); // weighted by its part, yet still one piece of evidence
    assertThat(six.evidenceLevel()).contains(io.github.livskraft.tagger.Evidence.SINGLE_SOLE);
    assertThat(six.findConfidence()).contains(0.68);
    assertThat(six.findEvidenceLevelId()).contains("single-sole");
    // the tagger's own level for the same text, unweighted
    assertThat(io.github.livskraft.tagger.SdgTagger.bundled().tag("s", text, io.github.livskraft.sdg.Language.NB)
        .goals()).singleElement().satisfies(g -> assertThat(g.evidence()).isEqualTo(six.evidenceLevel().orElseThrow()));
  }

  @Test
  void severalPiecesOfEvidenceGiveASeveralLevel() {
    Assessment a = ASSESSOR.assess(reader.readText("m", "Vi vil redusere klimagassutslippene."));
    assertThat(a.getLine(GoalCode.of(13)).evidenceLevel()).contains(io.github.livskraft.tagger.Evidence.SEVERAL_SOLE);
    assertThat(a.getLine(GoalCode.of(13)).findConfidence()).contains(0.89);
  }

  @Test
  void listsAndNonReferences() {
    Assessment a = ASSESSOR.assess(reader.readText("l", "Planen bygger på bærekraftsmål 3, 4 og 11. "
        + "Mål 3 i planen er noe annet, og mål 2.1 i planen er planens eget delmål. Delmål 99.1 finnes ikke, "
        + "heller ikke delmål 3.77. Veien er 11.2 km lang."));
    assertThat(a.explicitReferences()).extracting(r -> r.goal().number()).containsExactly(3, 4, 11);
  }

  @Test
  void explicitFirstThenTaggedWithPartWeightsAndEvidence() {
    CaseDocument c = reader.readText("nb", Fixtures.text("written/sykkelvei-nb.txt"));
    Assessment a = ASSESSOR.assess(c);
    List<GoalLine> lines = a.lines();
    assertThat(lines.get(0).explicit()).isTrue();
    assertThat(lines).extracting(GoalLine::goal).contains(GoalCode.of(11), GoalCode.of(13));
    GoalLine eleven = a.getLine(GoalCode.of(11));
    assertThat(eleven.targets()).first().isEqualTo(TargetCode.parse("11.2"));
    assertThat(eleven.evidence()).anySatisfy(e -> {
      assertThat(e.part()).isEqualTo(PartKind.RECOMMENDATION);
      assertThat(e.source()).isEqualTo(Evidence.EXPLICIT);
    });
    for (GoalLine l : lines) {
      for (Evidence e : l.evidence()) {
        assertThat(c.text().substring(e.start(), e.end())).isEqualTo(e.text());
        assertThat(c.partAt(e.start())).isEqualTo(e.part());
      }
      assertThat(l.status()).isEqualTo(LineStatus.SUGGESTED);
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i - 1).explicit() == lines.get(i).explicit()) {
        assertThat(lines.get(i - 1).score()).isGreaterThanOrEqualTo(lines.get(i).score());
      }
    }
    assertThat(a.catalogueEdition()).isNotBlank();
    assertThat(a.rulesVersion()).contains("nb-goals.sdgrules");
  }

  @Test
  void aHitInTheInnstillingWeighsMoreThanInTheVedleggList() {
    String body = "klimagassutslipp og fornybar energi";
    Assessment inRec = ASSESSOR.assess(reader.readText("a",
        "Saksbehandler: X\n\nRådmannens innstilling\nVi reduserer " + body + ".\n\nVedlegg\nKart\n"));
    Assessment inVedlegg = ASSESSOR.assess(reader.readText("b",
        "Saksbehandler: X\n\nRådmannens innstilling\nSaken tas til orientering.\n\nVedlegg\nNotat om " + body + "\n"));
    double rec = inRec.findLine(GoalCode.of(13)).map(GoalLine::score).orElse(0.0);
    double ved = inVedlegg.findLine(GoalCode.of(13)).map(GoalLine::score).orElse(0.0);
    assertThat(rec).isGreaterThan(0);
    assertThat(rec).isGreaterThan(ved);
  }

  @Test
  void impactSuggestionFromCuesIsASuggestionWithEvidence() {
    Assessment a = ASSESSOR.assess(reader.readText("nb", Fixtures.text("written/sykkelvei-nb.txt")));
    GoalLine thirteen = a.getLine(GoalCode.of(13));
    assertThat(thirteen.suggestedImpact().impact()).isIn(Impact.POSITIVE, Impact.MIXED);
    assertThat(thirteen.suggestedImpact().cues()).isNotEmpty().allSatisfy(e ->
        assertThat(e.source()).startsWith("cue:"));
    assertThat(thirteen.impact()).isEmpty(); // never a decision
    Assessment neg = ASSESSOR.assess(reader.readText("n",
        "Rådmannens innstilling\nUtbyggingen gir økte utslipp av klimagasser og nedbygging av natur.\n"));
    assertThat(neg.getLine(GoalCode.of(13)).suggestedImpact().impact()).isEqualTo(Impact.NEGATIVE);
    Assessment notNeg = ASSESSOR.assess(reader.readText("n2",
        "Rådmannens innstilling\nTiltaket er ikke negativt for klimagassutslipp.\n"));
    assertThat(notNeg.findLine(GoalCode.of(13)).map(l -> l.suggestedImpact().impact()))
        .isNotEqualTo(Optional.of(Impact.NEGATIVE));
  }

  @Test
  void confirmRejectAddCycleWithClock() {
    Assessment a = ASSESSOR.assess(reader.readText("nb", Fixtures.text("written/sykkelvei-nb.txt")));
    a = ASSESSOR.confirm(a, GoalCode.of(13), "Kari Nordmann", Optional.of("Mindre biltrafikk"),
        Optional.of(Impact.POSITIVE));
    GoalLine l = a.getLine(GoalCode.of(13));
    assertThat(l.status()).isEqualTo(LineStatus.CONFIRMED);
    assertThat(l.decision()).hasValueSatisfying(d -> {
      assertThat(d.by()).isEqualTo("Kari Nordmann");
      assertThat(d.at()).isEqualTo(Instant.parse("2025-03-20T09:15:00Z"));
      assertThat(d.justification()).contains("Mindre biltrafikk");
    });
    assertThat(l.impact()).contains(Impact.POSITIVE);
    a = ASSESSOR.reject(a, GoalCode.of(11), "Kari Nordmann", Optional.empty());
    assertThat(a.getLine(GoalCode.of(11)).status()).isEqualTo(LineStatus.REJECTED);
    Assessment before = a;
    GoalCode free = GoalCode.all().stream().filter(g -> before.findLine(g).isEmpty()).findFirst().orElseThrow();
    a = ASSESSOR.add(a, free, List.of(), "Kari Nordmann", Optional.of("Lagt til av saksbehandler"), Impact.POSITIVE);
    assertThat(a.getLine(free).origin()).isEqualTo(LineOrigin.OFFICER);
    assertThat(a.getLine(free).evidenceLevel()).isEmpty(); // no suggestion behind it
    assertThat(a.getLine(free).findConfidence()).isEmpty();
    assertThat(a.getLine(free).findEvidenceLevelId()).isEmpty();
    assertThat(a.getLine(GoalCode.of(13)).evidenceLevel()).as("a decision keeps the level")
        .isEqualTo(before.lines().stream().filter(x -> x.goal().equals(GoalCode.of(13))).findFirst().orElseThrow()
            .evidenceLevel()).isPresent();
    assertThat(a.confirmedLines()).extracting(GoalLine::goal).contains(GoalCode.of(13), free);
    Assessment fa = a;
    assertThatThrownBy(() -> ASSESSOR.confirm(fa, GoalCode.of(14), "X", Optional.empty(), Optional.empty()))
        .isInstanceOf(CaseworkException.class).hasMessageContaining("CASE-0009").hasMessageContaining("14");
  }

  @Test
  void reassessKeepsConfirmedLinesAndFlagsVanishedEvidence() {
    String text = Fixtures.text("written/sykkelvei-nb.txt");
    Assessment a = ASSESSOR.assess(reader.readText("nb", text));
    a = ASSESSOR.confirm(a, GoalCode.of(13), "Kari", Optional.empty(), Optional.of(Impact.POSITIVE));
    a = ASSESSOR.confirm(a, GoalCode.of(11), "Kari", Optional.empty(), Optional.empty());
    String changed = "Saksbehandler: Kari Nordmann\n\nRådmannens innstilling\nKommunestyret vedtar å bygge sykkelvei langs"
        + " Kirkegata for bedre trafikksikkerhet. Tiltaket følger opp delmål 11.2.\n";
    Assessment b = ASSESSOR.reassess(a, reader.readText("nb", changed));
    assertThat(b.getLine(GoalCode.of(11)).status()).isEqualTo(LineStatus.CONFIRMED);
    assertThat(b.getLine(GoalCode.of(11)).evidenceVanished()).isFalse();
    assertThat(b.getLine(GoalCode.of(11)).evidenceLevel()).as("refreshed from the new text: delmål 11.2")
        .contains(io.github.livskraft.tagger.Evidence.EXPLICIT);
    GoalLine thirteen = b.getLine(GoalCode.of(13));
    assertThat(thirteen.status()).isEqualTo(LineStatus.CONFIRMED);
    assertThat(thirteen.impact()).contains(Impact.POSITIVE);
    assertThat(thirteen.evidenceVanished()).isTrue();
    assertThat(thirteen.evidenceLevel()).isEmpty();
    assertThat(b.textSha256()).isNotEqualTo(a.textSha256());
  }

  @Test
  void goldenThreadOnTheKongsbergPlans() {
    Assessment a = ASSESSOR.assess(reader.readText("k", "Rådmannens innstilling\nKommunestyret ber om at flere "
        + "private virksomheter blir Miljøfyrtårn-sertifisert, jf. mal-miljoledelse og delmål 12.6 om bærekraftig "
        + "praksis i virksomheter.\n"));
    GoldenThread t = a.goldenThread();
    assertThat(t.plansConsidered()).contains("kongsberg-samfunnsdel-2009", "kongsbergregionen-strategi-2019");
    assertThat(t.followUps()).isNotEmpty();
    PlanFollowUp top = t.followUps().get(0);
    assertThat(top.elementId()).isEqualTo("mal-miljoledelse");
    assertThat(top.reasons()).extracting(FollowUpReason::kind).contains(FollowUpReason.Kind.MENTIONS_ID,
        FollowUpReason.Kind.SHARED_TARGETS);
    assertThat(top.focusArea()).contains("Natur, miljø og bærekraftig utvikling");
    for (int i = 1; i < t.followUps().size(); i++) {
      assertThat(t.followUps().get(i - 1).score()).isGreaterThanOrEqualTo(t.followUps().get(i).score());
    }
  }

  @Test
  void saysPlainlyWhenChosenGoalsAreTouchedButNoElementFollowedUp() {
    Assessment a = ASSESSOR.assess(reader.readText("s", "Forslag til vedtak\nSaka gjeld berekraftsmål 4.\n"));
    assertThat(a.goldenThread().chosenGoalsTouched()).contains(GoalCode.of(4));
    assertThat(a.goldenThread().followUps()).isEmpty();
    assertThat(a.goldenThread().touchesChosenGoalsWithoutFollowUp()).isTrue();
  }
}
