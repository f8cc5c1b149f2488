package io.github.livskraft.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guard for the one message design (CONTRIBUTING.md, "Messages"): reads the Java sources of every library module and
 * fails on
 * <ul>
 *   <li>a <b>mixed literal</b>: a string literal that joins two texts with {@code " / "} ("Invalid id / Ugyldig
 *       id") or starts with {@code "/ "} followed by a word — the old inline "English / Norsk" messages. A text is
 *       in one language and comes from the module's bundle;</li>
 *   <li>an <b>uncoded exception text</b>: {@code new XException(…)} whose first argument contains a sentence (a
 *       string literal with a word and a space). The text of a failure comes from the module's bundle through its
 *       coded exception ({@code KostraArgumentException("table-id", id)} names a bundle key, which has no space).
 *       Two kinds of exceptions may carry English text written in Java, because no user input can cause them:
 *       {@link IllegalStateException} (a defect of Livskraft itself, or a builder used twice) and an
 *       {@link IllegalArgumentException} thrown from a record's compact constructor (the invariant of a value that
 *       the library's own parsers validate, with coded messages, before building it);</li>
 *   <li>a <b>sentence in a later argument</b>: a literal with two words side by side ("no such file", "an
 *       object") in any argument after the first of such an exception constructor, or in any argument of a helper
 *       whose result is thrown ({@code throw r.error(column, "an empty value")}, {@code throw bad(path, "a
 *       string")}). Coded exceptions take bundle keys and values there; a value that is data (column names
 *       {@code "region, variable"}, a separator {@code " | "}) has no two words side by side. The modules that
 *       still have such texts are {@link #OPEN}, with their exact number, so the number can only go down;</li>
 *   <li>a <b>sentence added to a list</b>: {@code warnings.add("base value is zero: replaced by 0.001")} or
 *       {@code notes.add("base value " + v + " is below the limit " + l)} — a literal with two words side by side in
 *       an argument of a collection's {@code add(…)} (outside any nested call, so {@code add(new Line(…, "css
 *       class"))} is not read). Such a list ends up in a result a user reads (a progress assessment's warnings were
 *       one); its items are {@code MessageFragment}s (or a record with a stable code and a fragment, as
 *       {@code ProgressWarning}). {@link #OPEN_ADDED} holds the modules still open, with their exact number.</li>
 * </ul>
 * Comments and Javadoc are not read; a genuine label in data (a {@code LocalizedText} value) has no {@code " / "}.
 * The few deliberate exceptions are {@link #KNOWN}, each with its reason.
 */
class LibraryMessageSourceTest {

  /** The library modules whose messages users see (not the CLI, examples, benchmarks or tests). */
  private static final List<String> LIBRARIES = List.of("sdg-core", "sdg-tagger", "jsonstat", "municipalities",
      "indicators", "plan-model", "kostra-adapter", "casework", "livskraft-report", "livskraft-server",
      "livskraft-spark");

  /**
   * Findings that are deliberate, as "file:the text": each must still be found (so a fixed one leaves the list).
   */
  private static final Map<String, String> KNOWN = Map.of(
      // the label of metadata derived from a bundled snapshot is data in the statbank's language (no or en); the
      // CLI's ssb meta shows it as is; localising it waits for that command's owner (SsbCommandTest)
      "BundledSnapshots.java", "only the values of the extract / medfølgende uttrekk]",
      // internal: its only caller, LivskraftServer, passes ServerConfig's limits, which that record checks first
      "Gate.java", "limit and workers must be at least 1",
      // the message machinery itself: a jar whose bundle cannot be read has nothing to say it with
      "MessageBundle.java", "cannot read message bundle",
      // the message machinery itself: a fragment whose pattern uses more arguments than its caller gives is a
      // defect of that module, found by its tests where the fragment is made
      "MessageFragment.java", " arguments, given ",
      // internal signal of the HTTP transport; TransportException.Reason.TIMEOUT becomes SSB-0013 in the bundle
      "HttpTransport.java", "no complete answer within",
      // internal signal: its three callers catch it and report CatalogueFormatException (SDG-0005) instead
      "CatalogueReader.java", "expected yyyy-mm-dd");

  /**
   * Rule 3 (a sentence in a later argument): the modules that still write such texts in Java, with their exact
   * number of findings (docs/engineering-notes/cat4-4.md). A module not listed must have none; a listed one must have
   * exactly this many, so fixing one means lowering the number here and a new one fails.
   */
  private static final Map<String, Integer> OPEN = Map.of(
      // none left: plan-model's Recurrence.Times names its numbers through PLAN-A004.times.value; casework and
      // kostra-adapter are converted (CaseText, HTTP.* keys). Every module must stay at 0.
      );

  /**
   * Rule 4 (a sentence added to a list): the modules that still do it, with their exact number of findings, which
   * can only go down.
   */
  private static final Map<String, Integer> OPEN_ADDED = Map.of();

  /** A collection's add call: {@code warnings.add(}, {@code list.add(0, }, {@code out.addFirst(}. */
  private static final Pattern ADD_CALL = Pattern.compile("\\.(?:add|addFirst|addLast)\\s*\\(");

  private static final Pattern MIXED = Pattern.compile("\\p{L}{2,} / \\p{L}{2,}|^[^\\p{L}\\p{N}]{0,4}/ \\p{L}");
  private static final Pattern NEW_EXCEPTION = Pattern.compile("\\bnew\\s+([A-Z]\\w*Exception)\\s*\\(");
  /** Two words side by side inside one literal: what rule 3 looks for in later arguments and helper calls. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}{2,} \\p{L}|\\p{L} \\p{L}{2,}|\\p{N} \\p{L}{2,}");
  /** A helper call whose result is thrown: {@code throw r.error(}, {@code throw bad(} (not {@code throw new}). */
  private static final Pattern THROWN_CALL = Pattern.compile("\\bthrow\\s+(?!new\\b)(?:[\\w.]+\\.)?(\\w+)\\s*\\(");
  private static final Pattern SENTENCE = Pattern.compile("\"[^\"]*\\p{L}{2,}[^\"]* [^\"]*\"|\"[^\"]* [^\"]*\\p{L}{2,}[^\"]*\"");
  private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*[(<]");
  /**
   * Exceptions that signal a defect of Livskraft (or a builder used twice), never bad input: a missing bundle key is
   * caught by every module's bundle test, a missing bundled resource means a damaged jar.
   */
  private static final Set<String> DEFECT_TYPES = Set.of("IllegalStateException", "MissingResourceException");

  @Test
  void noMixedLiteralsAndNoUncodedExceptionTextsInLibraries() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> findings = new ArrayList<>();
    List<String> later = new ArrayList<>();
    int files = 0;
    int exceptions = 0;
    int thrownCalls = 0;
    List<String> added = new ArrayList<>();
    int addCalls = 0;
    for (String module : LIBRARIES) {
      Path src = root.resolve(module).resolve("src/main/java");
      assertThat(src).as("sources of %s", module).isDirectory();
      try (Stream<Path> walk = Files.walk(src)) {
        for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          files++;
          String code = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
          String name = f.getFileName().toString();
          for (Literal lit : literals(code)) {
            if (MIXED.matcher(lit.text).find()) {
              findings.add(name + ":" + lit.text);
            }
          }
          List<int[]> compactConstructors = compactConstructors(code);
          Matcher m = NEW_EXCEPTION.matcher(code);
          while (m.find()) {
            exceptions++;
            String type = m.group(1);
            int at = m.start();
            if (DEFECT_TYPES.contains(type) || type.equals("IllegalArgumentException")
                && compactConstructors.stream().anyMatch(r -> r[0] <= at && at < r[1])) {
              continue;
            }
            List<String> args = arguments(code, m.end());
            String first = args.isEmpty() ? "" : args.get(0);
            if (SENTENCE.matcher(first).find()) {
              findings.add(name + ":new " + type + "(" + first.replaceAll("\\s+", " ").strip() + ")");
            }
            for (int k = 1; k < args.size(); k++) {
              if (hasWords(args.get(k))) {
                later.add(module + ":" + name + ":new " + type + "(…) argument " + (k + 1) + ": "
                    + args.get(k).replaceAll("\\s+", " ").strip());
              }
            }
          }
          Matcher a = ADD_CALL.matcher(code);
          while (a.find()) {
            addCalls++;
            for (String arg : arguments(code, a.end())) {
              if (hasWords(outsideCalls(arg))) {
                added.add(module + ":" + name + ":add(" + arg.replaceAll("\\s+", " ").strip() + ")");
              }
            }
          }
          Matcher t = THROWN_CALL.matcher(code);
          while (t.find()) {
            thrownCalls++;
            List<String> args = arguments(code, t.end());
            for (int k = 0; k < args.size(); k++) {
              if (hasWords(args.get(k))) {
                later.add(module + ":" + name + ":throw " + t.group(1) + "(…) argument " + (k + 1) + ": "
                    + args.get(k).replaceAll("\\s+", " ").strip());
              }
            }
          }
        }
      }
    }
    assertThat(files).as("library source files read").isGreaterThan(300);
    assertThat(exceptions).as("exception constructions seen").isGreaterThan(150);
    assertThat(thrownCalls).as("thrown helper calls seen (throw r.error(…))").isGreaterThan(100);
    Map<String, Integer> perModule = new java.util.TreeMap<>();
    for (String f : later) {
      perModule.merge(f.substring(0, f.indexOf(':')), 1, Integer::sum);
    }
    assertThat(perModule).as("sentences written in Java as a later argument of an exception or of a thrown helper"
        + " (put them in the bundle: a key and values); OPEN holds the exact number of the modules still open:%n%s",
        String.join("\n", later)).isEqualTo(new java.util.TreeMap<>(OPEN));
    assertThat(addCalls).as("add calls seen").isGreaterThan(200);
    Map<String, Integer> addedPerModule = new java.util.TreeMap<>();
    for (String f : added) {
      addedPerModule.merge(f.substring(0, f.indexOf(':')), 1, Integer::sum);
    }
    assertThat(addedPerModule).as("sentences written in Java and added to a list (a result's warnings, notes,"
        + " reasons): make the items MessageFragments of the module's bundle; OPEN_ADDED holds the exact number of"
        + " the modules still open:%n%s", String.join("\n", added)).isEqualTo(new java.util.TreeMap<>(OPEN_ADDED));
    for (Map.Entry<String, String> k : KNOWN.entrySet()) {
      assertThat(findings).as("a KNOWN entry that no longer occurs must leave the list")
          .anyMatch(f -> f.startsWith(k.getKey() + ":") && f.contains(k.getValue()));
    }
    List<String> unexpected = findings.stream().filter(f -> KNOWN.entrySet().stream()
        .noneMatch(k -> f.startsWith(k.getKey() + ":") && f.contains(k.getValue()))).toList();
    assertThat(unexpected).as("mixed \"English / Norsk\" literals or exception texts written in Java; put the text"
        + " in the module's bundle and throw the module's coded exception").isEmpty();
  }

  @Test
  void theScannerFindsWhatItLooksFor() {
    String code = withoutComments("""
        // "a / b" in a comment is not read
        record Span(int a) {
          Span {
            if (a < 0) { throw new IllegalArgumentException("bad span " + a); }
          }
        }
        class X {
          void f(String id) {
            throw new IllegalArgumentException("Invalid id '" + id + "' / Ugyldig id");
          }
          void g() { throw new KostraArgumentException("table-id", "no such table"); }
          void h() { throw new IllegalStateException("cannot happen"); }
          void i(Row r, String v) {
            if (v.isEmpty()) { throw r.error("colour", "an empty value; expected a value"); }
            if (v.isBlank()) { throw r.error("colour", "SDG-0005.colour.format", v); }
            throw new CaseworkException(CaseErrorCode.INVALID_FIELD, null, "by", v, "a name or user id");
          }
          void j(String v) { throw new LivskraftSparkException(SparkErrorCode.COLUMNS, "region, variable", v + " | "); }
          void k(List<String> warnings, List<Line> lines, double y0) {
            warnings.add("base value " + y0 + " is below the minimum limit");
            warnings.add(0, "target is zero: replaced by 0.001");
            lines.add(new Line(y0, "series municipality"));
            warnings.add(ProgressWarning.of(Kind.ZERO_TARGET));
            warnings.add("region");
          }
        }
        """);
    assertThat(literals(code).stream().map(l -> l.text).filter(t -> MIXED.matcher(t).find()))
        .containsExactly("' / Ugyldig id");
    List<int[]> compact = compactConstructors(code);
    assertThat(compact).hasSize(1);
    Matcher m = NEW_EXCEPTION.matcher(code);
    List<String> flagged = new ArrayList<>();
    List<String> laterArgs = new ArrayList<>();
    while (m.find()) {
      List<String> args = arguments(code, m.end());
      String first = args.get(0);
      args.stream().skip(1).filter(LibraryMessageSourceTest::hasWords).forEach(laterArgs::add);
      int at = m.start();
      boolean allowed = DEFECT_TYPES.contains(m.group(1)) || !SENTENCE.matcher(first).find()
          || compact.stream().anyMatch(r -> r[0] <= at && at < r[1]);
      if (!allowed) {
        flagged.add(first);
      }
    }
    assertThat(flagged).singleElement().asString().startsWith("\"Invalid id '\"");
    // rule 3: a sentence as KostraArgumentException's second argument and CaseworkException's fifth, and as a
    // thrown helper's argument; not a key, column names or a separator
    assertThat(laterArgs).containsExactly(" \"no such table\"", " \"a name or user id\"");
    Matcher t = THROWN_CALL.matcher(code);
    List<String> thrown = new ArrayList<>();
    while (t.find()) {
      arguments(code, t.end()).stream().filter(LibraryMessageSourceTest::hasWords).forEach(thrown::add);
    }
    assertThat(thrown).containsExactly(" \"an empty value; expected a value\"");
    // rule 4: a sentence added to a list, also after an index; not a literal inside a nested call, not one word
    Matcher a = ADD_CALL.matcher(code);
    List<String> added = new ArrayList<>();
    while (a.find()) {
      arguments(code, a.end()).stream().filter(arg -> hasWords(outsideCalls(arg))).forEach(added::add);
    }
    assertThat(added).containsExactly("\"base value \" + y0 + \" is below the minimum limit\"",
        " \"target is zero: replaced by 0.001\"");
  }

  /** A string or character literal with its escapes, from its opening quote. */
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

  /** An argument with the contents of nested calls ({@code f(…)}, {@code new X(…)}) left out. */
  static String outsideCalls(String argument) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int j = 0; j < argument.length(); j++) {
      char c = argument.charAt(j);
      if (c == '"' || c == '\'') {
        Matcher lit = QUOTED.matcher(argument).region(j, argument.length());
        int k = lit.lookingAt() ? lit.end() - 1 : argument.length() - 1;
        if (depth == 0) {
          out.append(argument, j, k + 1);
        }
        j = k;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private record Literal(int at, String text) {}

  /** The source with comments blanked (string and character literals kept). */
  static String withoutComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        int j = s.indexOf('\n', i);
        j = j < 0 ? n : j;
        out.append(" ".repeat(j - i));
        i = j;
      } else if (s.startsWith("/*", i)) {
        int j = s.indexOf("*/", i + 2);
        j = j < 0 ? n : j + 2;
        out.append(s.substring(i, j).replaceAll("[^\n]", " "));
        i = j;
      } else if (s.startsWith("\"\"\"", i)) {
        int j = s.indexOf("\"\"\"", i + 3) + 3;
        out.append(s, i, j);
        i = j;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        out.append(s, i, j + 1);
        i = j + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The contents of every ordinary string literal (text blocks are data: rule files, templates). */
  static List<Literal> literals(String code) {
    List<Literal> out = new ArrayList<>();
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (code.startsWith("\"\"\"", i)) {
        i = code.indexOf("\"\"\"", i + 3) + 3;
      } else if (c == '\'') {
        int j = i + 1;
        while (code.charAt(j) != '\'') {
          j += code.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else if (c == '"') {
        int j = i + 1;
        while (code.charAt(j) != '"') {
          j += code.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(new Literal(i, code.substring(i + 1, j)));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The top-level arguments of a call whose opening parenthesis ends at {@code from} (none: one empty argument). */
  static List<String> arguments(String code, int from) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    int j = from;
    while (j < code.length()) {
      char c = code.charAt(j);
      if (c == '"' || c == '\'') {
        if (code.startsWith("\"\"\"", j)) {
          j = code.indexOf("\"\"\"", j + 3) + 3;
          continue;
        }
        int k = j + 1;
        while (code.charAt(k) != c) {
          k += code.charAt(k) == '\\' ? 2 : 1;
        }
        j = k + 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          out.add(code.substring(start, j));
          return out;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(code.substring(start, j));
        start = j + 1;
      }
      j++;
    }
    out.add(code.substring(start));
    return out;
  }

  /** Whether an argument holds a string literal with two words side by side (rule 3). */
  static boolean hasWords(String argument) {
    return literals(argument).stream().anyMatch(l -> WORDS.matcher(l.text).find());
  }

  /** The [start, end) ranges of the compact constructors of the records declared in the source. */
  static List<int[]> compactConstructors(String code) {
    List<int[]> out = new ArrayList<>();
    Matcher r = RECORD.matcher(code);
    while (r.find()) {
      Matcher c = Pattern.compile("(?<![\\w.])" + Pattern.quote(r.group(1)) + "\\s*\\{").matcher(code);
      while (c.find()) {
        if (c.start() > r.start() && !code.substring(Math.max(0, c.start() - 8), c.start()).contains("record")) {
          int open = c.end() - 1;
          out.add(new int[] {open, matchingBrace(code, open)});
        }
      }
    }
    return out;
  }

  private static int matchingBrace(String code, int open) {
    int depth = 0;
    for (int j = open; j < code.length(); j++) {
      char c = code.charAt(j);
      if (c == '"' || c == '\'') {
        int k = j + 1;
        while (code.charAt(k) != c) {
          k += code.charAt(k) == '\\' ? 2 : 1;
        }
        j = k;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return j + 1;
      }
    }
    return code.length();
  }
}
