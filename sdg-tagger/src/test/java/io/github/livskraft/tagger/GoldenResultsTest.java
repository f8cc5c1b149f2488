package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.tagger.internal.Hit;
import io.github.livskraft.tagger.internal.RuleEngine;
import io.github.livskraft.tagger.internal.RuleFileLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the engine's results (issue 13, eighth round: a safety net for speed work). Copies of the rule files as they
 * were when the golden results were recorded ({@code golden/rules/}, rules 2026.12.7) are loaded as
 * {@link SdgTagger.Builder#addBundled()} loads the bundled ones (bokmål files also as derived nynorsk rules), and a
 * fixed corpus is tagged: the English benchmark snippets, copies of the five seed documents and of the labelled
 * Norwegian sentences ({@code golden/corpus/}, so that new sentences or rule edits elsewhere do not change it), in
 * several configurations (own language, the other Norwegian language, language detection, low thresholds, and the
 * rule engine's raw firings). Every result is rendered completely — goals, targets, scores as exact doubles,
 * order, primary/explicit flags, the explanations in English and nynorsk, rules, weights, contributions and spans —
 * and its SHA-256 is compared with {@code golden/results.tsv}.
 *
 * <p><b>Regenerating</b> (only when a change of results is intended): run this test; it always writes the actual
 * table to {@code sdg-tagger/target/golden/results.tsv} (and the full renderings to
 * {@code target/golden/renderings.txt}); review the differences, then copy the table over
 * {@code src/test/resources/io/github/livskraft/tagger/golden/results.tsv}. To see what changed, run the test on
 * the old commit too and diff the two {@code renderings.txt}.
 */
class GoldenResultsTest {
  private static final String GOLDEN = "golden/";
  private static final String[] RULE_FILES = {"en-goals", "en-targets", "nb-goals", "nb-targets", "nn-goals",
      "nn-targets"};
  private static final String[] SEEDS = {"000_773ae6fac1e4b9cf", "001_13b8318b9d8e1671", "002_b20ecee54a1dcaa8",
      "003_85489d547552460d", "004_9afa16d8ba157b83"};

  private record Doc(String key, String text, Language language) {}

  @Test
  void everyResultOfTheGoldenCorpusIsUnchanged() throws IOException {
    SdgTagger standard = tagger(SdgTagger.builder());
    SdgTagger low = tagger(SdgTagger.builder().threshold(0.3).targetThreshold(0.3));
    RuleEngine engine = engine();

    List<Doc> english = new ArrayList<>();
    List<Map<String, String>> bench = TestCsv.read("benchmark/benchmark.csv");
    for (int i = 0; i < bench.size(); i++) {
      english.add(new Doc("en/" + i + "/" + bench.get(i).get("id"), bench.get(i).get("text"), Language.EN));
    }
    List<Doc> seedsNb = new ArrayList<>();
    List<Doc> seedsNn = new ArrayList<>();
    for (String seed : SEEDS) {
      String text = resource(GOLDEN + "corpus/" + seed + ".txt");
      seedsNb.add(new Doc("seed/" + seed, text, Language.NB));
      seedsNn.add(new Doc("seed/" + seed, text, Language.NN));
    }
    List<Doc> plan = sentences("plan", "norwegian-plan-sentences.csv", false);
    List<Doc> planOther = sentences("plan", "norwegian-plan-sentences.csv", true);
    List<Doc> dev = sentences("dev", "norwegian-dev.csv", false);
    List<Doc> devOther = sentences("dev", "norwegian-dev.csv", true);

    Map<String, String[]> actual = new LinkedHashMap<>();
    StringBuilder renderings = new StringBuilder();
    tagAll("default", standard, english, actual, renderings);
    detectAll("default-detected", standard, english, actual, renderings);
    tagAll("default", standard, seedsNb, actual, renderings);
    tagAll("default", standard, seedsNn, actual, renderings);
    detectAll("default-detected", standard, seedsNb, actual, renderings);
    tagAll("default", standard, plan, actual, renderings);
    tagAll("default-other", standard, planOther, actual, renderings);
    tagAll("default", standard, dev, actual, renderings);
    tagAll("default-other", standard, devOther, actual, renderings);
    tagAll("low", low, english, actual, renderings);
    tagAll("low", low, seedsNb, actual, renderings);
    tagAll("low", low, seedsNn, actual, renderings);
    tagAll("low", low, plan, actual, renderings);
    tagAll("low", low, dev, actual, renderings);
    for (List<Doc> docs : List.of(english, seedsNb, seedsNn, plan, dev)) {
      for (Doc d : docs) {
        List<RuleEngine.Firing> firings = engine.match(d.text(), d.language());
        put(actual, renderings, "engine\t" + d.language().tag() + "\t" + d.key(),
            Integer.toString(firings.size()), "-", renderFirings(firings));
      }
    }

    Path out = Path.of("target", "golden");
    Files.createDirectories(out);
    String table = actual.entrySet().stream().map(e -> e.getKey() + "\t" + String.join("\t", e.getValue()))
        .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(out.resolve("results.tsv"), table, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("renderings.txt"), renderings, StandardCharsets.UTF_8);

    Map<String, String[]> expected = new LinkedHashMap<>();
    for (String line : resource(GOLDEN + "results.tsv").split("\n")) {
      if (!line.isBlank()) {
        String[] f = line.split("\t", -1);
        expected.put(f[0] + "\t" + f[1] + "\t" + f[2], new String[] {f[3], f[4], f[5]});
      }
    }
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String[]> e : expected.entrySet()) {
      String[] a = actual.get(e.getKey());
      if (a == null) {
        differences.add("missing " + e.getKey());
      } else if (!a[2].equals(e.getValue()[2])) {
        differences.add(e.getKey() + ": expected " + e.getValue()[0] + " / " + e.getValue()[1] + ", got " + a[0]
            + " / " + a[1]);
      }
    }
    actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> differences.add("new " + k));
    assertThat(actual).as("golden results recorded").hasSizeGreaterThan(5_000);
    assertThat(differences.size())
        .as("results differing from golden/results.tsv (actual table in target/golden/); the first 40:%n%s",
            String.join("\n", differences.subList(0, Math.min(40, differences.size()))))
        .isZero();
  }

  private static SdgTagger tagger(SdgTagger.Builder b) throws IOException {
    for (String name : RULE_FILES) {
      try (Reader r = reader(GOLDEN + "rules/" + name + ".sdgrules")) {
        if (name.startsWith("nb-")) {
          b.addRulesWithNynorskForms(r, "rules/" + name + ".sdgrules");
        } else {
          b.addRules(r, "rules/" + name + ".sdgrules");
        }
      }
    }
    return b.build();
  }

  private static RuleEngine engine() throws IOException {
    RuleEngine.Builder b = new RuleEngine.Builder();
    RuleFileLimits limits = new RuleFileLimits(SdgTagger.DEFAULT_MAX_RULE_FILE_CHARS,
        SdgTagger.DEFAULT_MAX_RULE_LINE_LENGTH, SdgTagger.DEFAULT_MAX_RULE_EXPRESSION_LENGTH,
        SdgTagger.DEFAULT_MAX_RULES_PER_FILE, SdgTagger.DEFAULT_MAX_TERMS_PER_FILE);
    for (String name : RULE_FILES) {
      String source = "rules/" + name + ".sdgrules";
      try (Reader r = reader(GOLDEN + "rules/" + name + ".sdgrules")) {
        if (name.startsWith("nb-")) {
          b.addWithNynorskForms(r, source, source + " (nynorsk forms)", limits);
        } else {
          b.add(r, source, limits);
        }
      }
    }
    return b.build();
  }

  private static List<Doc> sentences(String prefix, String file, boolean otherLanguage) {
    List<Doc> out = new ArrayList<>();
    for (Map<String, String> row : TestCsv.read(GOLDEN + "corpus/" + file)) {
      boolean nn = row.get("lang").equals("nn");
      Language lang = nn != otherLanguage ? Language.NN : Language.NB;
      out.add(new Doc(prefix + "/" + row.get("id"), row.get("text"), lang));
    }
    return out;
  }

  private static void tagAll(String config, SdgTagger tagger, List<Doc> docs, Map<String, String[]> actual,
      StringBuilder renderings) {
    for (Doc d : docs) {
      record(config, d, tagger.tag(d.key(), d.text(), d.language()), actual, renderings);
    }
  }

  private static void detectAll(String config, SdgTagger tagger, List<Doc> docs, Map<String, String[]> actual,
      StringBuilder renderings) {
    for (Doc d : docs) {
      record(config, d, tagger.tag(d.key(), d.text()), actual, renderings);
    }
  }

  private static void record(String config, Doc d, TagResult r, Map<String, String[]> actual,
      StringBuilder renderings) {
    String goals = r.goalCodes().stream().map(Object::toString).collect(Collectors.joining(","));
    String targets = r.targetCodes().stream().map(Object::toString).collect(Collectors.joining(","));
    put(actual, renderings, config + "\t" + d.language().tag() + "\t" + d.key(), goals.isEmpty() ? "-" : goals,
        targets.isEmpty() ? "-" : targets, render(r));
  }

  private static void put(Map<String, String[]> actual, StringBuilder renderings, String key, String goals,
      String targets, String rendering) {
    String previous = actual.putIfAbsent(key, new String[] {goals, targets, sha256(rendering)}) == null ? null : key;
    assertThat(previous).as("duplicate golden key").isNull();
    renderings.append("=== ").append(key).append('\n').append(rendering);
  }

  /** Everything a caller can see of a result. */
  static String render(TagResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("result ").append(r.id()).append(' ').append(r.language()).append('\n');
    for (GoalSuggestion g : r.goals()) {
      sb.append("goal ").append(g.goal()).append(' ').append(g.score()).append(" primary=").append(g.primary())
          .append(" explicit=").append(g.explicit()).append('\n');
      sb.append("  en ").append(g.explanation(Locale.ENGLISH)).append('\n');
      sb.append("  nn ").append(g.explanation(Locale.forLanguageTag("nn"))).append('\n');
      renderMatches(sb, g.matches());
    }
    for (TargetSuggestion t : r.targets()) {
      sb.append("target ").append(t.target()).append(' ').append(t.score()).append('\n');
      sb.append("  en ").append(t.explanation(Locale.ENGLISH)).append('\n');
      sb.append("  nb ").append(t.explanation(Locale.forLanguageTag("nb"))).append('\n');
      renderMatches(sb, t.matches());
    }
    return sb.toString();
  }

  private static void renderMatches(StringBuilder sb, List<RuleMatch> matches) {
    for (RuleMatch m : matches) {
      sb.append("  match ").append(m.ruleId()).append(' ').append(m.code()).append(' ').append(m.language())
          .append(' ').append(m.weight()).append(' ').append(m.contribution()).append('\n');
      for (MatchSpan s : m.spans()) {
        sb.append("    span ").append(s.start()).append(' ').append(s.end()).append(' ').append(s.text())
            .append('\n');
      }
    }
  }

  private static String renderFirings(List<RuleEngine.Firing> firings) {
    StringBuilder sb = new StringBuilder();
    for (RuleEngine.Firing f : firings) {
      sb.append("firing ").append(f.rule().id()).append(' ').append(f.occurrences()).append('\n');
      for (Hit h : f.hits()) {
        sb.append("  hit ").append(h.posStart()).append(' ').append(h.posEnd()).append(' ').append(h.charStart())
            .append(' ').append(h.charEnd()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Reader reader(String resource) {
    InputStream in = GoldenResultsTest.class.getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GoldenResultsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
