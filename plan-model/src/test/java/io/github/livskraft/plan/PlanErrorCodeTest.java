package io.github.livskraft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.livskraft.plan.coverage.CoverageDepth;
import io.github.livskraft.sdg.Language;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanErrorCodeTest {
  private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

  @Test
  void codesAreUniqueAndFollowTheFamilies() {
    assertThat(Arrays.stream(PlanErrorCode.values()).map(PlanErrorCode::code)).doesNotHaveDuplicates()
        .allMatch(c -> c.matches("PLAN-(\\d{4}|[PKSVCA]\\d{3})"));
    assertThat(PlanErrorCode.find("PLAN-V020")).contains(PlanErrorCode.V020);
    assertThat(PlanErrorCode.find("PLAN-X999")).isEmpty();
  }

  @Test
  void bundleIsCompleteInEveryLanguage() {
    assertThat(PlanErrorCode.V001.messages().missingKeys()).isEmpty();
  }

  /** Every pattern parses, uses no argument beyond the code's parameters, and differs between the languages. */
  @Test
  void everyPatternParsesAndUsesOnlyItsParameters() {
    var bundle = PlanErrorCode.V001.messages();
    for (String key : bundle.keys()) {
      for (Language l : Language.values()) {
        String p = bundle.pattern(key, l);
        if (key.startsWith("PLAN-")) {
          assertThatCode(() -> new MessageFormat(p, l.locale())).as("%s in %s", key, l).doesNotThrowAnyException();
        }
        int base = key.indexOf('.') < 0 ? key.length() : key.indexOf('.');
        PlanErrorCode.find(key.substring(0, base)).filter(c -> key.indexOf('.') < 0).ifPresent(c -> {
          Matcher m = ARG.matcher(p);
          while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).as("argument of %s in %s", key, l)
                .isLessThan(c.parameters().size());
          }
        });
      }
    }
    for (PlanErrorCode c : PlanErrorCode.values()) {
      assertThat(bundle.pattern(c.code(), Language.EN)).as(c.code())
          .isNotEqualTo(bundle.pattern(c.code(), Language.NB));
    }
  }

  @Test
  void formatsNamedParametersInEachLanguage() {
    var t = PlanErrorCode.V020.text(Map.of("value", "2030–2026"));
    assertThat(t.text(Language.EN)).isEqualTo("Period 2030–2026 ends before it starts");
    assertThat(t.text(Language.NB)).isEqualTo("Perioden 2030–2026 slutter før den begynner");
    assertThat(t.text(Language.NN)).isEqualTo("Perioden 2030–2026 sluttar før han byrjar");
    assertThat(PlanErrorCode.V020.format(Language.NN, "2030–2026"))
        .isEqualTo("PLAN-V020: Perioden 2030–2026 sluttar før han byrjar");
  }

  @Test
  void localizedArgumentsFollowTheMessageLanguageAndNumbersAreNotGrouped() {
    var t = PlanErrorCode.V040.text(Map.of("value", "Kongsberg", "expected", PlanErrorCode.V040.fragment("twice")));
    assertThat(t.text(Language.EN)).isEqualTo("Owner 'Kongsberg': a member municipality is listed twice");
    assertThat(t.text(Language.NN)).isEqualTo("Eigar 'Kongsberg': ein medlemskommune er oppført to gonger");
    var year = PlanErrorCode.V021.message(12345);
    assertThat(year.text(Language.NB)).isEqualTo("Året 12345 er utenfor 1900–2200");
  }

  static Stream<Enum<?>> labelled() {
    return Stream.of(PlanKind.values(), PlanStatus.values(), ElementKind.values(), CoverageDepth.values(),
        EventKind.values(), Magnitude.values(), BenefitKind.values(), FollowUpStatus.values(),
        SustainabilityDimension.values()).flatMap(Arrays::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelled")
  void everyLabelExistsInEveryLanguage(Enum<?> constant) throws Exception {
    var label = constant.getClass().getMethod("label", Language.class);
    for (Language l : Language.values()) {
      assertThat((String) label.invoke(constant, l)).as("%s in %s", constant, l).isNotBlank();
    }
  }

  @Test
  void nynorskLabelsAreNynorsk() {
    assertThat(ElementKind.MAIN_GOAL.label(Language.NN)).isEqualTo("hovudmål");
    assertThat(ElementKind.MAIN_GOAL.label(Language.NB)).isEqualTo("hovedmål");
    assertThat(PlanStatus.ADOPTED.label(Language.NN)).isEqualTo("vedteken");
    assertThat(FollowUpStatus.NOT_STARTED.label(Language.NN)).isEqualTo("ikkje starta");
    assertThat(List.of(PlanKind.FINANCIAL_PLAN.label(Language.EN))).containsExactly("financial plan");
  }

  /** Every fragment the sources name ({@code CODE.fragment("…")}) is a key of that code in the bundle. */
  @Test
  void everyFragmentTheSourcesUseExists() throws java.io.IOException {
    Pattern use = Pattern.compile("(?:PlanErrorCode\\.)?\\b([A-Z][A-Z0-9_]+)\\.fragment\\(\"([a-z0-9.-]*[a-z0-9])\"");
    List<String> missing = new java.util.ArrayList<>();
    int found = 0;
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        Matcher m = use.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          found++;
          String key = PlanErrorCode.valueOf(m.group(1)).code() + "." + m.group(2);
          if (!PlanErrorCode.V001.messages().keys().contains(key)) {
            missing.add(f.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(found).isGreaterThan(40);
    assertThat(missing).isEmpty();
  }

  @Test
  void coherenceRulesHaveTitlesAndDescriptionsInNynorsk() {
    var rules = io.github.livskraft.plan.coherence.CoherenceChecker.create().rules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(16);
    for (var r : rules) {
      assertThat(r.title().text(Language.NN)).as(r.code()).isNotBlank().isNotEqualTo(r.title().text(Language.EN));
      assertThat(r.explanation().text(Language.NN)).as(r.code()).isNotEqualTo(r.explanation().text(Language.NB));
    }
  }
}
