package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict loading: each broken copy of the fixture fails with the file, line, column and what was expected. */
class CatalogueReaderTest {
  @TempDir Path dir;

  @BeforeEach
  void copyFixture() throws IOException {
    for (String f : CatalogueReader.FILES) {
      Files.copy(FixtureCatalogueTest.fixtureDir().resolve(f), dir.resolve(f));
    }
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String s = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(s).as("fixture %s contains %s", file, from).contains(from);
    Files.writeString(p, s.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
  }

  private CatalogueFormatException fails() {
    CatalogueFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogueFormatException.class,
        () -> SdgCatalogue.load(dir));
    assertThat(e.errorCode()).isEqualTo(SdgErrorCode.CATALOGUE_FORMAT);
    assertThat(e.getMessage()).startsWith("SDG-0005: ");
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).startsWith("SDG-0005: Kan ikke lese bærekraftskatalogen");
    return e;
  }

  @Test
  void unmodifiedCopy_loads() {
    assertThat(SdgCatalogue.load(dir).targets()).hasSize(7);
  }

  @Test
  void unknownColumn() throws IOException {
    replace("goals.csv", "note_en\n", "note_en,extra\n");
    CatalogueFormatException e = fails();
    assertThat(e.file()).isEqualTo("goals.csv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("unknown columns [extra]");
  }

  @Test
  void malformedTargetCode_namesFileLineColumn() throws IOException {
    replace("targets.csv", "\n13.2,13,", "\n13.x2,13,");
    CatalogueFormatException e = fails();
    assertThat(e.file()).isEqualTo("targets.csv");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo("code");
    assertThat(e.getMessage()).contains("targets.csv, line 5, column code").contains("'13.x2'");
  }

  @Test
  void wrongFieldCount() throws IOException {
    replace("goal_colours.csv", "13,#3F7E44,", "13,#3F7E44,x,");
    assertThat(fails().getMessage()).contains("goal_colours.csv, line 3").contains("found 4 fields; expected 3");
  }

  @Test
  void badColour() throws IOException {
    replace("goal_colours.csv", "#3F7E44", "#3f7e44");
    assertThat(fails().getMessage()).contains("column colour").contains("upper-case hex");
  }

  @Test
  void missingParentGoal() throws IOException {
    replace("targets.csv", "\n17.9,17,", "\n16.9,16,");
    CatalogueFormatException e = fails();
    assertThat(e.getMessage()).contains("goal 16 of target 16.9 is not in goals.csv");
  }

  @Test
  void suffixTypeMustMatchCode() throws IOException {
    replace("targets.csv", "1.a,1,letter", "1.a,1,numeric");
    assertThat(fails().getMessage()).contains("column suffix_type").contains("expected 'letter'");
  }

  @Test
  void unknownKind() throws IOException {
    replace("targets.csv", "1.a,1,letter,means_of_implementation", "1.a,1,letter,means");
    assertThat(fails().getMessage()).contains("column kind").contains("[outcome, means_of_implementation]");
  }

  @Test
  void outOfOrderCodes() throws IOException {
    replace("targets.csv", "\n17.9,17,numeric,means_of_implementation,6,", "\n17.11,17,numeric,means_of_implementation,6,");
    assertThat(fails().getMessage()).contains("17.10 comes after 17.11");
  }

  @Test
  void unknownTextSource() throws IOException {
    replace("targets.csv", "SDGforskning/sdg-strings:SDGs_query_topic_python.md@94d6cb8", "some blog");
    CatalogueFormatException e = fails();
    assertThat(e.column()).isEqualTo("title_nb_source");
    assertThat(e.getMessage()).contains("source 'some blog' matches no rule");
  }

  @Test
  void repeatGroupMustAgreeOnEveryMember() throws IOException {
    Path p = dir.resolve("indicators.csv");
    String s = Files.readString(p, StandardCharsets.UTF_8);
    int at = s.indexOf("\n13.1.1,");
    String fixed = s.substring(0, at) + s.substring(at).replaceFirst("1\\.5\\.1;13\\.1\\.1", "13.1.1");
    Files.writeString(p, fixed, StandardCharsets.UTF_8);
    CatalogueFormatException e = fails();
    assertThat(e.column()).isIn("repeat_group", "repeat_primary", "is_repeat");
  }

  @Test
  void unknownTier() throws IOException {
    replace("indicators.csv", "Tier II", "Tier 2");
    assertThat(fails().getMessage()).contains("column tier").contains("'Tier 2'");
  }

  @Test
  void changeForUnknownIndicator() throws IOException {
    replace("indicator_changes_2022_2025.csv", "\n1.a.1,", "\n1.a.9,");
    assertThat(fails().getMessage()).contains("indicator_changes_2022_2025.csv, line 2")
        .contains("indicator 1.a.9 is not in indicators.csv");
  }

  @Test
  void unterminatedQuote() throws IOException {
    Path p = dir.resolve("goals.csv");
    Files.writeString(p, Files.readString(p, StandardCharsets.UTF_8) + "\"17", StandardCharsets.UTF_8);
    assertThat(fails().getMessage()).contains("unterminated quoted field");
  }

  @Test
  void notUtf8() throws IOException {
    Files.write(dir.resolve("goals.csv"), new byte[] {'c', 'o', (byte) 0xE6, '\n'});
    assertThat(fails().getMessage()).contains("not valid UTF-8");
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(dir.resolve("targets.csv"));
    // named without the JDK's exception text ("java.nio.file.NoSuchFileException: …")
    assertThat(fails().getMessage()).contains("targets.csv").contains("the file does not exist")
        .doesNotContain("NoSuchFileException").doesNotContain("java.");
  }

  @Test
  void editionUnknownKey() throws IOException {
    Files.writeString(dir.resolve("edition.properties"),
        Files.readString(dir.resolve("edition.properties")) + "colour=red\n", StandardCharsets.UTF_8);
    CatalogueFormatException e = fails();
    assertThat(e.file()).isEqualTo("edition.properties");
    assertThat(e.getMessage()).contains("unknown key 'colour'");
  }

  @Test
  void editionBadDate() throws IOException {
    replace("edition.properties", "tier.as-of=2022-11-30", "tier.as-of=30.11.2022");
    assertThat(fails().getMessage()).contains("'30.11.2022' is not a date");
  }

  @Test
  void blankRequiredText() throws IOException {
    replace("goals.csv", "End poverty in all its forms everywhere", "");
    CatalogueFormatException e = fails();
    assertThat(e.column()).isEqualTo("title_en");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void paddedValue() throws IOException {
    replace("targets.csv", "\n13.2,13,", "\n13.2,13 ,");
    assertThat(fails().getMessage()).contains("leading or trailing white space");
  }
}
