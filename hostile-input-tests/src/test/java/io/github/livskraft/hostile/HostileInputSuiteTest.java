package io.github.livskraft.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.livskraft.cli.Main;
import io.github.livskraft.jsonstat.JsonStatException;
import io.github.livskraft.jsonstat.JsonStatReader;
import io.github.livskraft.jsonstat.JsonStatResponse;
import io.github.livskraft.jsonstat.JsonStatWriter;
import io.github.livskraft.plan.PlanDocument;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.io.PlanWriter;
import io.github.livskraft.municipalities.MunicipalityRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: every reader and every file-reading command over a seeded corpus of malformed, huge and adversarial
 * inputs, in a JVM with {@code -Xmx256m} (see this module's pom) and a time limit per input. For each input it
 * asserts: no hang, no out-of-memory or stack-overflow error, no silent change of data (what is accepted survives
 * a write/read round trip unchanged), and no stack trace or library class name in what the user sees. Seeds are
 * the committed Jazzer inputs of the modules and real files of the repository; the mutations are drawn from a
 * fixed seed ({@value #SEED}), so a failure is reproduced by running the suite again.
 *
 * <p>The counts per kind and outcome are printed and written to {@code target/hostile-input-summary.txt}.
 */
class HostileInputSuiteTest {
  static final long SEED = 17L;
  static final long LIMIT_SECONDS = 20;
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** A stack frame, a JDK or library package, or an exception/error class name. */
  static final Pattern LEAK = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|\\b(com\\.fasterxml|org\\.yaml|org\\.apache"
      + "|org\\.jsoup|picocli\\.|java\\.(lang|io|util|nio|net)\\.|sun\\.|jdk\\.internal)"
      + "|\\b[A-Z][A-Za-z]*(Exception|Error)\\b");
  /** A stable error code: JSONSTAT-0009, PLAN-P006, KOSTRA-0002, SSB-0015, CASE-0003 … */
  static final Pattern CODE = Pattern.compile("\\b([A-Z]{2,10}-[A-Z]?[0-9]{3,4})\\b");

  /**
   * Known defects the suite found in modules outside this work, reported rather than hidden: each key is a regular
   * expression over the failure line, the value says why it is known. A known failure is counted as {@code KNOWN}
   * and printed. A {@linkplain Known#always() deterministic} entry that no longer matches anything fails the suite,
   * so a fix must also remove it here; a time- or memory-dependent one may not show on a fast machine.
   */
  record Known(String why, boolean always) {}

  static final Map<String, Known> KNOWN = Map.of();

  /**
   * Parts to run, comma-separated ({@code jsonstat,plan,rules,csv,casework,http}); all when empty. For a quick
   * rerun of one part: {@code mvn … -Dtest=HostileInputSuiteTest -Dhostile.only=csv}.
   */
  static final String ONLY = System.getProperty("hostile.only", "");

  /** One part of the suite. */
  @FunctionalInterface
  interface Part {
    void run() throws IOException;
  }

  @TempDir static Path work;
  static HttpServer stub;
  static final AtomicReference<Reply> REPLY = new AtomicReference<>();

  record Reply(int status, String contentType, byte[] body, long streamBytes, String location) {}

  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Random rnd = new Random(SEED);
  private ExecutorService executor = newExecutor();
  private int fileNo;

  @BeforeAll
  static void startStub() throws IOException {
    stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext("/", HostileInputSuiteTest::answer);
    stub.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hostile-stub");
      t.setDaemon(true);
      return t;
    }));
    stub.start();
  }

  @AfterAll
  static void stopStub() {
    stub.stop(0);
  }

  private static void answer(HttpExchange ex) throws IOException {
    try (ex) {
      ex.getRequestBody().readAllBytes();
      Reply r = REPLY.get();
      if (r.location() != null) {
        ex.getResponseHeaders().add("Location", r.location());
      }
      ex.getResponseHeaders().add("Content-Type", r.contentType());
      if (r.streamBytes() > 0) {
        ex.sendResponseHeaders(r.status(), 0);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) '[');
        OutputStream out = ex.getResponseBody();
        for (long sent = 0; sent < r.streamBytes(); sent += chunk.length) {
          out.write(chunk);
        }
        return;
      }
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length > 0) {
        ex.getResponseBody().write(r.body());
      }
    } catch (IOException clientWentAway) {
      // the client refused the body: that is the point
    }
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "hostile-input");
      t.setDaemon(true);
      return t;
    });
  }

  // ------------------------------------------------------------------ the suite

  @Test
  void everyReaderAndCommandSurvivesTheCorpus() throws IOException {
    Map<String, Part> parts = new java.util.LinkedHashMap<>();
    parts.put("jsonstat", this::jsonStat);
    parts.put("plan", this::plans);
    parts.put("rules", this::rules);
    parts.put("csv", this::csv);
    parts.put("casework", this::casework);
    parts.put("http", this::http);
    List<String> only = ONLY.isBlank() ? List.copyOf(parts.keySet()) : List.of(ONLY.split(","));
    assertThat(parts.keySet()).as("-Dhostile.only names parts of the suite").containsAll(only);
    for (String part : only) {
      parts.get(part).run();
    }
    String summary = summary();
    System.out.println(summary);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("hostile-input-summary.txt"), summary, StandardCharsets.UTF_8);
    assertThat(failures).as("hostile inputs that hung, ran out of memory, changed data or leaked internals "
        + "(seed " + SEED + ")").isEmpty();
    assertThat(KNOWN.entrySet().stream().filter(e -> e.getValue().always()).map(Map.Entry::getKey))
        .as("known defects that no input shows any more: remove them from KNOWN").allMatch(knownSeen::containsKey);
  }

  private String summary() {
    StringBuilder sb = new StringBuilder("Hostile-input suite, seed " + SEED + ", limit " + LIMIT_SECONDS
        + " s per input, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB\n");
    int total = 0;
    for (Map.Entry<String, Map<String, Integer>> k : counts.entrySet()) {
      int n = k.getValue().values().stream().mapToInt(Integer::intValue).sum();
      total += n;
      sb.append(String.format(Locale.ROOT, "%-22s %5d  %s%n", k.getKey(), n, k.getValue()));
    }
    sb.append(String.format(Locale.ROOT, "%-22s %5d  failures: %d%n", "total", total, failures.size()));
    slowest.forEach((kind, name) -> sb.append(String.format(Locale.ROOT, "  slowest %-22s %6d ms  %s%n", kind,
        slowestMillis.get(kind), name.length() > 80 ? name.substring(0, 80) + "…" : name)));
    failures.forEach(f -> sb.append("  FAIL ").append(f).append('\n'));
    known.forEach(f -> sb.append("  KNOWN ").append(f).append('\n'));
    KNOWN.forEach((k, known) -> sb.append("  known defect '").append(k).append("' (").append(known.why())
        .append("): ").append(knownSeen.getOrDefault(k, 0)).append(" input(s)\n"));
    return sb.toString();
  }

  // ------------------------------------------------------------------ running one input

  /** Runs one input with the time limit and records its outcome under {@code kind}. */
  private void run(String kind, String name, Callable<String> action) {
    long start = System.nanoTime();
    Future<String> f = executor.submit(action);
    String outcome;
    try {
      outcome = f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      executor.shutdownNow();
      executor = newExecutor();
      outcome = fail(kind, name, "no answer within " + LIMIT_SECONDS + " s (hang)");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      outcome = fail(kind, name, c instanceof AssertionError ? c.getMessage()
          : c instanceof VirtualMachineError ? c.getClass().getSimpleName()
          : "uncaught " + c.getClass().getName() + ": " + c.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    counts.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (ms > slowestMillis.getOrDefault(kind, -1L)) {
      slowestMillis.put(kind, ms);
      slowest.put(kind, name);
    }
  }

  private final Map<String, Long> slowestMillis = new TreeMap<>();
  private final Map<String, String> slowest = new TreeMap<>();

  private final Map<String, Integer> knownSeen = new TreeMap<>();
  private final List<String> known = new ArrayList<>();

  private String fail(String kind, String name, String why) {
    String line = kind + " " + name + ": " + why;
    line = line.length() > 400 ? line.substring(0, 400) + "…" : line;
    for (String k : KNOWN.keySet()) {
      if (Pattern.compile(k).matcher(line).find()) {
        knownSeen.merge(k, 1, Integer::sum);
        known.add(line);
        return "KNOWN";
      }
    }
    failures.add(line);
    return "FAILED";
  }

  /** Runs the CLI in-process; returns "accepted" or "refused CODE"; throws AssertionError on a leak. */
  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      exit = Main.run(args, o, e);
    }
    String seen = out + "\n" + err;
    Matcher leak = LEAK.matcher(seen);
    if (leak.find()) {
      throw new AssertionError("`" + String.join(" ", args) + "` shows '" + leak.group() + "': "
          + excerpt(seen, leak.start()));
    }
    if (seen.contains("-Xmx") || seen.contains("-Xss")) {
      throw new AssertionError("resource exhaustion: " + excerpt(seen, seen.indexOf("-X")));
    }
    if (seen.indexOf('\u001b') >= 0) {
      throw new AssertionError("raw ESC in terminal output");
    }
    if (exit == 0) {
      return "accepted";
    }
    Matcher code = CODE.matcher(err + "\n" + out);
    return "exit " + exit + (code.find() ? " " + code.group(1) : " (no code)");
  }

  private static String excerpt(String s, int at) {
    int from = Math.max(0, at - 120);
    return s.substring(from, Math.min(s.length(), at + 160)).replace('\n', '|');
  }

  private Path file(String ext, byte[] content) {
    try {
      Path p = work.resolve("in-" + (fileNo++) + "." + ext);
      Files.write(p, content);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<byte[]> seeds(String dir, String glob) {
    try (Stream<Path> files = Files.walk(ROOT.resolve(dir))) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
          .sorted().map(p -> {
            try {
              return Files.readAllBytes(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seeded mutations of a seed: truncated, bytes overwritten, a slice spliced in, doubled. */
  private List<byte[]> mutants(byte[] seed, int n) {
    List<byte[]> out = new ArrayList<>();
    byte[] noise = utf8("\u0000\u0001\u001b\"'{}[]:,-#&*!|>\\\n\r\t\u0085\u202e\ud83d\ude00 é 1e999999999 ");
    for (int i = 0; i < n; i++) {
      byte[] m;
      switch (i % 4) {
        case 0 -> m = Arrays.copyOf(seed, seed.length == 0 ? 0 : rnd.nextInt(seed.length));
        case 1 -> {
          m = seed.clone();
          for (int k = 0; k < 1 + rnd.nextInt(6) && m.length > 0; k++) {
            m[rnd.nextInt(m.length)] = rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256) : noise[rnd.nextInt(noise.length)];
          }
        }
        case 2 -> {
          int at = seed.length == 0 ? 0 : rnd.nextInt(seed.length);
          int from = seed.length == 0 ? 0 : rnd.nextInt(seed.length);
          int len = Math.min(seed.length - from, 1 + rnd.nextInt(200));
          ByteArrayOutputStream b = new ByteArrayOutputStream();
          b.write(seed, 0, at);
          b.write(seed, from, Math.max(0, len));
          b.write(seed, at, seed.length - at);
          m = b.toByteArray();
        }
        default -> {
          m = Arrays.copyOf(seed, seed.length * 2);
          System.arraycopy(seed, 0, m, seed.length, seed.length);
        }
      }
      out.add(m);
    }
    return out;
  }

  // ------------------------------------------------------------------ JSON-stat

  private static final JsonStatReader JSON_STAT = JsonStatReader.create();

  /** Library: read; if accepted, write and read again and compare (no silent change). */
  private static String readJsonStat(Path f) {
    JsonStatResponse first;
    try {
      first = JSON_STAT.read(f);
    } catch (JsonStatException e) {
      return "refused " + e.errorCode().code();
    }
    String written = JsonStatWriter.create().toJson(first);
    JsonStatResponse again = JSON_STAT.read(written.getBytes(StandardCharsets.UTF_8));
    if (!again.equals(first)) {
      throw new AssertionError("JSON-stat round trip changed the document " + f.getFileName());
    }
    return "accepted";
  }

  private void jsonStat() {
    List<byte[]> inputs = new ArrayList<>();
    List<byte[]> seeds = new ArrayList<>(seeds("jsonstat/src/test/resources/io/github/livskraft/jsonstat/"
        + "JsonStatReaderFuzzTestInputs", "*"));
    seeds.addAll(seeds("kostra-adapter/src/test/resources/io/github/livskraft/kostra/fixtures", "*jsonstat2*.json"));
    inputs.addAll(seeds);
    for (byte[] s : seeds) {
      inputs.addAll(mutants(s, 2));
    }
    String head = "{\"version\":\"2.0\",\"class\":\"dataset\",";
    inputs.add(utf8("[".repeat(200_000)));
    inputs.add(utf8(head + "\"value\":" + "[".repeat(100_000)));
    inputs.add(utf8(head + "\"id\":[\"a\",\"b\"],\"size\":[10000,1000],\"dimension\":{},\"value\":{}}"));
    inputs.add(utf8(head + "\"id\":[\"a\",\"b\"],\"size\":[100000,100000],\"dimension\":{},\"value\":[]}"));
    inputs.add(utf8(head + "\"id\":[\"a\"],\"size\":[1],\"dimension\":{\"a\":{\"label\":\""
        + "L".repeat(10_000_000) + "\",\"category\":{\"index\":[\"x\"]}}},\"value\":[1]}"));
    inputs.add(utf8(head + "\"id\":[\"a\"],\"size\":[1],\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"],"
        + "\"label\":{\"x\":\"\\u001b]0;owned\\u0007\\u202eevil\"}}}},\"value\":[1e999999]}"));
    StringBuilder repeated = new StringBuilder(head).append("\"id\":[\"a\",\"b\",\"c\",\"d\",\"e\"],\"size\":[0,0,0,0,0],"
        + "\"dimension\":{");
    StringBuilder index = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      index.append(i > 0 ? "," : "").append('"').append(i).append('"');
    }
    for (String d : List.of("a", "b", "c", "d", "e")) {
      repeated.append(d.equals("a") ? "" : ",").append('"').append(d).append("\":{\"category\":{\"index\":[")
          .append(index).append("]}}");
    }
    inputs.add(utf8(repeated.append("},\"value\":[]}").toString()));
    StringBuilder strings = new StringBuilder(head).append("\"id\":[\"a\",\"b\"],\"size\":[101,9901],\"dimension\":{"
        + "\"a\":{\"category\":{\"index\":[");
    for (int i = 0; i < 101; i++) {
      strings.append(i > 0 ? "," : "").append('"').append(i).append('"');
    }
    strings.append("]}},\"b\":{\"category\":{\"index\":[");
    for (int i = 0; i < 9901; i++) {
      strings.append(i > 0 ? "," : "").append('"').append(i).append('"');
    }
    strings.append("]}}},\"value\":[").append("\"s\",".repeat(101 * 9901 - 1)).append("\"s\"]}");
    inputs.add(utf8(strings.toString()));
    // maxTextChars: a million one-letter notes (each counting 33), and an extension of 32 million characters
    String oneCell = head + "\"id\":[\"a\"],\"size\":[1],\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}}},"
        + "\"value\":[1],";
    inputs.add(utf8(oneCell + "\"note\":[" + "\"a\",".repeat(999_999) + "\"a\"]}"));
    byte[] badUtf8 = utf8(head + "\"id\":[\"a\"],\"size\":[1],\"dimension\":{\"a\":{\"category\":{\"index\":[\"XX\"]}}},"
        + "\"value\":[1]}");
    int xx = new String(badUtf8, StandardCharsets.ISO_8859_1).indexOf("XX");
    badUtf8[xx] = (byte) 0xC3;
    badUtf8[xx + 1] = (byte) 0x28;
    inputs.add(badUtf8);
    List<Path> files = new ArrayList<>();
    for (byte[] in : inputs) {
      files.add(file("json", in));
    }
    inputs.clear();
    // written straight to disk, so that the suite's heap holds no copy: an extension of 32 million characters
    Path extension = work.resolve("jsonstat-extension-32m.json");
    try (java.io.Writer w = Files.newBufferedWriter(extension, StandardCharsets.UTF_8)) {
      w.write(oneCell + "\"extension\":{\"x\":[");
      for (int i = 0; i < 4; i++) {
        w.write((i > 0 ? "," : "") + "\"" + "e".repeat(8_000_000) + "\"");
      }
      w.write("]}}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.add(extension);
    for (Path f : files) {
      String name;
      try {
        name = f.getFileName() + " (" + Files.size(f) + " bytes)";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      run("jsonstat: reader", name, () -> readJsonStat(f));
      run("jsonstat: cli inspect", name, () -> cli("jsonstat", "inspect", f.toString()));
      run("jsonstat: cli csv", name, () -> cli("jsonstat", "csv", f.toString(), "--out",
          work.resolve("out-" + fileNo + ".csv").toString()));
    }
  }

  // ------------------------------------------------------------------ plans

  private static String readPlan(Path f) {
    PlanFormat format = PlanFormat.forFileName(f.toString());
    PlanDocument first;
    try {
      first = PlanReader.create().read(f).document();
    } catch (PlanParseException e) {
      return "refused " + e.code();
    } catch (RuntimeException e) {
      return "refused untyped " + e.getClass().getSimpleName();
    }
    String written = PlanWriter.create().write(first, format);
    PlanDocument again = PlanReader.create().read("round trip", written, format).document();
    if (!again.equals(first)) {
      throw new AssertionError("plan round trip changed the document " + f.getFileName());
    }
    return "accepted";
  }

  private void plans() {
    List<String[]> inputs = new ArrayList<>(); // {ext, content}
    List<byte[]> yaml = new ArrayList<>(seeds("plan-model/src/test/resources/io/github/livskraft/plan/io/"
        + "PlanReaderFuzzTestInputs", "*.yaml"));
    yaml.addAll(seeds("examples/plans", "*.yaml"));
    List<byte[]> json = seeds("plan-model/src/test/resources/io/github/livskraft/plan/io/PlanReaderFuzzTestInputs",
        "*.json");
    for (byte[] s : yaml) {
      inputs.add(new String[] {"yaml", new String(s, StandardCharsets.UTF_8)});
      mutants(s, 3).forEach(m -> inputs.add(new String[] {"yaml", new String(m, StandardCharsets.UTF_8)}));
    }
    for (byte[] s : json) {
      inputs.add(new String[] {"json", new String(s, StandardCharsets.UTF_8)});
      mutants(s, 4).forEach(m -> inputs.add(new String[] {"json", new String(m, StandardCharsets.UTF_8)}));
    }
    String head = "formatVersion: \"1.0\"\nplans:\n  - id: p1\n    kind: SOCIAL_ELEMENT\n    status: ADOPTED\n";
    inputs.add(new String[] {"yaml", head + "    title: " + "t".repeat(8_000_000) + "\n"});
    inputs.add(new String[] {"yaml", head + "    title: |\n" + ("      " + "t".repeat(70) + "\n").repeat(10_000)});
    inputs.add(new String[] {"yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n"});
    inputs.add(new String[] {"yaml", head + "    title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
        + " [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n"});
    inputs.add(new String[] {"yaml", head + "    title: T\n    adopted: 20240620\n"});
    inputs.add(new String[] {"yaml", head + "    title: T\n    title: U\n"});
    inputs.add(new String[] {"yaml", head + "    title: \"NEL\u0085LS\u2028PS\u2029BOM\ufeffCR\r\"\n"});
    inputs.add(new String[] {"yaml", head + "    title: " + "[".repeat(100_000) + "\n"});
    inputs.add(new String[] {"json", "{\"formatVersion\":\"1.0\",\"plans\":[{\"id\":\"p1\",\"kind\":\"SOCIAL_ELEMENT\","
        + "\"status\":\"ADOPTED\",\"title\":\"T\",\"budget\":1.0e+999999999}]}"});
    inputs.add(new String[] {"json", "[".repeat(200_000)});
    // nesting in an extra field at the default edge: depth 64 is refused as an unknown field, 65 by maxNesting
    for (int depth : new int[] {64, 65}) {
      int k = depth - 3;
      inputs.add(new String[] {"yaml", head + "    title: T\n    extra: " + "[".repeat(k) + "]".repeat(k) + "\n"});
      inputs.add(new String[] {"json", "{\"formatVersion\":\"1.0\",\"plans\":[{\"id\":\"p1\",\"kind\":"
          + "\"SOCIAL_ELEMENT\",\"status\":\"ADOPTED\",\"title\":\"T\",\"extra\":" + "{\"a\":".repeat(k) + "1"
          + "}".repeat(k) + "}]}"});
    }
    StringBuilder many = new StringBuilder("{\"formatVersion\":\"1.0\",\"plans\":[");
    for (int i = 0; i < 60_000; i++) {
      many.append(i > 0 ? "," : "").append("{\"id\":\"p").append(i).append("\",\"kind\":\"SOCIAL_ELEMENT\","
          + "\"status\":\"ADOPTED\",\"title\":\"Plan nummer ").append(i).append(" for kommunen\"}");
    }
    inputs.add(new String[] {"json", many.append("]}").toString()});
    for (String[] in : inputs) {
      Path f = file(in[0], utf8(in[1]));
      String name = f.getFileName() + " (" + in[1].length() + " chars)";
      run("plan: reader " + in[0], name, () -> readPlan(f));
      run("plan: cli validate", name, () -> cli("plan", "validate", f.toString()));
    }
  }

  // ------------------------------------------------------------------ rule files

  private void rules() throws IOException {
    Path text = work.resolve("text.txt");
    Files.writeString(text, "Kommunen skal kutte klimagassutslipp og " + "a".repeat(5_000) + "!",
        StandardCharsets.UTF_8);
    List<byte[]> inputs = new ArrayList<>();
    List<byte[]> seeds = seeds("sdg-tagger/src/test/resources/io/github/livskraft/tagger/RuleFileFuzzTestInputs", "*");
    inputs.addAll(seeds);
    for (byte[] s : seeds) {
      inputs.addAll(mutants(s, 3));
    }
    inputs.add(utf8("@language nb\n13 nb.13.x 1.0 " + "(".repeat(100_000) + "a" + ")".repeat(100_000) + "\n"));
    inputs.add(utf8("@language nb\n13 nb.13.x 1.0 " + "a* NEAR/6 ".repeat(20_000) + "a*\n"));
    inputs.add(utf8("@language nb\n13 nb.13.x 1.0 \"" + "a ".repeat(200_000) + "\"\n"));
    inputs.add(utf8("@language nb\n" + "13 nb.13.x 1.0 klima*\n".repeat(50_000)));
    // the rule-file limits, one over each default: a 100 001-character line, an expression of 100 001 characters over
    // continuation lines, 100 001 rules, 200 001 terms and a 4 000 001-character file of comments
    inputs.add(utf8("@language nb\n13 lang 1.0 klima*" + " ".repeat(100_001 - 17) + "\n"));
    inputs.add(utf8("@language nb\n13 lang 1.0\n" + ("  klima* OR" + " ".repeat(9_989) + "\n").repeat(10)
        + "  klima*\n"));
    StringBuilder manyRules = new StringBuilder("@language nb\n");
    for (int i = 0; i <= 100_000; i++) {
      manyRules.append("13 r").append(i).append(" 1.0 klima*\n");
    }
    inputs.add(utf8(manyRules.toString()));
    StringBuilder manyTerms = new StringBuilder("@language nb\n");
    for (int r = 0; r < 25; r++) { // 25 rules of 8 000 terms (80 000-character lines), then one term more
      manyTerms.append("13 t").append(r).append(" 1.0 klima").append("* OR klima".repeat(7_999)).append("*\n");
    }
    inputs.add(utf8(manyTerms.append("13 t25 1.0 utslipp*\n").toString()));
    inputs.add(utf8("@language nb\n13 r 1.0 klima*\n" + ("#" + " ".repeat(98) + "\n").repeat(40_000)));
    for (byte[] in : inputs) {
      Path f = file("sdgrules", in);
      run("rules: cli tag --rules", f.getFileName() + " (" + in.length + " bytes)",
          () -> cli("tag", text.toString(), "--rules", f.toString(), "--no-bundled"));
    }
  }

  // ------------------------------------------------------------------ CSV

  private void csv() {
    List<byte[]> inputs = new ArrayList<>();
    byte[] seed;
    try {
      seed = Files.readAllBytes(ROOT.resolve("livskraft-cli/src/test/resources/io/github/livskraft/cli/"
          + "indicators-kongsbergregionen.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    inputs.add(seed);
    inputs.addAll(mutants(seed, 12));
    String header = new String(seed, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    inputs.add(utf8(header + "\n" + "=cmd|' /C calc'!A0,+1,-2,@SUM(1)\n"));
    inputs.add(utf8(header + "\n\"unbalanced," + "x".repeat(1_000_000) + "\n"));
    inputs.add(utf8(header + "," + "c,".repeat(500_000) + "c\n"));
    inputs.add(utf8("\ufeff" + header + "\n\u0000\u0000\u0000\n"));
    StringBuilder rows = new StringBuilder(header).append('\n');
    String row = new String(seed, StandardCharsets.UTF_8).lines().skip(1).findFirst().orElse("");
    rows.append((row + "\n").repeat(200_000));
    inputs.add(utf8(rows.toString()));
    for (byte[] in : inputs) {
      Path f = file("csv", in);
      run("csv: cli indicators compute", f.getFileName() + " (" + in.length + " bytes)", () -> cli("indicators",
          "compute", "--data", f.toString(), "--indicator", "climate.ghg-per-capita", "--region", "4005"));
    }
    inputs.clear();
    // 200 000 distinct rows (16 MB), written straight to a file so that the suite's heap holds no copy of it: the
    // real 2024 municipality numbers, 28 variables, 20 years, generated values
    List<String> codes = MunicipalityRegistry.bundled().codesIn(2024).stream().map(p -> p.code().toString())
        .sorted().toList();
    Path distinct = work.resolve("csv-distinct-200000.csv");
    try (java.io.Writer w = Files.newBufferedWriter(distinct, StandardCharsets.UTF_8)) {
      w.write(header + "\n");
      for (int i = 0; i < 200_000; i++) {
        int s = i / 20;
        int v = s / codes.size();
        w.write(codes.get(s % codes.size()) + "," + (v == 0 ? "ghg" : v == 1 ? "population" : "variable-" + v)
            + "," + (2000 + i % 20) + "," + (1 + i % 99_991)
            + ",,,0,Statistisk sentralbyrå,07459,Personer1,2024-02-21T07:00:00Z\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long size;
    try {
      size = Files.size(distinct);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run("csv: cli indicators compute", distinct.getFileName() + " (" + size + " bytes)", () -> cli("indicators",
        "compute", "--data", distinct.toString(), "--indicator", "climate.ghg-per-capita", "--region", "4005"));
  }

  // ------------------------------------------------------------------ casework intake

  private static byte[] docx(String documentXml, boolean bomb) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
          + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
          + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>"));
      z.putNextEntry(new ZipEntry("_rels/.rels"));
      z.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats."
          + "org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(utf8(documentXml));
      if (bomb) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 400; i++) {
          z.write(zeros); // 400 MB of zeros, about 400 kB compressed
        }
      }
    }
    return b.toByteArray();
  }

  private static String wordXml(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";
  }

  private void casework() throws IOException {
    String sak = "Saksframlegg\nSaken gjelder klimaplan for kommunen. Forslag til vedtak: Kommunestyret vedtar "
        + "planen for å kutte klimagassutslipp og styrke folkehelse.\n";
    List<Object[]> inputs = new ArrayList<>(); // {ext, bytes}
    inputs.add(new Object[] {"txt", utf8(sak)});
    inputs.add(new Object[] {"txt", utf8(sak.repeat(40_000))});
    inputs.add(new Object[] {"txt", utf8(sak + "\u0000\u001b[2J\u202e" + "\ud800")});
    inputs.add(new Object[] {"txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x41, (byte) 0xC3, 0x28}});
    inputs.add(new Object[] {"txt", new byte[0]});
    for (byte[] m : mutants(utf8(sak), 8)) {
      inputs.add(new Object[] {"txt", m});
    }
    inputs.add(new Object[] {"html", utf8("<html><body><p>" + sak + "</p><script>alert(1)</script></body></html>")});
    inputs.add(new Object[] {"html", utf8("<div>".repeat(200_000) + sak)});
    inputs.add(new Object[] {"html", utf8("<!DOCTYPE x [<!ENTITY a \"" + "&#38;".repeat(10) + "\">]><p>&a;" + sak)});
    inputs.add(new Object[] {"docx", docx(wordXml("<w:p><w:r><w:t>" + sak + "</w:t></w:r></w:p>"), false)});
    inputs.add(new Object[] {"docx", docx(wordXml("<w:p><w:r><w:t>" + sak + "</w:t></w:r></w:p>"), true)});
    inputs.add(new Object[] {"docx", docx("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/"
        + "passwd\">]>" + wordXml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>").substring(38), false)});
    inputs.add(new Object[] {"docx", docx(wordXml("<w:p>".repeat(100_000)), false)});
    inputs.add(new Object[] {"docx", utf8("PK\u0003\u0004 not really a zip")});
    inputs.add(new Object[] {"pdf", utf8("%PDF-1.4\n" + "[".repeat(100_000))});
    inputs.add(new Object[] {"pdf", utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root"
        + " 1 0 R >>\n%%EOF")});
    inputs.add(new Object[] {"pdf", new byte[] {'%', 'P', 'D', 'F'}});
    inputs.add(new Object[] {"pdf", utf8(sak)});
    for (Object[] in : inputs) {
      byte[] bytes = (byte[]) in[1];
      Path f = file((String) in[0], bytes);
      run("casework: cli case assess " + in[0], f.getFileName() + " (" + bytes.length + " bytes)",
          () -> cli("case", "assess", f.toString()));
    }
    // Near the 20 MiB default, written straight to disk: a table of some 190 000 rows and 4 million nodes with
    // little text (assessed; as a whole DOM it exhausted a 256 MB heap), and 20 MiB of paragraphs whose text is far
    // over the 2 000 000-character limit (refused with its length, the text counted but not kept).
    long maxBytes = io.github.livskraft.casework.CaseReader.DEFAULT_MAX_BYTES;
    Path table = work.resolve("casework-table-20mib.html");
    try (java.io.Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
      String headHtml = "<!DOCTYPE html><html lang=\"nb\"><body><p>" + sak + "</p><table>\n";
      w.write(headHtml);
      long written = headHtml.length();
      String empty = "<wbr>".repeat(20);
      for (int i = 0; written < maxBytes - 1_024; i++) {
        String row = "<tr><td>" + (i % 20 == 0 ? "Rad " + i : "") + "<td>" + empty + "\n";
        w.write(row);
        written += row.length();
      }
      w.write("</table></body></html>\n");
    }
    Path text = work.resolve("casework-text-20mib.html");
    try (java.io.Writer w = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
      String para = "<p>" + sak.replace("å", "a") + "</p>\n";
      for (long written = 0; written + para.length() <= maxBytes; written += para.length()) {
        w.write(para);
      }
    }
    for (Path f : List.of(table, text)) {
      long size = Files.size(f);
      run("casework: cli case assess html", f.getFileName() + " (" + size + " bytes)",
          () -> cli("case", "assess", f.toString()));
    }
  }

  // ------------------------------------------------------------------ PxWeb / KLASS responses

  private void http() {
    String base = "http://127.0.0.1:" + stub.getAddress().getPort() + "/api/";
    List<Reply> replies = new ArrayList<>();
    List<byte[]> seeds = seeds("kostra-adapter/src/test/resources/io/github/livskraft/kostra/pxweb/"
        + "MetadataParserFuzzTestInputs", "*");
    for (byte[] s : seeds) {
      replies.add(new Reply(200, "application/json", s, 0, null));
      for (byte[] m : mutants(s, 1)) {
        replies.add(new Reply(200, "application/json", m, 0, null));
      }
    }
    replies.add(new Reply(200, "application/json", new byte[0], 600L << 20, null));
    replies.add(new Reply(200, "application/json", utf8("[".repeat(500_000)), 0, null));
    replies.add(new Reply(200, "text/html", utf8("<html><title>Feil</title><body>nede</body></html>"), 0, null));
    replies.add(new Reply(200, "application/json", utf8("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\"],"
        + "\"size\":[10000,1000],\"dimension\":{},\"value\":{}}"), 0, null));
    replies.add(new Reply(302, "text/plain", new byte[0], 0, "http://localhost:" + stub.getAddress().getPort()
        + "/elsewhere"));
    replies.add(new Reply(404, "application/json", utf8("{\"title\":\"\u001b[31mNon-existent table\"}"), 0, null));
    replies.add(new Reply(400, "application/json", utf8("{\"title\":" + "\"x".repeat(1) + "\"}"), 0, null));
    for (Reply r : replies) {
      String name = "HTTP " + r.status() + " (" + (r.streamBytes() > 0 ? r.streamBytes() + " streamed"
          : r.body().length) + " bytes)";
      run("http: cli ssb meta", name, () -> {
        REPLY.set(r);
        return cli("ssb", "meta", "12134", "--base-url", base, "--no-cache");
      });
      run("http: cli klass codes", name, () -> {
        REPLY.set(r);
        return cli("klass", "codes", "--date", "2024-01-01", "--base-url", base, "--no-cache");
      });
    }
  }
}
