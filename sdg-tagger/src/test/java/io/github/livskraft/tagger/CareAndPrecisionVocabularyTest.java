package io.github.livskraft.tagger;

import static io.github.livskraft.tagger.BundledTagging.assertGoals;
import static io.github.livskraft.tagger.BundledTagging.goals;
import static io.github.livskraft.tagger.BundledTagging.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.TargetCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eighth round of issue 13 (rules 2026.12.8), goals 1–6, 10, 16 and 17: the services of KOSTRA pleie og omsorg,
 * kommunehelse and barnevern that no rule read (therapy, respite, day care, safety alarms, dental health, long and
 * short stays, palliative care, GP posts; child-welfare case words), physical activity and loneliness of older
 * people, bullying and swimming at school, low income and taking part, open data — and the precision rules: a
 * licence for one venue, a sports hall as a building, the employer's own staff matters, intermunicipal
 * organisation of a service, coherence and KOSTRA words without the goals, agriculture as a source of run-off. The
 * sentences are written for this test from the domain vocabulary; none is a row of the development set or of the
 * released batches.
 */
class CareAndPrecisionVocabularyTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Ventetiden for fysioterapi i kommunen skal ned til fire uker.                        | 3.8
      nn | Kommunen skal tilby kvardagsrehabilitering til alle som får heimetenester for første gong. | 3.8
      nb | Pårørende til personer med demens skal få tilbud om avlastningsopphold.             | 3.8
      nn | Talet på mottakarar av tryggleiksalarm auka med 40 i fjor.                           | 3.8
      nb | Den offentlige tannhelsetjenesten skal nå flere eldre i institusjon.                 | 3.8
      nn | Det skal opprettast fire nye korttidsplassar ved omsorgssenteret.                    | 3.8
      nb | Tiltak: Etablere et palliativt team for lindrende behandling i hjemmet.              | 3.8
      nn | Kommunen har to ledige legeheimlar og manglar fastlege for 900 innbyggjarar.         | 3.c
      nb | Andelen eldre over 75 år som er fysisk aktive, skal øke.                              | 3.4
      nn | Tiltak: Tilby styrke- og balansetrening for å førebyggje fall hos eldre.             | 3.4
      nb | Besøkstjenesten skal nå flere eldre som bor alene.                                   | 3.4
      nn | Talet på overdosar blant unge vaksne skal ned.                                        | 3.5
      nb | Kommunen mottok 180 bekymringsmeldinger i 2025.                                      | 16.2
      nn | Fleire ungdommar skal få ettervern etter fylte 18 år.                                | 16.2
      nb | Alle elever skal ha et trygt og godt skolemiljø uten mobbing og krenkelser.          | 4.a
      nn | Del av elevane på 4. trinn som kan symje 200 meter                                  | 4.1
      nb | Barn fra familier med lav inntekt skal kunne delta i fritidsaktiviteter på lik linje med andre. | 10.2
      nn | Kommunen skal gjere opne data om tenestene tilgjengelege for alle.                    | 16.10
      nb | Badevannet ved Strandbukta tas prøver av hver uke for å sikre at det er trygt å bade. | 3.9
      nb | Forskjellen mellom kvinners og menns lønn i kommunen skal kartlegges.               | 5.1
      """)
  void careAndServiceVocabularyIsRead(String lang, String text, String target) {
    TagResult r = tag(lang, text);
    assertThat(r.targetCodes()).as(text).contains(TargetCode.parse(target));
    assertThat(r.goalCodes()).as(text).contains(TargetCode.parse(target).goal());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Restauranten Fjordglimt får skjenkebevilling for perioden 2027–2030.              | 3   |
      nn | Idrettshallen på Haugen skal målast innvendig i sommarferien.                      | 3   |
      nb | Korttidsfraværet i pleie og omsorg har gått ned etter ny turnus.                  | 3   |
      nn | Vertskommunesamarbeidet om barnevern vart evaluert av kontrollutvalet.            | 16  |
      nb | Samarbeid på tvers av enhetene skal gi bedre ressursutnyttelse.                   | 17  |
      nn | Tverrfagleg samarbeid mellom einingane skal gjere sakshandsaminga raskare.         | 17  |
      nb | KOSTRA-tallene for 2025 legges fram for formannskapet i mars.                      | 17  |
      nb | Avrenning av næringsstoffer fra jordbruket til bekken skal reduseres.              | 2   | 6
      nn | Reiselivet i dalen skal byggje på lokal mat og kultur.                             | 2   |
      nb | Barnehagen på Lia har fått ny pedagogisk leder fra januar.                         | 4   |
      """)
  void incidentalWordsAreNotSuggested(String lang, String text, String notExpected, String expected) {
    assertGoals(lang, text, notExpected, expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nb | Kommunen skal føre en restriktiv alkoholpolitikk med kortere skjenketider.        | 3
      nn | Nye idrettsanlegg skal gi fleire barn og unge fysisk aktivitet kvar dag.          | 3
      nb | Kommunen inngår partnerskap med frivillige organisasjoner om integrering.         | 17
      nn | Kommunen skal samarbeide med frivillig sektor om tiltak mot einsemd.               | 3 17
      nb | Landbruket skal produsere mer mat på eksisterende jordbruksareal.                  | 2
      nb | Kommunen skal utvikle indikatorer for å følge opp bærekraftsmålene med KOSTRA-data. | 17
      """)
  void theSameWordsStillCountWhenTheSentenceIsAboutThem(String lang, String text, String expected) {
    assertThat(tag(lang, text).goalCodes()).as(text).containsAll(goals(expected));
  }
}
