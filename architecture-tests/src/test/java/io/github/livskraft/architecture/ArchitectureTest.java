package io.github.livskraft.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules over the production classes of every Livskraft module. The module graph (see the README's
 * architecture section) points one way:
 *
 * <pre>
 *   sdg-core  &lt;-  indicators  &lt;-  plan-model
 *                            &lt;-  kostra-adapter        (plan-model and kostra-adapter never see each other)
 *   livskraft-cli and examples sit on top of all four.
 * </pre>
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.livskraft";
  private static final String SDG = ROOT + ".sdg..";
  private static final String INDICATORS = ROOT + ".indicators..";
  private static final String PLAN = ROOT + ".plan..";
  private static final String KOSTRA = ROOT + ".kostra..";
  private static final String CLI = ROOT + ".cli..";
  private static final String EXAMPLES = ROOT + ".examples..";
  private static final String[] LIBRARIES = {SDG, INDICATORS, PLAN, KOSTRA};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  /** Guard: the rules below must not pass vacuously on an empty or partial import. */
  @Test
  void importSeesEveryModule() {
    Map<String, Long> minimum = Map.of(
        SDG, 5L, INDICATORS, 2L, PLAN, 2L, KOSTRA, 1L, CLI, 5L);
    minimum.forEach((pkg, min) -> assertThat(classes.stream()
            .filter(c -> c.getPackageName().startsWith(pkg.replace("..", ""))).count())
        .as("classes imported from %s", pkg)
        .isGreaterThanOrEqualTo(min));
    assertThat(classes.size()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void sdgCoreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage(SDG)
        .should().dependOnClassesThat().resideInAnyPackage(INDICATORS, PLAN, KOSTRA, CLI, EXAMPLES)
        .check(classes);
  }

  @Test
  void indicatorsDependOnlyOnSdgCore() {
    noClasses().that().resideInAPackage(INDICATORS)
        .should().dependOnClassesThat().resideInAnyPackage(PLAN, KOSTRA, CLI, EXAMPLES)
        .check(classes);
  }

  @Test
  void planModelNeverSeesKostraAdapter() {
    noClasses().that().resideInAPackage(PLAN)
        .should().dependOnClassesThat().resideInAnyPackage(KOSTRA, CLI, EXAMPLES)
        .check(classes);
  }

  @Test
  void kostraAdapterNeverSeesPlanModel() {
    noClasses().that().resideInAPackage(KOSTRA)
        .should().dependOnClassesThat().resideInAnyPackage(PLAN, CLI, EXAMPLES)
        .check(classes);
  }

  @Test
  void librariesNeverDependOnTheCliOrExamples() {
    noClasses().that().resideInAnyPackage(LIBRARIES)
        .should().dependOnClassesThat().resideInAnyPackage(CLI, EXAMPLES)
        .check(classes);
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
