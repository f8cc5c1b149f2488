package io.github.livskraft.plan.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.MunicipalityCode;
import io.github.livskraft.plan.BenefitKind;
import io.github.livskraft.plan.Cost;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.ExpectedBenefit;
import io.github.livskraft.plan.Magnitude;
import io.github.livskraft.plan.MeasureDetails;
import io.github.livskraft.plan.Owner;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanElement;
import io.github.livskraft.plan.PlanKind;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Benefit ranking and expected vs realised. */
class BenefitAnalyzerTest {
  static PlanElement measure(String id, Optional<Magnitude> effort, Optional<Long> cost, Magnitude... scales) {
    List<ExpectedBenefit> benefits = new ArrayList<>();
    for (int i = 0; i < scales.length; i++) {
      benefits.add(new ExpectedBenefit("b" + i, BenefitKind.QUALITY, "Gevinst " + i, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.ofNullable(scales[i]), Optional.empty(), Optional.empty(),
          List.of()));
    }
    return PlanElement.builder(id, ElementKind.MEASURE, "Tiltak " + id)
        .measure(new MeasureDetails(Optional.empty(), Optional.empty(), cost.map(c -> Cost.nok(BigDecimal.valueOf(c))),
            null).withBenefits(effort, benefits, List.of()))
        .build();
  }

  static PlanChain chain(PlanElement... measures) {
    Plan.Builder b = Plan.builder("hp", PlanKind.ACTION_PLAN, "Tiltaksplan")
        .owner(Owner.municipality(MunicipalityCode.parse("3303"), "Kongsberg"));
    for (PlanElement m : measures) {
      b.element(m);
    }
    return PlanChain.of(List.of(b.build()));
  }

  @Test
  void ranksByBenefitPerCostAndEffortAndListsWhatIsMissing() {
    BenefitReport r = BenefitAnalyzer.create().analyse(chain(
        // 3 / (1 + 1) = 1.50
        measure("billig-stor", Optional.of(Magnitude.LOW), Optional.of(200_000L), Magnitude.HIGH),
        // (3 + 3) / (3 + 3) = 1.00
        measure("dyr-dobbel", Optional.of(Magnitude.HIGH), Optional.of(25_000_000L), Magnitude.HIGH, Magnitude.HIGH),
        // 2 / (1 + 1) = 1.00, fewer benefit points than dyr-dobbel
        measure("billig-middels", Optional.of(Magnitude.LOW), Optional.of(999_999L), Magnitude.MEDIUM),
        // 1 / (2 + 2) = 0.25
        measure("middels-liten", Optional.of(Magnitude.MEDIUM), Optional.of(1_000_000L), Magnitude.LOW),
        measure("uten-innsats", Optional.empty(), Optional.of(1L), Magnitude.HIGH),
        measure("uten-skala", Optional.of(Magnitude.LOW), Optional.of(1L), (Magnitude) null),
        measure("uten-kostnad", Optional.of(Magnitude.LOW), Optional.empty(), Magnitude.HIGH)));
    assertThat(r.ranking()).extracting(RankedMeasure::elementId).containsExactly("billig-stor", "dyr-dobbel",
        "billig-middels", "middels-liten", "uten-innsats", "uten-skala", "uten-kostnad");
    assertThat(r.ranking()).extracting(RankedMeasure::rank).containsExactly(1, 2, 3, 4, 0, 0, 0);
    assertThat(r.ranking().get(0).score()).contains(new BigDecimal("1.50"));
    assertThat(r.ranking().get(3).costPoints()).isEqualTo(2);
    assertThat(r.ranking().get(4).missing()).extracting(t -> t.text(Language.EN)).containsExactly("effort");
    assertThat(r.ranking().get(5).missing()).extracting(t -> t.text(Language.EN))
        .containsExactly("scale of benefit b0");
    assertThat(r.ranking().get(5).missing()).extracting(t -> t.text(Language.NN))
        .containsExactly("skala for gevinst b0");
    assertThat(r.ranking().get(6).missing()).extracting(t -> t.text(Language.NB)).containsExactly("kostnad");
    assertThat(r.rule().text(Language.NB)).contains("gevinstpoeng ÷ (innsatspoeng + kostnadspoeng)");
    assertThat(r.rule().text(Language.EN)).contains("1 below NOK 1,000,000, 2 below NOK 10,000,000");
  }

