package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed catalogue folder is reported in the reader's language: for each broken copy of the fixture, the
 * bokmål, nynorsk and English messages name the bad value, the file, the line and the column, and the Norwegian ones
 * hold no English (issue #10). The line is counted in the broken file, not written here.
 */
class CatalogueMessagesTest {
  @TempDir Path dir;

  /**
   * One broken copy: in {@code file}, the first {@code from} becomes {@code to}; the failure is in {@code column}
   * ("" if none) and quotes {@code value}.
   */
  record Case(String name, String file, String from, String to, String column, String value, int shift) {
    Case(String name, String file, String from, String to, String column, String value) {
      this(name, file, from, to, column, value, 0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("colour not upper-case", "goal_colours.csv", "#3F7E44", "#3f7e44", "colour", "#3f7e44"),
        new Case("malformed target code", "targets.csv", "\n13.2,13,", "\n13.x2,13,", "code", "13.x2"),
        new Case("suffix type", "targets.csv", "1.a,1,letter", "1.a,1,numeric", "suffix_type", "numeric"),
        new Case("unknown kind", "targets.csv", "1.a,1,letter,means_of_implementation", "1.a,1,letter,meanz",
            "kind", "meanz"),
        new Case("padded value", "targets.csv", "\n13.2,13,", "\n13.2,13 ,", "goal", "13 "),
        new Case("codes out of order", "targets.csv", "\n17.9,17,numeric,means_of_implementation,6,",
            "\n17.11,17,numeric,means_of_implementation,6,", "code", "17.11", 1), // found at the next row, 17.10
        new Case("unknown text source", "targets.csv", "SDGforskning/sdg-strings:SDGs_query_topic_python.md@94d6cb8",
            "some blog", "title_nb_source", "some blog"),
        new Case("unknown tier", "indicators.csv", "Tier II", "Tier 2", "tier", "Tier 2"),
        new Case("change of an unknown indicator", "indicator_changes_2022_2025.csv", "\n1.a.1,", "\n1.a.9,", "code",
            "1.a.9"),
        new Case("field count", "goal_colours.csv", "13,#3F7E44,", "13,#3F7E44,x,", "", "4"),
        new Case("unknown column", "goals.csv", "note_en\n", "note_en,extra\n", "", "extra"),
        new Case("edition date", "edition.properties", "tier.as-of=2022-11-30", "tier.as-of=30.11.2022",
            "tier.as-of", "30.11.2022"),
        new Case("quote inside a field", "goals.csv", "\n13,", "\n1\"3,", "", "\""));
  }

  /** Words of the English problems that a Norwegian message must not hold. */
  private static final List<String> ENGLISH = List.of("expected", " the ", " line ", "column", " not ", " or ",
      " which ", "appears", " does ", "cannot", " must ", "empty", " has ", " value");
  /** Bokmål words a nynorsk message must not hold. */
  private static final List<String> BOKMAAL = List.of("ventet", " ikke ", "filen ", " en ", "finnes");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyLanguageNamesValueFileLineAndColumn(Case c) throws IOException {
    copyFixture();
    Path p = dir.resolve(c.file());
    String before = Files.readString(p, StandardCharsets.UTF_8);
    int at = before.indexOf(c.from());
    assertThat(at).as("fixture %s contains %s", c.file(), c.from()).isNotNegative();
    Files.writeString(p, before.substring(0, at) + c.to() + before.substring(at + c.from().length()),
        StandardCharsets.UTF_8);
    int line = c.file().endsWith(".properties") ? 0 : c.from().endsWith("note_en\n") ? 1
        : lineOf(before, at + (c.from().startsWith("\n") ? 1 : 0)) + c.shift();

    CatalogueFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogueFormatException.class,
        () -> SdgCatalogue.load(dir));
    assertThat(e.file()).isEqualTo(c.file());
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(c.column());
    assertThat(e.problemKey()).startsWith("SDG-0005.");
    assertThat(e.getMessage(Language.EN)).isEqualTo(e.getMessage());

    String en = e.getMessage(Language.EN);
    String nb = e.getMessage(Language.NB);
    String nn = e.getMessage(Language.NN);
    assertThat(en).startsWith("SDG-0005: Cannot read the SDG catalogue: " + c.file()).contains(c.value());
    assertThat(nb).startsWith("SDG-0005: Kan ikke lese bærekraftskatalogen: " + c.file()).contains(c.value());
    assertThat(nn).startsWith("SDG-0005: Kan ikkje lese berekraftskatalogen: " + c.file()).contains(c.value());
    if (line > 0) {
      assertThat(en).contains(", line " + line);
      assertThat(nb).contains(", linje " + line);
      assertThat(nn).contains(", linje " + line);
    }
    if (!c.column().isEmpty()) {
      assertThat(en).contains("column " + c.column() + ":");
      assertThat(nb).contains("kolonne " + c.column() + ":");
      assertThat(nn).contains("kolonne " + c.column() + ":");
    }
    for (String word : ENGLISH) {
      assertThat(nb).as("bokmål").doesNotContain(word);
      assertThat(nn).as("nynorsk").doesNotContain(word);
    }
    for (String word : BOKMAAL) {
      assertThat(nn).as("nynorsk").doesNotContain(word);
    }
    assertThat(e.problem(Language.NB)).isNotEqualTo(e.problem(Language.EN));
    assertThat(e.problem(Language.NN)).isNotEqualTo(e.problem(Language.NB));
    assertThat(List.of(en, nb, nn)).noneMatch(m -> m.contains("Exception") || m.contains("java."));
  }

  @Test
  void aMissingFileIsNamedInOurWordsInEveryLanguage() throws IOException {
    copyFixture();
    Files.delete(dir.resolve("targets.csv"));
    CatalogueFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogueFormatException.class,
        () -> SdgCatalogue.load(dir));
    String file = dir.resolve("targets.csv").toString();
    assertThat(e.getMessage(Language.EN)).isEqualTo("SDG-0005: Cannot read the SDG catalogue: " + file
        + ": the file does not exist");
    assertThat(e.getMessage(Language.NB)).isEqualTo("SDG-0005: Kan ikke lese bærekraftskatalogen: " + file
        + ": filen finnes ikke");
    assertThat(e.getMessage(Language.NN)).isEqualTo("SDG-0005: Kan ikkje lese berekraftskatalogen: " + file
        + ": fila finst ikkje");
    assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void bytesThatAreNotUtf8AreNamedInEveryLanguage() throws IOException {
    copyFixture();
    Files.write(dir.resolve("goals.csv"), new byte[] {'c', 'o', (byte) 0xE6, '\n'});
    CatalogueFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogueFormatException.class,
        () -> SdgCatalogue.load(dir));
    assertThat(e.getMessage(Language.NB)).endsWith(": ikke gyldig UTF-8; ventet UTF-8-tekst");
    assertThat(e.getMessage(Language.NN)).endsWith(": ikkje gyldig UTF-8; venta UTF-8-tekst");
    assertThat(e.getMessage(java.util.Locale.forLanguageTag("nn-NO"))).isEqualTo(e.getMessage(Language.NN));
    assertThat(e.getCause()).isInstanceOf(java.nio.charset.CharacterCodingException.class);
  }

  @Test
  void urlsAreNamedWithoutTheJdksText() throws java.net.MalformedURLException {
    CatalogueFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogueFormatException.class,
        () -> SdgCatalogue.load(dir.toUri().toURL()).goals());
    assertThat(e.getMessage(Language.NB)).contains("edition.properties").endsWith(": filen finnes ikke");
    assertThat(e.getMessage()).doesNotContain("Exception");
    java.net.URL spaced = new java.net.URL("file:/no such folder/");
    CatalogueFormatException bad = org.junit.jupiter.api.Assertions.assertThrows(CatalogueFormatException.class,
        () -> SdgCatalogue.load(spaced));
    assertThat(bad.problemKey()).isEqualTo("SDG-0005.url.invalid");
    assertThat(bad.getMessage(Language.NN)).contains("file:/no such folder/edition.properties")
        .endsWith(": ikkje ein gyldig URL; venta ein file:-, jar:- eller https:-URL som sluttar med /");
    assertThat(bad.getCause()).isNotNull();
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private void copyFixture() throws IOException {
    for (String f : CatalogueReader.FILES) {
      Files.copy(FixtureCatalogueTest.fixtureDir().resolve(f), dir.resolve(f));
    }
  }
}
