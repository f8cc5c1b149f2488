package io.github.livskraft.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.livskraft.indicators.dashboard.Rating;
import io.github.livskraft.indicators.progress.TrendArrow;
import io.github.livskraft.indicators.series.ObservationStatus;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndicatorErrorCodeTest {
  private static final MessageBundle BUNDLE = IndicatorErrorCode.GENERAL.messages();

  @Test
  void everyKeyHasAllThreeLanguagesAndEveryPatternParses() {
    assertThat(BUNDLE.missingKeys()).isEmpty();
    for (String key : BUNDLE.keys()) {
      for (Language l : Language.values()) {
        if (key.startsWith("IND-")) {
          assertThatCode(() -> new MessageFormat(BUNDLE.pattern(key, l), l.locale())).as("%s %s", key, l)
              .doesNotThrowAnyException();
        }
      }
    }
    for (IndicatorErrorCode c : IndicatorErrorCode.values()) {
      assertThat(BUNDLE.pattern(c.code(), Language.EN)).as(c.code()).isNotBlank();
    }
  }

  /** Every fragment the sources name ({@code detail("…")}, {@code exp("…")}, {@code at("…")}) is in the bundle. */
  @Test
  void everyFragmentTheCodeUsesExists() throws IOException {
    Pattern use = Pattern.compile("(\\w+)\\.fragment\\(\"([a-z0-9.-]*[a-z0-9])\"|\\b(exp|at)\\(\"([a-z0-9.-]+)\"");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f);
        Matcher m = use.matcher(text);
        while (m.find()) {
          found++;
          List<String> candidates = m.group(2) != null
              ? Arrays.stream(IndicatorErrorCode.values()).map(c -> c.code() + "." + m.group(2)).toList()
              : List.of("IND-0002." + (m.group(3).equals("exp") ? "expect." : "at.") + m.group(4),
                  "IND-0005." + (m.group(3).equals("exp") ? "expect." : "at.") + m.group(4));
          if (candidates.stream().noneMatch(BUNDLE.keys()::contains)) {
            missing.add(f.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isGreaterThan(40);
    assertThat(missing).isEmpty();
  }

  @Test
  void messagesComeInTheReadersLanguageWithTheCode() {
    var e = new UnknownIndicatorException("waste.x");
    assertThat(e.getMessage()).isEqualTo("IND-0001: Unknown indicator 'waste.x': see 'livskraft indicators list'");
    assertThat(e.getMessage(Language.NN)).isEqualTo("IND-0001: Ukjend indikator 'waste.x': sjå 'livskraft indicators list'");
    assertThat(e.errorCode()).isEqualTo(IndicatorErrorCode.UNKNOWN_INDICATOR);
    IndicatorException bad = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Period.parse("2024-W07"), IndicatorException.class);
    assertThat(bad.getMessage(Language.NB))
        .isEqualTo("IND-0004: Ugyldig periode '2024-W07': ukeperioder støttes ikke: summer til måneder eller år først");
    assertThat(bad.getMessage(Language.EN)).contains("weekly periods are not supported");
  }

  @Test
  void labelsAreInAllThreeLanguagesAndNynorskIsNynorsk() {
    for (Enum<?>[] values : List.<Enum<?>[]>of(Rating.values(), TrendArrow.values(), ObservationStatus.values())) {
      for (Enum<?> v : values) {
        for (Language l : Language.values()) {
          String label = v instanceof Rating r ? r.label(l) : v instanceof TrendArrow t ? t.label(l)
              : ((ObservationStatus) v).label(l);
          assertThat(label).as("%s %s", v, l).isNotBlank();
        }
      }
    }
    assertThat(ObservationStatus.PROVISIONAL.label(Language.NN)).isEqualTo("førebels tal");
    assertThat(ObservationStatus.PROVISIONAL.label(Language.NB)).isEqualTo("foreløpig tall");
    assertThat(Rating.YELLOW.label(Language.NN)).isEqualTo("Utfordringar står att");
  }
}
