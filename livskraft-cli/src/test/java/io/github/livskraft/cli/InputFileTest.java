package io.github.livskraft.cli;

import io.github.livskraft.cli.TestCli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input kind of issue 15 fed to every command that reads files, in bokmål and English: the exit code is
 * 2, the message names the file and (where the kind has one) the line, is in the chosen language, and never shows a
 * library's internals (package or type names, exception class names, parser wording).
 */
class InputFileTest {
  @TempDir Path dir;

  /** What must never reach a user. */
  private static final List<String> INTERNALS = List.of("io.github", "com.fasterxml", "org.yaml", "Exception",
      "Cannot deserialize", "[Source:", "No content to map", "MalformedInput", "Input length", "snakeyaml");

  /** A command that reads one file: the file's extension and the arguments around it. */
  private record Cmd(String name, String extension, BiFunction<Path, Path, List<String>> args) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A bad input kind: how to make it, which extensions it applies to, and what the message must show. */
  private enum Kind {
    EMPTY, DIRECTORY, MISSING, LATIN1, BINARY, MALFORMED, MISSPELT_FIELD, WRONG_ENUM, TAB_IN_YAML
  }

  private static final String PLAN_HEAD = "formatVersion: \"1.0\"\nplans:\n  - id: x\n";

  private static List<String> plus(List<String> head, Path file, String... tail) {
    List<String> out = new ArrayList<>(head);
    out.add(file.toString());
    out.addAll(List.of(tail));
    return out;
  }

