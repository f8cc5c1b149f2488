package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sixth round of issue 13 (rules 2026.12.6): vocabulary of the KOSTRA service areas and the SDG target texts
 * in bokmål and nynorsk, and the domain rules of the round — the municipality as an employer is no evidence for the
 * service it runs, road-safety measures without casualties are SDG 11.2 (not 3.6), research on a named topic is not
 * SDG 9.5. The sentences are written for this test; none is a row of the development set.
 */
class KostraVocabularyTest {
  private static final SdgTagger BUNDLED = SdgTagger.bundled();

  private static TagResult tag(String lang, String text) {
    return BUNDLED.tag("t", text, Language.fromTag(lang).orElseThrow());
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" "));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Antall familier med lav inntekt som får gratis fritidsaktiviteter              | 1.2
      nn | Talet på hushald med dårleg råd har auka i kommunen.                           | 1.2
      nb | Gjennomsnittlig stønadslengde for mottakere av sosialhjelp                      | 1.3
      nn | Tilbodet om gjeldsrådgjeving ved NAV-kontoret skal gjerast betre kjent.        | 1.4
      nb | Kommunen vil støtte småbønder som vil selge direkte til forbruker.             | 2.3
      nn | Mange matprodusentar i kommunen treng hjelp til marknadsføring.                 | 2.3
      nb | Antall personer med demens som får tilbud om dagaktivitet                      | 3.8
      nn | Talet på institusjonsplassar med heildøgns omsorg skal aukast.                  | 3.8
      nb | Kommunen sliter med legedekningen i distriktene.                               | 3.c
      nn | Del elevar på lågaste meistringsnivå i rekning på 8. trinn                     | 4.1
      nb | Alle barnehager skal oppfylle pedagognormen innen 2027.                        | 4.2
      nn | Del born i barnehage som har foreldre med låg inntekt                          | 4.2
      nb | Prosjektet skal hjelpe kvinner som vil starte egen bedrift.                    | 5.5
      nn | Lekkasjane på leidningsnettet skal ned til under 20 prosent.                   | 6.4
      nb | Badevannet ved alle offentlige badeplasser testes for bakterier hver uke.      | 6.3
      nb | Alle gatelys skal byttes til LED innen 2028.                                    | 7.3
      nb | Antall nyetableringer i kommunen økte med 12 prosent.                          | 8.3
      nn | Fleire innvandrarar skal kome i arbeid gjennom språkpraksis.                    | 8.5 10.2
      nb | Vedlikeholdsetterslepet på kommunale bruer og veier er stort.                  | 9.1
      nb | Kommunen skal bosette 25 flyktninger neste år.                                  | 10.7
      nn | Alle nye uteområde skal ha universell utforming.                                | 10.2
      nb | Det skal etableres flere gangfelt og fartsdumper i boligområdene.              | 11.2
      nn | Kommunestyret vedtek ny brannordning med vaktordning i Leikanger.              | 11.5
      nb | Tilskudd til utskifting av gamle vedovner skal bedre luftkvaliteten.           | 11.6
      nn | Kyststien frå hamna til fyret skal rustast opp.                                 | 11.7
      nb | Gamle termometre med kvikksølv skal leveres som farlig avfall.                 | 12.4
      nn | Kommunen skal opne ein bruktbutikk ved miljøstasjonen.                          | 12.5
      nb | Lengre tørkeperioder gir økt skogbrannfare om sommeren.                        | 13.1
      nn | Bygg i tre gir eit lågare klimafotavtrykk enn bygg i betong.                    | 13.2
      nb | Andel av landarealet som er vernet etter naturmangfoldloven                     | 15.1
      nn | Barnevernstenesta treng fleire fosterheimar.                                    | 16.2
      nb | Alle møter i kommunestyret skal strømmes på nett.                              | 16.10
      nn | Resultata frå Ungdata skal brukast i folkehelsearbeidet.                        | 17.18
      """)
  void serviceAreaAndTargetVocabularyIsRead(String lang, String text, String targets) {
    TagResult r = tag(lang, text);
    for (String t : split(targets)) {
      assertThat(r.targetCodes()).as(text).contains(TargetCode.parse(t));
      assertThat(r.goalCodes()).as(text).contains(TargetCode.parse(t).goal());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Sykefraværet i hjemmetjenesten gikk ned til 9 prosent.                         | 3   |
      nn | Arbeidsmiljøet i heimetenesta er kartlagt i ei medarbeidarundersøking.        | 3   |
      nb | Saken gjelder ansettelse av ny leder i barnevernet.                             | 16  |
      nb | Trafikksikkerhetstiltak langs skoleveien skal prioriteres i budsjettet.         | 3   | 11
      nn | Fartsgrensa i sentrum skal setjast ned til 30 km/t.                             | 3   | 11
      nb | Kommunen skal samarbeide med høgskolen om forskning på overvannshåndtering.    | 9   | 13 17
      nb | Regionen skal være et attraktivt sted å bo for unge familier.                  | 11  |
      nb | Ungdom uten fullført videregående skal få tilbud om arbeidstrening.             | 4   | 8
      """)
  void domainTrapsOfTheRoundAreNotSuggested(String lang, String text, String notExpected, String expected) {
    List<GoalCode> goals = tag(lang, text).goalCodes();
    assertThat(goals).as(text).doesNotContainAnyElementsOf(split(notExpected).stream().map(GoalCode::parse).toList());
    assertThat(goals).as(text).containsAll(split(expected).stream().map(GoalCode::parse).toList());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Antallet drepte og hardt skadde i trafikken skal halveres med lavere fartsgrenser. | 3
      nn | Ein ny legevakt skal gi betre helsetenester i heile kommunen.                    | 3
      nb | Hjemmetjenesten skal gi flere eldre mulighet til å bo hjemme lenger.              | 3
      nb | Forskning og utvikling i næringslivet skal styrkes gjennom klyngesamarbeid.     | 9
      """)
  void theSameTopicsStillCountWhenTheSentenceIsAboutThem(String lang, String text, String expected) {
    assertThat(tag(lang, text).goalCodes()).as(text)
        .containsAll(split(expected).stream().map(GoalCode::parse).toList());
  }
}
