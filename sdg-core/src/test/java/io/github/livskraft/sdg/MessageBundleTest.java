package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageBundleTest {
  private final MessageBundle sdg = MessageBundle.load(SdgErrorCode.class, "sdg");

  @Test
  void everyLanguageHasEveryKeyAndEveryCodeHasAText() {
    assertThat(sdg.missingKeys()).isEmpty();
    java.util.List<String> codes = Arrays.stream(SdgErrorCode.values()).map(SdgErrorCode::code).toList();
    assertThat(sdg.keys()).containsAll(codes);
    // the other keys are variants or fragments below a code (SDG-0005.colour.format), or the reasons of an I/O
    // failure that every module shares (IoReason: io.no-such-file …)
    assertThat(sdg.keys()).allSatisfy(k -> assertThat(k.startsWith("io.")
        || codes.stream().anyMatch(c -> k.equals(c) || k.startsWith(c + "."))).as(k).isTrue());
  }

  /**
   * Every problem key the sources name ({@code "SDG-0005.…"}) is in the bundle, and every problem key of the bundle
   * is named somewhere: no text goes missing and none is left over.
   */
  @Test
  void everyCatalogueProblemTheSourcesNameIsInTheBundleAndNoneIsUnused() throws java.io.IOException {
    java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"(SDG-0005\\.[a-z0-9.-]+)\"");
    java.util.Set<String> named = new java.util.TreeSet<>();
    try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (java.nio.file.Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        java.util.regex.Matcher m = key.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertThat(named).as("problem keys named in the sources").hasSizeGreaterThan(60);
    assertThat(sdg.keys()).containsAll(named);
    assertThat(sdg.keys().stream().filter(k -> k.startsWith("SDG-0005."))).containsExactlyInAnyOrderElementsOf(named);
  }

  /** A code type that names its bundle, with one constant that has a body (an anonymous subclass). */
  @ErrorCode.Bundle("sdg")
  enum Named implements ErrorCode {
    PLAIN,
    WITH_BODY {
      @Override
      public String toString() {
        return "body";
      }
    };

    @Override
    public String code() {
      return "SDG-0004";
    }
  }

  /** A code type that names no bundle and does not override messages(). */
  enum Unnamed implements ErrorCode {
    ONLY;

    @Override
    public String code() {
      return "SDG-0004";
    }
  }

  @Test
  void anErrorCodeTypeNamesItsBundleOnceAndEveryConstantSharesIt() {
    assertThat(Named.PLAIN.messages()).isSameAs(Named.WITH_BODY.messages()).isSameAs(Named.PLAIN.messages());
    assertThat(Named.WITH_BODY.messages().name()).isEqualTo("sdg");
    assertThat(Named.WITH_BODY.format(java.util.Locale.forLanguageTag("nn-NO"), "18", 0, "E"))
        .isEqualTo("SDG-0004: Ukjend mål '18': finst ikkje i katalogutgåva E");
    assertThat(SdgErrorCode.UNKNOWN_CODE.messages()).isNotSameAs(Named.PLAIN.messages()); // per type, not shared
    assertThatThrownBy(Unnamed.ONLY::messages).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Unnamed").hasMessageContaining("@ErrorCode.Bundle");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyCodeFormatsInEveryLanguageWithItsArguments(Language language) {
    for (SdgErrorCode c : SdgErrorCode.values()) {
      String text = c.format(language, "18", 0, "UN-GIF-2025-review");
      assertThat(text).startsWith(c.code() + ": ").contains("18").doesNotContain("{0}");
    }
  }

  @Test
  void nynorskIsNotBokmal() {
    assertThat(SdgErrorCode.UNKNOWN_CODE.format(Language.NN, "18", 0, "E"))
        .isEqualTo("SDG-0004: Ukjend mål '18': finst ikkje i katalogutgåva E");
    assertThat(SdgErrorCode.UNKNOWN_CODE.format(Language.NB, "18", 0, "E"))
        .isEqualTo("SDG-0004: Ukjent mål '18': finnes ikke i katalogutgaven E");
    assertThat(SdgErrorCode.UNKNOWN_CODE.format(Language.EN, "11.z", 1, "E"))
        .isEqualTo("SDG-0004: Unknown target '11.z': not in the catalogue edition E");
  }

  @Test
  void aMissingBundleOrKeyIsReportedByName() {
    assertThatThrownBy(() -> MessageBundle.load(SdgErrorCode.class, "no-such-bundle"))
        .isInstanceOf(MissingResourceException.class).hasMessageContaining("no-such-bundle_en.properties");
    assertThatThrownBy(() -> sdg.pattern("SDG-9999", Language.NN))
        .isInstanceOf(MissingResourceException.class).hasMessageContaining("sdg_nn").hasMessageContaining("SDG-9999");
  }

  /**
   * Each pattern is parsed once per language, however many messages are made and formatted with it: a plan file
   * with 60 000 findings once parsed every pattern some twenty times per finding (issue 13, ninth round). The texts
   * are those of a freshly parsed {@link java.text.MessageFormat}.
   */
  @Test
  void eachPatternIsParsedOncePerLanguageHoweverOftenItIsUsed() throws Exception {
    MessageBundle bundle = MessageBundle.load(SdgErrorCode.class, "sdg");
    assertThat(bundle.parses()).isZero();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            for (Language language : Language.values()) {
              String value = "x" + i;
              assertThat(MessageFragment.of(bundle, "SDG-0001", value).text(language))
                  .isEqualTo(new java.text.MessageFormat(bundle.pattern("SDG-0001", language), language.locale())
                      .format(new Object[] {value}));
              assertThat(bundle.format("SDG-0002", language, i)).isEqualTo(new java.text.MessageFormat(
                  bundle.pattern("SDG-0002", language), language.locale()).format(new Object[] {i}));
            }
          }
        }));
      }
      for (java.util.concurrent.Future<?> r : runs) {
        r.get();
      }
    } finally {
      pool.shutdown();
    }
    // two keys × three languages; a race may parse a pattern twice, never once per use
    assertThat(bundle.parses()).isBetween(6, 6 * 4);
    assertThatThrownBy(() -> MessageFragment.of(bundle, "SDG-0001")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uses 1 arguments, given 0");
  }
}