  /** The rule is a text of the plan bundle in the three languages, the cost bands written as each language writes. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', textBlock = """
      nb ; Kostnadspoeng = 1 under 500 000 kr, 2 under 2 500 000 kr, ellers 3. ; Tiltak uten gevinster med skala, innsats eller kostnad rangeres ikke.
      nn ; Kostnadspoeng = 1 under 500 000 kr, 2 under 2 500 000 kr, elles 3. ; Tiltak utan gevinstar med skala, innsats eller kostnad vert ikkje rangerte.
      en ; Cost points = 1 below NOK 500,000, 2 below NOK 2,500,000, otherwise 3. ; Measures without scaled benefits, effort or cost are not ranked.
      """)
  void the_rule_is_written_in_each_language_with_its_cost_bands(String tag, String bands, String end) {
    LocalizedText rule = BenefitAnalyzer.builder()
        .costBands(new BigDecimal("500000"), new BigDecimal("2500000")).build().rule();
    Language l = Language.fromTag(tag).orElseThrow();
    assertThat(rule.text(l)).contains(bands).endsWith(end);
    assertThat(rule.find(l)).as("a text of its own in %s", tag).isPresent();
  }

  @Test
  void costBandsAreConfigurable() {
    PlanChain c = chain(measure("a", Optional.of(Magnitude.LOW), Optional.of(5_000L), Magnitude.HIGH));
    assertThat(BenefitAnalyzer.builder().costBands(BigDecimal.valueOf(1_000), BigDecimal.valueOf(2_000)).build()
        .analyse(c).ranking().get(0).costPoints()).isEqualTo(3);
    assertThatThrownBy(() -> BenefitAnalyzer.builder().costBands(BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Seeded generator: the ranking is ordered by score, then benefit points, for any mix of measures. */
  static Stream<Long> seeds() {
    return IntStream.range(0, 30).mapToObj(i -> 1000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rankingIsAlwaysOrderedByScoreThenBenefit(long seed) {
    Random rnd = new Random(seed);
    Magnitude[] m = Magnitude.values();
    List<PlanElement> ms = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Magnitude[] scales = new Magnitude[1 + rnd.nextInt(3)];
      for (int j = 0; j < scales.length; j++) {
        scales[j] = m[rnd.nextInt(3)];
      }
      ms.add(measure("t" + i, Optional.of(m[rnd.nextInt(3)]), Optional.of((long) rnd.nextInt(30_000_000)), scales));
    }
    List<RankedMeasure> ranked = BenefitAnalyzer.create().analyse(chain(ms.toArray(PlanElement[]::new))).ranking();
    assertThat(ranked).hasSize(12).allMatch(RankedMeasure::ranked);
    assertThat(ranked).isSortedAccordingTo(Comparator.comparing((RankedMeasure x) -> x.score().orElseThrow())
        .reversed().thenComparing(Comparator.comparingInt(RankedMeasure::benefitPoints).reversed()));
    for (RankedMeasure x : ranked) {
      int effort = x.effort().orElseThrow().points();
      assertThat(x.score().orElseThrow().doubleValue())
          .isCloseTo((double) x.benefitPoints() / (effort + x.costPoints()), org.assertj.core.data.Offset.offset(0.005));
    }
  }

  @Test
  void expectedVersusRealisedOnTheIllustrativeFile() {
    BenefitReport r = BenefitAnalyzer.create().analyse(PlanChain.ofDocuments(List.of(PlanReader.create()
        .read(Path.of("../examples/plans/illustrasjon-oppfolging-2025.yaml")).document())));
    assertThat(r.ranking()).extracting(RankedMeasure::elementId)
        .containsExactly("tiltak-losningsfokus", "tiltak-elbiler", "tiltak-digital-byggesak");
    BenefitBalance climate = r.byGoal().stream().filter(b -> b.group().equals("SDG 13")).findFirst().orElseThrow();
    assertThat(climate.expectedAmount()).isEqualByComparingTo("120");
    assertThat(climate.realisedAmount()).isEqualByComparingTo("45");
    assertThat(climate.realised()).isEqualTo(1);
    assertThat(r.byFocusArea()).anySatisfy(b -> {
      assertThat(b.group()).startsWith("Klima");
      assertThat(b.kind()).isEqualTo(BenefitKind.QUALITY);
      assertThat(b.realised()).isZero();
    });
    assertThat(r.ranking().get(1).economicNet()).contains(new BigDecimal("-2750000"));
  }
}
