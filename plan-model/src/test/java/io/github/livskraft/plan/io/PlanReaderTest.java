package io.github.livskraft.plan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.plan.ElementRef;
import io.github.livskraft.plan.Plan;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.plan.SourceLocation;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.TargetCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanReaderTest {
  static final Path KONGSBERG = Path.of("../examples/plans/kongsberg-kommuneplan.yaml");
  static final Path REGION = Path.of("../examples/plans/kongsbergregionen-strategi-2019.yaml");

  private final PlanReader reader = PlanReader.create();

  @Test
  void readsTheKongsbergExample() {
    PlanDocument doc = reader.read(KONGSBERG).document();
    assertThat(doc.plans()).extracting(Plan::id).contains("kongsberg-samfunnsdel-2009", "kongsberg-miljoplan",
        "kongsberg-okonomiplan-2009");
    Plan samfunnsdel = doc.plans().get(0);
    assertThat(samfunnsdel.owners().get(0).municipality().orElseThrow().value()).isEqualTo("0604");
    assertThat(samfunnsdel.elements().stream().filter(e -> e.kind() == ElementKind.FOCUS_AREA)).hasSize(3);
    var indicator = samfunnsdel.findElement("ind-miljofyrtarn").orElseThrow().indicator().orElseThrow();
    assertThat(indicator.target().orElseThrow().year()).isEqualTo(2012);
    assertThat(indicator.target().orElseThrow().value()).isEmpty();
    assertThat(doc.plans().get(1).elements().get(0).serves())
        .containsExactly(ElementRef.parse("kongsberg-samfunnsdel-2009#io-natur-miljo"));
  }

  @Test
  void readsTheRegionExampleWithItsSevenMunicipalitiesAndPriorities() {
    Plan strategy = reader.read(REGION).document().plans().get(0);
    assertThat(strategy.owners().get(0).members()).hasSize(7)
        .allSatisfy(m -> assertThat(m.value()).matches("0[68]\\d\\d"));
    assertThat(strategy.priorityGoals()).extracting(Object::toString).containsExactly("2", "3", "4", "9", "11", "13");
    assertThat(strategy.milestones()).hasSize(3);
    assertThat(strategy.milestones().get(2).month().orElseThrow().getMonthValue()).isEqualTo(9);
  }

  @Test
  void roundTripsLosslesslyThroughYamlAndJson() {
    PlanWriter writer = PlanWriter.create();
    for (Path p : new Path[] {KONGSBERG, REGION}) {
      PlanDocument doc = reader.read(p).document();
      String yaml = writer.write(doc, PlanFormat.YAML);
      assertThat(reader.read("x.yaml", yaml, PlanFormat.YAML).document()).isEqualTo(doc);
      String json = writer.write(doc, PlanFormat.JSON);
      assertThat(reader.read("x.json", json, PlanFormat.JSON).document()).isEqualTo(doc);
      assertThat(writer.write(reader.read("x.json", json, PlanFormat.JSON).document(), PlanFormat.JSON))
          .isEqualTo(json);
    }
  }

  @Test
  void unquotedTargetCodesAndKommunenummerKeepTheirSourceText() {
    String yaml = """
        formatVersion: "1.0"
        plans:
          - id: p
            kind: SOCIAL_ELEMENT
            title: T
            status: DRAFT
            owners: [{kind: MUNICIPALITY, name: Kongsberg, municipality: 0604}]
            elements:
              - {id: e, kind: GOAL, title: G, sdgLinks: [{target: 11.10}, {target: 16.10}]}
        """;
    Plan p = reader.read("t.yaml", yaml, PlanFormat.YAML).document().plans().get(0);
    assertThat(p.owners().get(0).municipality().orElseThrow().value()).isEqualTo("0604");
    assertThat(p.elements().get(0).sdgLinks().get(1).target()).contains(TargetCode.of(16, 10));
  }

  @Test
  void unknownPropertyNamesFileLineAndPath() {
    String yaml = """
        formatVersion: "1.0"
        plans:
          - id: p
            kind: SOCIAL_ELEMENT
            title: T
            status: DRAFT
            elements:
              - id: e
                kind: GOAL
                title: Riktig
                titel: Feil
        """;
    assertThatThrownBy(() -> reader.read("plan.yaml", yaml, PlanFormat.YAML))
        .isInstanceOf(PlanParseException.class)
        .satisfies(t -> {
          PlanParseException e = (PlanParseException) t;
          assertThat(e.code()).isEqualTo("PLAN-P002");
          assertThat(e.location().file()).isEqualTo("plan.yaml");
          assertThat(e.location().line()).isEqualTo(11);
          assertThat(e.path()).isEqualTo("$.plans[0].elements[0].titel");
          assertThat(e.getMessage()).contains("titel").contains("title");
        });
  }

  @Test
  void wrongEnumAndInvalidCodeAndMissingRequiredAreReportedWithPath() {
    String badKind = "formatVersion: '1.0'\nplans:\n  - {id: p, kind: BUDGETT, title: T, status: DRAFT}\n";
    assertThatThrownBy(() -> reader.read("a.yaml", badKind, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P003");
          assertThat(e.path()).isEqualTo("$.plans[0].kind");
          assertThat(e.location().line()).isEqualTo(3);
          assertThat(e.getMessage()).contains("BUDGETT").contains("ANNUAL_BUDGET");
        });
    String badTarget = "formatVersion: '1.0'\nplans:\n  - {id: p, kind: GOAL, title: T, status: DRAFT}\n"
        .replace("kind: GOAL", "kind: THEMATIC_PLAN, sdgLinks: [{target: '11.x1'}]");
    assertThatThrownBy(() -> reader.read("b.yaml", badTarget, PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.path()).isEqualTo("$.plans[0].sdgLinks[0].target");
          assertThat(e.getMessage()).contains("11.x1").contains("SDG-0002");
        });
    String missing = "{\"formatVersion\": \"1.0\", \"plans\": [{\"id\": \"p\", \"kind\": \"THEMATIC_PLAN\", \"status\": \"DRAFT\"}]}";
    assertThatThrownBy(() -> reader.read("c.json", missing, PlanFormat.JSON))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.path()).isEqualTo("$.plans[0]");
          assertThat(e.getMessage()).contains("title").contains("c.json:1:");
        });
  }

  @Test
  void syntaxErrorsAndFutureFormatVersionsAreRejected() {
    assertThatThrownBy(() -> reader.read("s.yaml", "formatVersion: '1.0'\nplans: [\n  {id: p\n", PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.code()).isEqualTo("PLAN-P001"));
    assertThatThrownBy(() -> reader.read("v.yaml", "formatVersion: '2.0'\nplans: []\n", PlanFormat.YAML))
        .isInstanceOfSatisfying(PlanParseException.class, e -> {
          assertThat(e.code()).isEqualTo("PLAN-P004");
          assertThat(e.location().line()).isEqualTo(1);
        });
  }

  @Test
  void locatesValuesByPointer() {
    LoadedPlanDocument doc = reader.read(KONGSBERG);
    assertThat(doc.locate("/plans/0/elements/1/title").orElseThrow().line())
        .isGreaterThan(doc.locate("/plans/0/elements/0").orElseThrow().line());
    assertThat(LoadedPlanDocument.pointerOf("$.plans[0].elements[3].title")).isEqualTo("/plans/0/elements/3/title");
  }

  private static final String HEAD = "formatVersion: \"1.0\"\nplans:\n  - id: x\n";

  private PlanParseException failure(String text) {
    try {
      reader.read("bad.yaml", text, PlanFormat.YAML);
    } catch (PlanParseException e) {
      return e;
    }
    throw new AssertionError("no error for " + text);
  }

  /** No Java type name, Jackson or SnakeYAML wording in any language. */
  private static void assertNoInternals(PlanParseException e) {
    for (Language l : Language.values()) {
      assertThat(e.detail(l)).doesNotContain("io.github").doesNotContain("Cannot deserialize")
          .doesNotContain("No content to map").doesNotContain("scanning").doesNotContain("`");
    }
  }

  @Test
  void aMisspeltEnumValueSuggestsTheCloseConstantInEachLanguage() {
    PlanParseException e = failure(HEAD + "    kind: SOCIAL_ELEMEN\n    title: Kommuneplan\n");
    assertThat(e.code()).isEqualTo("PLAN-P003");
    assertThat(e.location().line()).isEqualTo(4);
    assertThat(e.path()).isEqualTo("$.plans[0].kind");
    assertThat(e.detail(Language.EN)).contains("'SOCIAL_ELEMEN'").endsWith("Did you mean: SOCIAL_ELEMENT?");
    assertThat(e.detail(Language.NB)).endsWith("Mente du: SOCIAL_ELEMENT?");
    assertThat(e.detail(Language.NN)).endsWith("Meinte du: SOCIAL_ELEMENT?");
    assertNoInternals(e);
    assertThat(failure(HEAD + "    kind: XYZ\n    title: K\n").detail(Language.EN)).doesNotContain("Did you mean");
  }

  /** Each kind of YAML or JSON syntax fault, with a phrase of its own bundle text in English, bokmål and nynorsk. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> syntaxFaults() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: \"Kommuneplan\n",
            "closing quote", "avsluttende anførselstegn", "avsluttande hermeteikn"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: [a, b\n    kind: K\n",
            "expected ',' or ']'", "forventet ',' eller ']'", "venta ',' eller ']'"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: {a: 1\n    kind: K\n",
            "expected ',' or '}'", "forventet ',' eller '}'", "venta ',' eller '}'"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: a: b\n",
            "'key: value'", "'nøkkel: verdi'", "'nøkkel: verdi'"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: K\n  kind: X\n   - y\n",
            "indentation", "innrykket", "innrykket"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: @K\n",
            "cannot start with '@'", "begynne med '@'", "byrje med '@'"),
        org.junit.jupiter.params.provider.Arguments.of("JSON", "{\"formatVersion\": \"1.0\", \"plans\": [}",
            "not valid JSON", "ikke gyldig JSON", "ikkje gyldig JSON"),
        org.junit.jupiter.params.provider.Arguments.of("JSON", "{\"formatVersion\": \"1.0\", \"plans\": [",
            "ends in the middle", "slutter midt i", "sluttar midt i"),
        // decided by SnakeYAML's exception type and marks: the quote the context mark is on, a flow list at the end
        // of the text, the character the problem mark is on; and by the wording fallback: a simple key
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: 'Kommuneplan\n",
            "closing quote", "avsluttende anførselstegn", "avsluttande hermeteikn"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: [a, b",
            "expected ',' or ']'", "forventet ',' eller ']'", "venta ',' eller ']'"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: %K\n",
            "cannot start with '%'", "begynne med '%'", "byrje med '%'"),
        org.junit.jupiter.params.provider.Arguments.of("YAML", HEAD + "    title: x\n    kind: a\n  bad\n",
            "expected a ':' after the key", "et ':' etter nøkkelen", "eit ':' etter nøkkelen"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("syntaxFaults")
  void syntaxFaultsAreSaidInOurOwnWordsInEachLanguage(String format, String text, String en, String nb, String nn) {
    PlanFormat f = PlanFormat.valueOf(format);
    PlanParseException e = null;
    try {
      reader.read("bad." + format.toLowerCase(java.util.Locale.ROOT), text, f);
    } catch (PlanParseException x) {
      e = x;
    }
    assertThat(e).as("no error for " + text).isNotNull();
    assertThat(e.code()).isEqualTo("PLAN-P001");
    assertThat(e.location().line()).isPositive();
    assertThat(e.detail(Language.EN)).contains(en);
    assertThat(e.detail(Language.NB)).contains(nb);
    assertThat(e.detail(Language.NN)).contains(nn);
    for (Language l : Language.values()) { // none of SnakeYAML's or Jackson's own sentences
      assertThat(e.detail(l)).doesNotContain("while ").doesNotContain("found ").doesNotContain("Unexpected")
          .doesNotContain("mapping values").doesNotContain("<block end>");
    }
    assertNoInternals(e);
  }

  @Test
  void aTabIndentIsReportedOnItsOwnLineAndColumnFromTheBundle() {
    PlanParseException e = failure(HEAD + "\tkind: SOCIAL_ELEMENT\n    title: Kommuneplan\n");
    assertThat(e.code()).isEqualTo("PLAN-P001");
    assertThat(e.location()).isEqualTo(new SourceLocation("bad.yaml", 4, 1));
    assertThat(e.detail(Language.EN)).contains("TAB").contains("do not use TAB");
    assertThat(e.detail(Language.NB)).contains("ikke bruk TAB");
    assertThat(e.detail(Language.NN)).contains("ikkje bruk TAB");
    assertNoInternals(e);
    PlanParseException later = failure(HEAD + "    kind: SOCIAL_ELEMENT\n    title: K\n    status: DRAFT\n"
        + "    elements:\n      -\tid: a\n");
    assertThat(later.location().line()).as(later.getMessage()).isEqualTo(8);
  }

  @Test
  void aMissingPropertyNamesAMisspeltKeyOfTheSameObjectWithItsLine() {
    PlanParseException e = failure(HEAD + "    kind: SOCIAL_ELEMENT\n    titel: Kommuneplan\n");
    assertThat(e.path()).isEqualTo("$.plans[0]");
    assertThat(e.detail(Language.EN)).contains("'title'")
        .endsWith("The file has 'titel' on line 5: did you mean 'title'?");
    assertThat(e.detail(Language.NB)).endsWith("Filen har 'titel' på linje 5: mente du 'title'?");
    assertThat(e.detail(Language.NN)).endsWith("Fila har 'titel' på linje 5: meinte du 'title'?");
    // a key far from the missing one is no hint
    assertThat(failure(HEAD + "    kind: SOCIAL_ELEMENT\n    tema: K\n").detail(Language.EN))
        .doesNotContain("did you mean");
    assertNoInternals(e);
  }

  @Test
  void anUnknownPropertySuggestsTheCloseKnownOne() {
    PlanParseException e = failure(HEAD + "    kind: SOCIAL_ELEMENT\n    title: K\n    status: DRAFT\n"
        + "    elements:\n      - id: e\n        kind: GOAL\n        title: Riktig\n        titel: Feil\n");
    assertThat(e.code()).isEqualTo("PLAN-P002");
    assertThat(e.location().line()).isEqualTo(11);
    assertThat(e.detail(Language.EN)).contains("'titel'").endsWith("Did you mean: title?");
    assertThat(e.detail(Language.NN)).endsWith("Meinte du: title?");
    // a required key misspelt is reported as missing, with the misspelling as the hint
    PlanParseException missing = failure(HEAD + "    kind: SOCIAL_ELEMENT\n    title: K\n    statsu: DRAFT\n");
    assertThat(missing.detail(Language.EN)).endsWith("The file has 'statsu' on line 6: did you mean 'status'?");
  }

  @Test
  void aBlankDocumentIsAnEmptyFileNotAParserSentence() {
    for (String blank : new String[] {"", "   \n", "# only a comment\n"}) {
      PlanParseException e = failure(blank);
      assertThat(e.code()).isEqualTo("PLAN-P003");
      assertThat(e.location().line()).isEqualTo(1);
      assertThat(e.detail(Language.EN)).isEqualTo(
          "the file is empty: expected a plan document with 'formatVersion' and 'plans'");
      assertThat(e.detail(Language.NN)).startsWith("fila er tom");
      assertNoInternals(e);
    }
  }

  /** A file that cannot be read: PLAN-P005 names it with our own reason, never the JDK's text; the cause is kept. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "EN, cannot read the file (the file does not exist), the file system reported an input/output error",
      "NB, kan ikke lese filen (filen finnes ikke), filsystemet meldte en inn-/utdatafeil",
      "NN, kan ikkje lese fila (fila finst ikkje), filsystemet melde ein inn-/utdatafeil"})
  void aFileThatCannotBeReadIsSaidInOurOwnWords(Language language, String missingText, String dirText,
      @org.junit.jupiter.api.io.TempDir Path dir) {
    Path missing = dir.resolve("mangler.yaml");
    PlanParseException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> PlanReader.create().read(missing), PlanParseException.class);
    assertThat(e.code()).isEqualTo("PLAN-P005");
    assertThat(e.getMessage(language)).contains(missing.toString()).contains(missingText)
        .doesNotContain("NoSuchFile").doesNotContain("Exception");
    assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
    PlanParseException d = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> PlanReader.create().read(dir), PlanParseException.class);
    assertThat(d.code()).isEqualTo("PLAN-P005"); // a folder read as a file: the JDK says "Is a directory"
    assertThat(d.getMessage(language)).contains(dir.toString()).contains(dirText)
        .doesNotContain(String.valueOf(d.getCause().getMessage()));
  }
}
