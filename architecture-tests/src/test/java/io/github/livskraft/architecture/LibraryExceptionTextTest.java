package io.github.livskraft.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user-facing message never carries a library's internal text (issue #10, CONTRIBUTING "No text in Java"): the
 * main code of every module — the libraries, the server and the CLI — does not read {@code getMessage()},
 * {@code getLocalizedMessage()} or Jackson's {@code getOriginalMessage()} of a {@link Throwable}, whose text is the
 * JDK's, Jackson's, ical4j's or Hibernate Validator's English (often naming internal types). It maps the failure to
 * its own words instead: sdg-core's {@code IoReason.of(IOException)}, a fragment naming the line and column from the
 * exception's typed fields, or the coded exception itself (a {@code CodedException} is put in the message's language
 * by {@code MessageBundle.format}).
 *
 * <p>Checked on the bytecode (ArchUnit), so a call through a local variable is found too. Not a finding: an exception
 * reading its own message (a coded exception's English fallback after deserialisation). The few deliberate readers
 * are {@link #KNOWN}, each with its reason; each must still occur, so a fixed one leaves the list.
 */
class LibraryExceptionTextTest {
  private static final Set<String> TEXT_METHODS = Set.of("getMessage", "getLocalizedMessage", "getOriginalMessage");

  /** "Class.method" of a deliberate reader, with why its text never reaches a user. */
  private static final Map<String, String> KNOWN = Map.of(
      "io.github.livskraft.sdg.IoReason.diskFull",
      "the operating system's reason only chooses the key io.disk-full (ENOSPC has no exception type)",
      "io.github.livskraft.casework.internal.Xml.detail",
      "Xerces's text only chooses the key (the XSD rule id) and yields the names the validator quotes from the"
          + " document or schema; its sentence is never shown",
      "io.github.livskraft.plan.io.PlanReader.translate",
      "Jackson's text only chooses the limit or the duplicate-key code; the duplicated key (the user's own) is"
          + " quoted, and NumberLimitException is plan-model's own (its text is the user's number)",
      "io.github.livskraft.plan.io.PlanReader.mappingProblem",
      "Jackson's text only tells 'Missing required' from a wrong type; both become PLAN-P003 fragments",
      "io.github.livskraft.plan.io.PlanModelModule$FromText.deserialize",
      "the carrier is plan-model's own PlanModelException (a coded message), handed to Jackson as the cause and read"
          + " back as pm.text() by PlanReader",
      "io.github.livskraft.jsonstat.JsonStatReader.malformed",
      "Jackson's text only chooses a JSONSTAT-0001 variant; only the user's own character, token or key is quoted",
      "io.github.livskraft.jsonstat.JsonStatReader.constraint",
      "Jackson's text only chooses the kind of limit; only its two numbers are quoted",
      "io.github.livskraft.cli.ExitCodes.messageOf",
      "the last resort for a Throwable that no library codes (a defect of Livskraft, not bad input), shown under"
          + " CLI-0014 so that it can be reported; every I/O failure is IoReason'd before it");

  private static JavaClasses main;

  @BeforeAll
  static void importClasses() {
    main = new ClassFileImporter().withImportOption(MainClassesOnly.INSTANCE)
        .importPackages("io.github.livskraft");
  }

  /** Where main code reads a throwable's text, as "Class.method". */
  static Set<String> readers(JavaClasses classes) {
    Set<String> out = new TreeSet<>();
    for (JavaClass c : classes) {
      for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
        JavaClass target = call.getTargetOwner();
        if (!TEXT_METHODS.contains(call.getName()) || !call.getTarget().getRawParameterTypes().isEmpty()
            || !target.isAssignableTo(Throwable.class)) {
          continue;
        }
        JavaClass origin = call.getOriginOwner();
        boolean own = origin.isAssignableTo(Throwable.class) && origin.isAssignableTo(target.getName());
        if (!own) {
          out.add(origin.getName() + "." + call.getOrigin().getName());
        }
      }
    }
    return out;
  }

  @Test
  void noModulePassesALibrarysExceptionText() {
    assertThat(main.size()).as("classes imported (libraries, server, CLI)").isGreaterThan(400);
    Set<String> found = readers(main);
    assertThat(found).as("a throwable's getMessage()/getOriginalMessage() read in main code; map the failure to"
        + " our own words (IoReason.of(e), a fragment with the line/column, the coded exception itself) or, if the"
        + " text only chooses a key, list it in KNOWN with the reason").isSubsetOf(KNOWN.keySet());
    assertThat(KNOWN.keySet()).as("a KNOWN entry that no longer occurs must leave the list").isSubsetOf(found);
  }

  /** The guard finds a library text passed on, through a variable too, and leaves an exception's own message. */
  @Test
  void theGuardFindsWhatItLooksFor() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(PassesTheText.class, ThroughAVariable.class,
        OwnMessage.class, NoText.class);
    assertThat(readers(fixtures)).containsExactlyInAnyOrder(
        PassesTheText.class.getName() + ".fail", ThroughAVariable.class.getName() + ".fail");
  }

  static final class PassesTheText {
    static IllegalStateException fail(IOException e) {
      return new IllegalStateException(e.getMessage(), e);
    }
  }

  static final class ThroughAVariable {
    static List<String> fail(Exception e) {
      String m = e.getLocalizedMessage();
      return List.of(m);
    }
  }

  static final class OwnMessage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    String english() {
      return String.valueOf(getMessage());
    }
  }

  static final class NoText {
    static String fail(IOException e) {
      return e.getClass().getName().isEmpty() ? "" : "x";
    }
  }
}
