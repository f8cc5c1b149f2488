package io.github.livskraft.casework.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SectionWriterTest {
  private final SectionWriter writer = SectionWriter.create();
  private final Assessment a = ArkivmeldingTest.confirmed();

  @Test
  void bokmaalTextNamesGoalsByNumberAndOfficialTitle() {
    String s = writer.write(a, Language.NB, SectionFormat.TEXT);
    String title13 = SdgCatalogue.bundled().getGoal(GoalCode.of(13)).titleText().text(Language.NB);
    assertThat(s).startsWith("Bærekraftsvurdering\n").contains("Mål 13: " + title13)
        .contains("forventet virkning: positiv").contains("bekreftet av Kari Nordmann 20.03.2025")
        .contains("Mindre biltrafikk");
    if (!a.suggestedLines().isEmpty()) {
      assertThat(s).contains("Forslag som ikke er vurdert ennå");
    }
  }

  @Test
  void nynorskAndEnglish() {
    assertThat(writer.write(a, Language.NN, SectionFormat.TEXT)).startsWith("Berekraftsvurdering\n")
        .contains("stadfesta av Kari Nordmann");
    assertThat(writer.write(a, Language.EN, SectionFormat.TEXT)).startsWith("Sustainability assessment\n")
        .contains("confirmed by Kari Nordmann").contains("expected impact: positive");
  }

  @Test
  void suggestionsShowTheirConfidenceAndEvidenceLevelInTheLanguage() {
    Assessment s = ArkivmeldingTest.ASSESSOR.assess(io.github.livskraft.casework.CaseReader.create().readText("s",
        "Saken bidrar til bærekraftsmål nr. 5 om likestilling. Tiltaket gjelder drikkevann."));
    String nb = writer.write(s, Language.NB, SectionFormat.TEXT);
    assertThat(nb).contains("sikkerhet 0,99: nevnt eksplisitt)").contains("sikkerhet 0,50: ett belegg, like høyt som beste mål)");
    assertThat(writer.write(s, Language.NN, SectionFormat.TEXT)).contains("tryggleik 0,99: nemnt eksplisitt)")
        .contains("tryggleik 0,50: eitt belegg, like høgt som beste mål)");
    assertThat(writer.write(s, Language.EN, SectionFormat.TEXT)).contains("confidence 0.99: named explicitly)")
        .contains("confidence 0.50: one piece of evidence, level with the best goal)");
    var html = Jsoup.parseBodyFragment(writer.write(s, Language.NB, SectionFormat.HTML));
    assertThat(html.select("section li").eachText()).anySatisfy(t -> assertThat(t).startsWith("Mål 6:")
        .contains("sikkerhet 0,50"));
    // a confirmed line is the officer's assessment: no tagger confidence in it
    Assessment c = ArkivmeldingTest.ASSESSOR.confirm(s, GoalCode.of(6), "Kari", java.util.Optional.empty(),
        java.util.Optional.empty());
    assertThat(writer.write(c, Language.NB, SectionFormat.TEXT)).doesNotContain("sikkerhet 0,50");
  }

  @Test
  void htmlIsWellFormedAndEscaped() {
    String html = writer.write(a, Language.NB, SectionFormat.HTML);
    var doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("section.baerekraftsvurdering h2").text()).isEqualTo("Bærekraftsvurdering");
    assertThat(doc.select("section li").eachText()).anySatisfy(t -> assertThat(t).startsWith("Mål 13:"));
  }

  @Test
  void markdownHasHeadingAndBullets() {
    String md = writer.write(a, Language.NB, SectionFormat.MARKDOWN);
    assertThat(md).startsWith("## Bærekraftsvurdering\n").contains("\n- Mål 13: ");
  }
}