  private static final List<Cmd> COMMANDS = List.of(
      new Cmd("plan validate", "yaml", (f, d) -> plus(List.of("plan", "validate"), f)),
      new Cmd("plan coverage", "yaml", (f, d) -> plus(List.of("plan", "coverage"), f)),
      new Cmd("plan suggest", "yaml", (f, d) -> plus(List.of("plan", "suggest"), f)),
      new Cmd("plan calendar", "yaml", (f, d) -> plus(List.of("plan", "calendar"), f, "--year", "2026")),
      new Cmd("plan followup", "yaml", (f, d) -> plus(List.of("plan", "followup"), f, "--period", "2025")),
      new Cmd("plan benefits", "yaml", (f, d) -> plus(List.of("plan", "benefits"), f)),
      new Cmd("report", "yaml", (f, d) -> plus(List.of("report", "--out", d.resolve("out").toString()), f)),
      new Cmd("case assess --plans", "yaml", (f, d) -> plus(List.of("case", "assess", d.resolve("sak.txt").toString(),
          "--plans"), f)),
      new Cmd("case assess", "txt", (f, d) -> plus(List.of("case", "assess"), f)),
      new Cmd("jsonstat inspect", "json", (f, d) -> plus(List.of("jsonstat", "inspect"), f)),
      new Cmd("jsonstat csv", "json", (f, d) -> plus(List.of("jsonstat", "csv"), f)),
      new Cmd("tag", "txt", (f, d) -> plus(List.of("tag"), f)),
      new Cmd("tag jsonl", "jsonl", (f, d) -> plus(List.of("tag"), f)),
      new Cmd("tag eval", "csv", (f, d) -> plus(List.of("tag", "eval"), f)),
      new Cmd("indicators list --definitions", "json", (f, d) -> plus(List.of("indicators", "list",
          "--definitions"), f)));

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Cmd c : COMMANDS) {
      for (Kind k : Kind.values()) {
        if (applies(k, c)) {
          for (String lang : List.of("nb", "en")) {
            out.add(Arguments.of(c, k, lang));
          }
        }
      }
    }
    return out.stream();
  }

  /** File-level kinds apply to every command; content kinds to the formats that have them. */
  private static boolean applies(Kind k, Cmd c) {
    boolean plan = c.extension().equals("yaml");
    return switch (k) {
      case EMPTY, DIRECTORY, MISSING, LATIN1, BINARY -> true;
      case MALFORMED -> plan || c.extension().equals("json") || c.extension().equals("jsonl");
      case MISSPELT_FIELD, WRONG_ENUM, TAB_IN_YAML -> plan;
    };
  }

  /** Writes the bad input; returns the path to give the command and the line the message must name (0: none). */
  private record Input(Path file, int line) {}

  private Input make(Kind k, Cmd c) throws IOException {
    Files.writeString(dir.resolve("sak.txt"), "Saksframlegg: Kommunen skal redusere klimagassutslippene.\n",
        StandardCharsets.UTF_8);
    Path f = dir.resolve("bad-" + k.name().toLowerCase(java.util.Locale.ROOT) + "." + c.extension());
    switch (k) {
      case EMPTY -> Files.write(f, new byte[0]);
      case DIRECTORY -> Files.createDirectory(f);
      case MISSING -> { }
      case LATIN1 -> Files.write(f, ("first line\ntitle: Tr\u00f8ndelag\n").getBytes(StandardCharsets.ISO_8859_1));
      case BINARY -> {
        byte[] b = new byte[300];
        new Random(15).nextBytes(b);
        b[0] = 0; // a NUL byte first: binary whatever the random bytes are
        Files.write(f, b);
      }
      case MALFORMED -> Files.writeString(f, switch (c.extension()) {
        case "json" -> "{\n  \"version\": \"2.0\",\n  \"class\": \"dataset\",,\n}\n";
        case "jsonl" -> "{\"id\": \"a\", \"text\": \"Klima\"}\n{\"id\": \"b\", \"text\": \n";
        default -> PLAN_HEAD + "    kind: [SOCIAL_ELEMENT\n    title: y\n";
      }, StandardCharsets.UTF_8);
      case MISSPELT_FIELD -> Files.writeString(f, PLAN_HEAD + "    kind: SOCIAL_ELEMENT\n    titel: Kommuneplan\n",
          StandardCharsets.UTF_8);
      case WRONG_ENUM -> Files.writeString(f, PLAN_HEAD + "    kind: SOCIAL_ELEMEN\n    title: Kommuneplan\n",
          StandardCharsets.UTF_8);
      case TAB_IN_YAML -> Files.writeString(f, PLAN_HEAD + "\tkind: SOCIAL_ELEMENT\n    title: Kommuneplan\n",
          StandardCharsets.UTF_8);
      default -> throw new IllegalStateException(k.name());
    }
    int line = switch (k) {
      case LATIN1 -> 2;
      case BINARY -> 1;
      case MALFORMED -> c.extension().equals("json") ? 3 : c.extension().equals("jsonl") ? 2 : 0;
      case WRONG_ENUM, TAB_IN_YAML -> 4;
      default -> 0;
    };
    return new Input(f, line);
  }



  @ParameterizedTest(name = "{0}: {1} ({2})")
  @MethodSource("cases")
  void badInputExitsTwoNamingTheFileAndPlaceWithoutInternals(Cmd cmd, Kind kind, String lang) throws IOException {
    Input input = make(kind, cmd);
    List<String> args = new ArrayList<>(cmd.args().apply(input.file(), dir));
    args.add("--lang");
    args.add(lang);
    Run r = TestCli.run(args);
    String shown = r.out() + r.err();
    assertThat(r.code()).as("exit code of %s%n%s", args, shown).isEqualTo(2);
    assertThat(shown).as("names the file").contains(input.file().getFileName().toString());
    if (input.line() > 0) {
      String file = Pattern.quote(input.file().getFileName().toString());
      assertThat(shown).as("names line %d", input.line()).containsPattern(file + "[^\\n]*?(:" + input.line()
          + "\\b|" + (lang.equals("en") ? "line " : "linje ") + input.line() + "\\b)");
    }
    for (String internal : INTERNALS) {
      assertThat(shown).as("no library internals").doesNotContain(internal);
    }
    String other = lang.equals("en") ? " / " : "expected ";
    assertThat(shown).as("one language at a time").doesNotContain(other);
    if (kind == Kind.WRONG_ENUM) {
      assertThat(shown).as("did you mean").contains("SOCIAL_ELEMENT").contains(lang.equals("en") ? "Did you mean"
          : "Mente du");
    }
    if (kind == Kind.MISSPELT_FIELD) {
      assertThat(shown).as("did you mean").contains("'titel'").contains("'title'")
          .contains(lang.equals("en") ? "did you mean" : "mente du");
    }
  }
}
