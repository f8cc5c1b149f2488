package io.github.livskraft.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Architecture rules over the production classes of every Livskraft module. The module graph (see the README's
 * architecture section) points one way; {@link #ALLOWED} is that graph as data: each module's root package and the
 * modules it may use. A module missing from the build (not on this test's class path) is simply not checked.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.livskraft";

  /** Module root package (below {@value #ROOT}) → the module packages it may depend on. */
  static final Map<String, Set<String>> ALLOWED = allowed();

  private static Map<String, Set<String>> allowed() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put("sdg", Set.of());
    m.put("jsonstat", Set.of("sdg"));
    m.put("municipalities", Set.of("sdg"));
    m.put("tagger", Set.of("sdg"));
    m.put("indicators", Set.of("sdg", "municipalities"));
    m.put("plan", Set.of("sdg", "municipalities", "indicators", "tagger"));
    m.put("kostra", Set.of("sdg", "municipalities", "indicators", "jsonstat"));
    m.put("casework", Set.of("sdg", "municipalities", "indicators", "tagger", "plan"));
    m.put("report", Set.of("sdg", "municipalities", "indicators", "tagger", "plan", "jsonstat", "kostra"));
    m.put("server", Set.of("sdg", "municipalities", "indicators", "tagger", "plan", "jsonstat", "kostra",
        "casework", "report"));
    m.put("spark", Set.of("sdg", "municipalities", "indicators", "tagger", "plan", "jsonstat", "kostra",
        "casework"));
    m.put("cli", Set.of("sdg", "municipalities", "indicators", "tagger", "plan", "jsonstat", "kostra",
        "casework", "report", "server"));
    m.put("examples", Set.of("sdg", "municipalities", "indicators", "tagger", "plan", "jsonstat", "kostra",
        "casework", "report", "server"));
    return Map.copyOf(m);
  }

  /** The published library modules (not the CLI, server, examples or tools). */
  private static final String[] LIBRARIES = Stream.of("sdg", "jsonstat", "municipalities", "tagger",
      "indicators", "plan", "kostra", "casework", "report", "spark").map(ArchitectureTest::pkg)
      .toArray(String[]::new);

  private static JavaClasses classes;

  private static String pkg(String module) {
    return ROOT + "." + module + "..";
  }

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(MainClassesOnly.INSTANCE)
        .importPackages(ROOT);
  }

  /**
   * Guard: the import holds no test class of this module, in any build directory (the self-tests' fixtures break
   * the rules on purpose); CI's second pass builds into {@code target-java25/}.
   */
  @Test
  void importHoldsNoTestClasses() {
    assertThat(classes.contain(FixtureCode.class)).isFalse();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    assertThat(MainClassesOnly.INSTANCE.includes(com.tngtech.archunit.core.importer.Location.of(
        java.nio.file.Path.of("/x/architecture-tests/target-java25/test-classes/A.class")))).isFalse();
    assertThat(MainClassesOnly.INSTANCE.includes(com.tngtech.archunit.core.importer.Location.of(
        java.nio.file.Path.of("/x/sdg-core/target-java25/classes/A.class")))).isTrue();
  }

  /** Guard: the rules below must not pass vacuously on an empty or partial import. */
  @Test
  void importSeesEveryModule() {
    Map<String, Long> minimum = Map.of(
        "sdg", 5L, "tagger", 5L, "jsonstat", 5L, "indicators", 2L, "plan", 2L, "kostra", 1L, "report", 5L,
        "casework", 10L, "server", 5L, "cli", 5L);
    minimum.forEach((module, min) -> assertThat(classesOf(module).count())
        .as("classes imported from module %s", module)
        .isGreaterThanOrEqualTo(min));
    assertThat(classes.size()).isGreaterThanOrEqualTo(20);
  }

  private static Stream<JavaClass> classesOf(String module) {
    String p = ROOT + "." + module;
    return classes.stream().filter(c -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + "."));
  }

  /** Every module depends only on the modules {@link #ALLOWED} lists for it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void moduleDependsOnlyOnAllowedModules(String module) {
    String[] forbidden = ALLOWED.keySet().stream()
        .filter(other -> !other.equals(module) && !ALLOWED.get(module).contains(other))
        .map(ArchitectureTest::pkg).toArray(String[]::new);
    noClasses().that().resideInAPackage(pkg(module))
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .allowEmptyShould(true)
        .check(classes);
  }

  static Stream<String> modules() {
    return ALLOWED.keySet().stream().sorted();
  }

  /** The allowed graph itself has no cycles (so no rule above can be satisfied by a cycle). */
  @Test
  void allowedGraphIsAcyclic() {
    Map<String, Integer> state = new LinkedHashMap<>();
    for (String m : ALLOWED.keySet()) {
      assertThat(visit(m, state)).as("cycle through %s", m).isTrue();
    }
  }

  private static boolean visit(String m, Map<String, Integer> state) {
    Integer s = state.get(m);
    if (s != null) {
      return s == 2;
    }
    state.put(m, 1);
    for (String d : ALLOWED.getOrDefault(m, Set.of())) {
      assertThat(ALLOWED).as("module %s names unknown module %s", m, d).containsKey(d);
      if (!visit(d, state)) {
        return false;
      }
    }
    state.put(m, 2);
    return true;
  }

  /**
   * Every error-code enum (implementing sdg-core's {@code ErrorCode}) has a text for every code in English, bokmål
   * and nynorsk in its module's message bundle, and the bundles hold no orphan keys in one language only.
   */
  @Test
  void everyErrorCodeHasTextsInEnglishBokmalAndNynorsk() {
    List<JavaClass> enums = classes.stream()
        .filter(c -> c.isEnum() && c.isAssignableTo(ErrorCode.class)).toList();
    assertThat(enums).extracting(JavaClass::getSimpleName).contains("SdgErrorCode", "JsonStatErrorCode",
        "CaseErrorCode", "PlanErrorCode", "IndicatorErrorCode", "ReportErrorCode", "ServerErrorCode",
        "MunicipalityErrorCode", "TaggerErrorCode", "KostraErrorCode");
    for (JavaClass c : enums) {
      for (Object constant : c.reflect().getEnumConstants()) {
        ErrorCode code = (ErrorCode) constant;
        for (Language language : Language.values()) {
          assertThatCode(() -> code.messages().pattern(code.code(), language))
              .as("%s.%s in %s", c.getSimpleName(), constant, language).doesNotThrowAnyException();
        }
      }
      assertThat(((ErrorCode) c.reflect().getEnumConstants()[0]).messages().missingKeys())
          .as("keys missing from a language in %s's bundle", c.getSimpleName()).isEmpty();
    }
  }

  /**
   * Every public exception type of a published library module (and the server) carries a stable code: it
   * implements sdg-core's {@link CodedException} (usually through the module's coded base exception), so a caller
   * shows any of them in one way, the code and the message in the reader's language. Types in
   * {@code ..internal..} packages are not API and are left out.
   */
  @Test
  void everyPublicExceptionCarriesAnErrorCode() {
    String[] modules = Stream.concat(Stream.of(LIBRARIES), Stream.of(pkg("server"))).toArray(String[]::new);
    List<JavaClass> exceptions = classes.stream()
        .filter(c -> c.isAssignableTo(Throwable.class) && c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> Stream.of(modules).anyMatch(m -> c.getPackageName().startsWith(m.substring(0, m.length() - 2))))
        .toList();
    assertThat(exceptions).extracting(JavaClass::getSimpleName)
        .contains("PlanParseException", "IndicatorException", "ReportDataException", "ServerException",
            "MunicipalityException", "MunicipalityArgumentException");
    classes().that().resideInAnyPackage(modules).and().resideOutsideOfPackage("..internal..")
        .and().areAssignableTo(Throwable.class).and().arePublic()
        .should(carryAnErrorCode())
        .allowEmptyShould(false)
        .check(classes);
  }

  private static ArchCondition<JavaClass> carryAnErrorCode() {
    return new ArchCondition<>("implement CodedException (a stable ErrorCode and the message per language)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (!type.isAssignableTo(CodedException.class)) {
          events.add(SimpleConditionEvent.violated(type, type.getName()
              + " is a public exception without an ErrorCode: extend the module's coded base exception or"
              + " implement CodedException with errorCode() returning the module's ErrorCode enum"));
        }
      }
    };
  }

  /**
   * One message design (CONTRIBUTING.md, "Messages"): the one text-in-three-languages type is sdg-core's
   * {@code LocalizedText} and the one part-of-a-message type is sdg-core's {@code MessageFragment}. No other module
   * declares a {@code LocalizedText}, a {@code …Fragment} type, or a type nested in its {@link ErrorCode} enum (where
   * the private {@code Fragment} and {@code Detail} records used to live).
   */
  @Test
  void oneLocalizedTextAndOneFragmentTypeInTheWholeProject() {
    ONE_LOCALIZED_TEXT.check(classes);
    NO_OWN_FRAGMENT_TYPE.check(classes);
    NOTHING_NESTED_IN_AN_ERROR_CODE.check(classes);
    assertThat(classes.stream().filter(c -> c.isAssignableTo(ErrorCode.class) && c.isEnum()).count())
        .as("error-code enums seen").isGreaterThan(10);
  }

  /** The three rules above flag what they look for (fixtures below), so they cannot pass by seeing nothing. */
  @Test
  void theFragmentRulesFindASecondLocalizedTextAFragmentTypeAndANestedDetail() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(LocalizedText.class, OwnFragment.class,
        FixtureCode.class, FixtureCode.Detail.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ONE_LOCALIZED_TEXT.check(fixtures))
        .isInstanceOf(AssertionError.class).hasMessageContaining("ArchitectureTest$LocalizedText");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NO_OWN_FRAGMENT_TYPE.check(fixtures))
        .isInstanceOf(AssertionError.class).hasMessageContaining("OwnFragment");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NOTHING_NESTED_IN_AN_ERROR_CODE.check(fixtures))
        .isInstanceOf(AssertionError.class).hasMessageContaining("FixtureCode$Detail");
  }

  private static final ArchRule ONE_LOCALIZED_TEXT = classes().that().haveSimpleName("LocalizedText")
      .should().resideInAPackage("io.github.livskraft.sdg").allowEmptyShould(false);
  private static final ArchRule NO_OWN_FRAGMENT_TYPE = noClasses().that()
      .resideOutsideOfPackage("io.github.livskraft.sdg").should().haveSimpleNameEndingWith("Fragment");
  private static final ArchRule NOTHING_NESTED_IN_AN_ERROR_CODE = classes().that()
      .resideOutsideOfPackage("io.github.livskraft.sdg").and().areNotAnonymousClasses().and().areNestedClasses()
      .should(notBeNestedInAnErrorCode());

  /** Fixture: a second text type. */
  static final class LocalizedText {}

  /** Fixture: a module's own fragment type. */
  static final class OwnFragment {}

  /** Fixture: a code enum with its own detail record, as kostra had. */
  enum FixtureCode implements ErrorCode {
    ONLY;

    record Detail(String key) {}

    @Override
    public String code() {
      return "FIX-0001";
    }
  }

  private static ArchCondition<JavaClass> notBeNestedInAnErrorCode() {
    return new ArchCondition<>("not be declared inside an ErrorCode type (use sdg-core's MessageFragment)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (type.getEnclosingClass().filter(e -> e.isAssignableTo(ErrorCode.class)).isPresent()) {
          events.add(SimpleConditionEvent.violated(type, type.getName()
              + " is declared inside an ErrorCode type: a part of a message is sdg-core's MessageFragment"
              + " (ErrorCode.fragment(…), MessageFragment.of(…)), not a module's own type"));
        }
      }
    };
  }

  /**
   * The naming rule (CONTRIBUTING.md): shipped data comes from {@code X.bundled()}, other sources from
   * {@code X.load(…)}, services from {@code create()} or {@code builder()}; never {@code defaults()},
   * {@code standard()}, {@code getInstance()} or {@code default…()} factories.
   */
  @Test
  void factoriesFollowTheNamingRule() {
    methods().that().areDeclaredInClassesThat().resideInAnyPackage(LIBRARIES)
        .and().arePublic().and().areStatic()
        .should(notBeNamedLikeALegacyFactory())
        .allowEmptyShould(false)
        .check(classes);
  }

  private static ArchCondition<JavaMethod> notBeNamedLikeALegacyFactory() {
    return new ArchCondition<>("not be named defaults(), standard(), getInstance() or default…()") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        String n = m.getName();
        boolean legacy = n.equals("defaults") || n.equals("standard") || n.equals("getInstance")
            || n.startsWith("default") && m.getRawParameterTypes().isEmpty();
        if (legacy && m.getRawReturnType().equals(m.getOwner())) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName()
              + " is a factory named against the naming rule: use bundled(), load(…), create() or builder()"));
        }
      }
    };
  }

  @Test
  void noCyclesBetweenModules() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * API packages form no cycles among themselves. An API facade and its own {@code internal} implementation
   * necessarily know each other (the facade delegates, the implementation builds API value types), so
   * dependencies from or to {@code ..internal..} are left out of this rule; the rules below keep internal types
   * out of the API's signatures.
   */
  @Test
  void noCyclesBetweenApiPackages() {
    DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
        (JavaClass c) -> c.getPackageName().contains(".internal"));
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
        .ignoreDependency(internal, DescribedPredicate.alwaysTrue())
        .ignoreDependency(DescribedPredicate.alwaysTrue(), internal)
        .check(classes);
  }

  @Test
  void publicApiNeverExposesInternalTypes() {
    ArchRule rule = classes().that().resideInAnyPackage(LIBRARIES)
        .and().resideOutsideOfPackage("..internal..")
        .and().arePublic()
        .should(notExposeInternalTypes())
        .allowEmptyShould(false);
    rule.check(classes);
  }

  @Test
  void publicApiTypesDoNotExtendInternalTypes() {
    noClasses().that().resideInAnyPackage(LIBRARIES).and().resideOutsideOfPackage("..internal..")
        .and().arePublic()
        .should().beAssignableTo(DescribedPredicate.describe("an internal type",
            (JavaClass c) -> c.getPackageName().contains(".internal")))
        .check(classes);
  }

  @Test
  void librariesDoNotPrintOrUseJavaUtilLogging() {
    noClasses().that().resideInAnyPackage(LIBRARIES)
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(classes);
  }

  @Test
  void librariesDoNotThrowGenericRuntimeException() {
    // `new RuntimeException(...)` is banned; a module's own exception calling super(...) is fine.
    noClasses().that().resideInAnyPackage(LIBRARIES)
        .should().callConstructorWhere(DescribedPredicate.describe("a constructor of RuntimeException itself",
            (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(RuntimeException.class)
                && !call.getOriginOwner().isAssignableTo(RuntimeException.class)))
        .check(classes);
  }

  private static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose types from ..internal.. in public or protected signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Stream<JavaMember> members = Stream.concat(
            type.getMembers().stream(), type.getConstructors().stream());
        members
            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                || m.getModifiers().contains(JavaModifier.PROTECTED))
            .forEach(m -> {
              Stream<JavaClass> exposed = m instanceof JavaMethod jm
                  ? Stream.concat(Stream.of(jm.getRawReturnType()), jm.getRawParameterTypes().stream())
                  : m instanceof com.tngtech.archunit.core.domain.JavaField f
                      ? Stream.of(f.getRawType())
                      : m instanceof com.tngtech.archunit.core.domain.JavaConstructor jc
                          ? jc.getRawParameterTypes().stream()
                          : Stream.empty();
              exposed.filter(t -> t.getPackageName().contains(".internal"))
                  .forEach(t -> events.add(SimpleConditionEvent.violated(m,
                      m.getFullName() + " exposes internal type " + t.getName())));
            });
      }
    };
  }
}
