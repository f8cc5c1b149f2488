package io.github.livskraft.casework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.Fixtures;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.Impact;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArkivmeldingTest {
  static final CaseAssessor ASSESSOR = CaseAssessor.builder().clock(Fixtures.CLOCK).planFiles(Fixtures.PLANS).build();

  static Assessment confirmed() {
    Assessment a = ASSESSOR.assess(CaseReader.create().readText("sak-25-1234",
        Fixtures.text("written/sykkelvei-nb.txt")));
    a = ASSESSOR.confirm(a, GoalCode.of(13), "Kari Nordmann", Optional.of("Mindre biltrafikk"),
        Optional.of(Impact.POSITIVE));
    a = ASSESSOR.confirm(a, GoalCode.of(11), "Kari Nordmann", Optional.empty(), Optional.empty());
    return a;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void validatesAgainstTheOfficialSchemasAndRoundTrips(Language language) {
    Assessment a = confirmed();
    String xml = Arkivmelding.create().write(a, language);
    Arkivmelding.validate("written", xml); // the official Fiks Arkiv V1 XSDs + the casework XSD
    assertThat(xml).contains("<klasseID>13</klasseID>").contains("<klasseID>11.2</klasseID>")
        .contains("<klassifikasjonssystemID>UN-SDG</klassifikasjonssystemID>")
        .contains("<n5mdk:saksaar>2025</n5mdk:saksaar>").contains("<n5mdk:sakssekvensnummer>1234</n5mdk:sakssekvensnummer>")
        .contains("lkc:baerekraftsvurdering");
    assertThat(xml).contains(switch (language) {
      case NB -> "<noekkelord>Bærekraftsmål 13</noekkelord>";
      case NN -> "<noekkelord>Berekraftsmål 13</noekkelord>";
      case EN -> "<noekkelord>SDG 13</noekkelord>";
    });
    Assessment back = Arkivmelding.read("written", xml);
    assertThat(back).isEqualTo(a);
  }

  /** The assessment as a version-1 message carried it: only what the origin says (EXPLICIT for explicit lines). */
  static Assessment withoutTaggedLevels(Assessment a) {
    Assessment out = a;
    for (GoalLine l : a.lines()) {
      out = out.withLine(new GoalLine(l.goal(), l.targets(), l.origin(), l.score(), l.evidence(), l.suggestedImpact(),
          l.impact(), l.status(), l.decision(), l.evidenceVanished()));
    }
    return out;
  }

  static final String LEVELS_TEXT =
      "Saken bidrar til bærekraftsmål nr. 5 om likestilling. Tiltaket gjelder drikkevann.";

  @Test
  void theEvidenceLevelTravelsAsBeleggAndSikkerhet() {
    Assessment a = ASSESSOR.assess(CaseReader.create().readText("sak-1", LEVELS_TEXT));
    assertThat(a.getLine(GoalCode.of(5)).evidenceLevel()).contains(io.github.livskraft.tagger.Evidence.EXPLICIT);
    io.github.livskraft.tagger.Evidence six = a.getLine(GoalCode.of(6)).evidenceLevel().orElseThrow();
    assertThat(six).isNotEqualTo(io.github.livskraft.tagger.Evidence.EXPLICIT);
    for (Language language : Language.values()) {
      String xml = Arkivmelding.create().write(a, language);
      Arkivmelding.validate("levels", xml);
      assertThat(xml).contains("versjon=\"1.1\"")
          .containsPattern("<lkc:maal nummer=\"5\"[^>]* belegg=\"explicit\" sikkerhet=\"0.99\"")
          .containsPattern("<lkc:maal nummer=\"6\"[^>]* belegg=\"" + six.id() + "\" sikkerhet=\""
              + six.confidence() + "\"");
      Assessment back = Arkivmelding.read("levels", xml);
      assertThat(back.getLine(GoalCode.of(6)).evidenceLevel()).contains(six);
      assertThat(back.getLine(GoalCode.of(6)).findConfidence()).contains(six.confidence());
      assertThat(back).isEqualTo(a);
    }
  }

  @Test
  void aLineWithoutLevelHasNoBelegg_evenWhenItsOriginIsExplicit() {
    Assessment a = ASSESSOR.assess(CaseReader.create().readText("sak-1", LEVELS_TEXT));
    GoalLine five = a.getLine(GoalCode.of(5));
    a = a.withLine(new GoalLine(five.goal(), five.targets(), five.origin(), five.score(), five.evidence(),
        five.suggestedImpact(), five.impact(), five.status(), five.decision(), true, Optional.empty()));
    String xml = Arkivmelding.create().write(a, Language.NB);
    assertThat(xml).containsPattern("<lkc:maal nummer=\"5\"[^>]*>").doesNotContainPattern(
        "<lkc:maal nummer=\"5\"[^>]* belegg=");
    Assessment back = Arkivmelding.read("vanished", xml);
    assertThat(back.getLine(GoalCode.of(5)).evidenceLevel()).isEmpty();
    assertThat(back).isEqualTo(a);
  }

  @Test
  void version1MessagesWithoutTheAttributesStillReadAndValidate() {
    Assessment a = ASSESSOR.assess(CaseReader.create().readText("sak-1", LEVELS_TEXT));
    String v11 = Arkivmelding.create().write(a, Language.NB);
    // As version 1 wrote it: no belegg/sikkerhet, versjon="1".
    String v1 = v11.replaceAll(" belegg=\"[^\"]*\" sikkerhet=\"[^\"]*\"", "")
        .replace("versjon=\"1.1\"", "versjon=\"1\"");
    assertThat(v1).doesNotContain("belegg").doesNotContain("sikkerhet").contains("versjon=\"1\"");
    Arkivmelding.validate("v1.xml", v1);
    Assessment back = Arkivmelding.read("v1.xml", v1);
    assertThat(back.getLine(GoalCode.of(5)).evidenceLevel()).contains(io.github.livskraft.tagger.Evidence.EXPLICIT);
    assertThat(back.getLine(GoalCode.of(6)).evidenceLevel()).isEmpty();
    assertThat(back).isEqualTo(withoutTaggedLevels(a));
  }

  @Test
  void anUnknownLevelOrConfidenceIsRefusedByTheSchema() {
    Assessment a = ASSESSOR.assess(CaseReader.create().readText("sak-1", LEVELS_TEXT));
    String xml = Arkivmelding.create().write(a, Language.NB);
    assertThatThrownBy(() -> Arkivmelding.read("b.xml", xml.replace("belegg=\"explicit\"", "belegg=\"certain\"")))
        .hasMessageContaining("CASE-0010").hasMessageContaining("certain");
    assertThatThrownBy(() -> Arkivmelding.validate("c.xml", xml.replace("sikkerhet=\"0.99\"", "sikkerhet=\"1.5\"")))
        .hasMessageContaining("CASE-0010");
    assertThatThrownBy(() -> Arkivmelding.validate("v.xml", xml.replace("versjon=\"1.1\"", "versjon=\"2\"")))
        .hasMessageContaining("CASE-0010");
  }

  @Test
  void onlyConfirmedGoalsAreClassified() {
    Assessment a = confirmed();
    String xml = Arkivmelding.create().write(a, Language.NB);
    long klasser = xml.lines().filter(l -> l.contains("<klassifikasjon>")).count();
    int expected = a.confirmedLines().stream().mapToInt(l -> 1 + l.targets().size()).sum();
    assertThat(xml.split("<klassifikasjon>").length - 1).isEqualTo(expected);
    assertThat(klasser).isLessThanOrEqualTo(expected);
  }

  @Test
  void invalidMessagesFailWithLineAndColumn() {
    String xml = Arkivmelding.create().write(confirmed(), Language.NB).replace("<system>", "<systemX>")
        .replace("</system>", "</systemX>");
    assertThatThrownBy(() -> Arkivmelding.read("bad.xml", xml)).hasMessageContaining("CASE-0010")
        .hasMessageContaining("bad.xml").hasMessageContaining("line");
    String broken = Arkivmelding.create().write(confirmed(), Language.NB).replace("poengsum=\"", "poengsum=\"x");
    assertThatThrownBy(() -> Arkivmelding.validate("b.xml", broken)).hasMessageContaining("CASE-0010");
  }

  @Test
  void xxeIsRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<arkivmelding xmlns=\"" + Arkivmelding.ARKIVMELDING_NS + "\"><system>&x;</system></arkivmelding>";
    assertThatThrownBy(() -> Arkivmelding.read("xxe.xml", xxe)).hasMessageContaining("CASE-0010")
        .hasMessageNotContaining("root:");
    assertThatThrownBy(() -> Arkivmelding.validate("xxe.xml", xxe)).hasMessageContaining("CASE-0010")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void messageWithoutAssessment() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><arkivmelding xmlns=\"" + Arkivmelding.ARKIVMELDING_NS
        + "\"><system>X</system><antallFiler>0</antallFiler></arkivmelding>";
    Arkivmelding.validate("plain.xml", xml);
    assertThatThrownBy(() -> Arkivmelding.read("plain.xml", xml)).hasMessageContaining("CASE-0016");
  }
}
