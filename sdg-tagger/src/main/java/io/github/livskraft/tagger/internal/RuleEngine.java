package io.github.livskraft.tagger.internal;

import io.github.livskraft.tagger.TaggerErrorCode;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules compiled per language into one dictionary of term patterns (tries for exact words, prefixes, suffixes and
 * infixes) and an index from terms to the rules that can fire. Matching a text walks each token once through the
 * tries, then evaluates only the rules whose terms occurred. Immutable and thread-safe.
 */
public final class RuleEngine {
  private final Map<Language, CompiledSet> sets;
  private final List<RuleDef> rules;
  private final Map<Language, Policy> policies;

  private RuleEngine(Map<Language, CompiledSet> sets, List<RuleDef> rules, Map<Language, Policy> policies) {
    this.sets = sets;
    this.rules = rules;
    this.policies = policies;
  }

  /**
   * The per-goal settings of one language's rule files.
   *
   * @param thresholds per-goal score thresholds at the default threshold ({@code @threshold})
   * @param corroborate goals that need a target rule or evidence from two different words ({@code @corroborate})
   */
  public record Policy(Map<GoalCode, Double> thresholds, Set<GoalCode> corroborate) {}

  /** The per-goal settings for a language (empty when its files set none). */
  public Policy policy(Language language) {
    return policies.getOrDefault(language, new Policy(Map.of(), Set.of()));
  }

  /** All rules, in load order. */
  public List<RuleDef> rules() {
    return rules;
  }

  /** One fired rule: the rule, its spans (text order, deduplicated) and the number of distinct occurrences. */
  public record Firing(RuleDef rule, List<Hit> hits, int occurrences) {}

  /**
   * Matches a text against the rules of one language.
   *
   * @param text the text
   * @param language the rules' language
   * @return the fired rules, in load order
   */
  public List<Firing> match(CharSequence text, Language language) {
    CompiledSet set = sets.get(language);
    if (set == null) {
      return List.of();
    }
    return set.match(Tokens.of(text), language != Language.EN);
  }

  /**
   * Matches already tokenized text against the rules of one language.
   *
   * @param tokens the tokens of the text
   * @param language the rules' language
   * @return the fired rules, in load order
   */
  public List<Firing> match(Tokens tokens, Language language) {
    CompiledSet set = sets.get(language);
    return set == null ? List.of() : set.match(tokens, language != Language.EN);
  }

  /** Builder; not thread-safe. */
  public static final class Builder {
    private final Map<Language, Map<String, Integer>> dictionaries = new EnumMap<>(Language.class);
    private final List<RuleDef> rules = new ArrayList<>();
    private final Map<String, RuleDef> byId = new HashMap<>();
    private final Map<Language, Map<GoalCode, Double>> thresholds = new EnumMap<>(Language.class);
    private final Map<Language, Set<GoalCode>> corroborate = new EnumMap<>(Language.class);

    /**
     * Parses and adds one rule file.
     *
     * @param reader the text
     * @param source the name used in error messages
     * @param limits the limits of the file
     * @throws RuleParseError on any syntax or content error, or a limit broken
     * @throws IOException on read errors
     */
    public Builder add(Reader reader, String source, RuleFileLimits limits) throws IOException {
      addParsed(parse(reader, source, limits), source);
      return this;
    }

    /**
     * Parses a bokmål rule file once and adds it twice: as it is, and as nynorsk rules that read nynorsk text with
     * the bokmål vocabulary in nynorsk spelling ({@code @language nn}, ids {@code nnb.…} instead of {@code nb.…},
     * the same goals, targets, weights, expressions, lines, {@code @threshold} and {@code @corroborate}). The derived
     * rules' terms are the same patterns in the nynorsk dictionary; the nynorsk compilation gives them their
     * nynorsk forms (see {@code NynorskForms.of}).
     *
     * @param reader the text of a bokmål rule file
     * @param source the name used in error messages
     * @param derivedSource the name of the derived nynorsk rules (in their errors and explanations)
     * @param limits the limits of the file
     * @throws RuleParseError on any syntax or content error, or a limit broken
     * @throws IOException on read errors
     */
    public Builder addWithNynorskForms(Reader reader, String source, String derivedSource, RuleFileLimits limits)
        throws IOException {
      RuleFileParser.ParsedFile file = parse(reader, source, limits);
      addParsed(file, source);
      addParsed(nynorskForms(file, derivedSource), derivedSource);
      return this;
    }

    private RuleFileParser.ParsedFile parse(Reader reader, String source, RuleFileLimits limits)
        throws IOException {
      return RuleFileParser.parse(reader, source, this::intern, limits);
    }

    private int intern(Language language, String pattern) {
      Map<String, Integer> dictionary = dictionaries.computeIfAbsent(language, l -> new LinkedHashMap<>());
      return dictionary.computeIfAbsent(pattern, p -> dictionary.size());
    }

    /**
     * A parsed bokmål file as nynorsk rules. The terms are interned in the order the parser met them (the
     * expression trees keep the text's order), so the nynorsk dictionary is the same as if the rewritten text had
     * been parsed.
     */
    private RuleFileParser.ParsedFile nynorskForms(RuleFileParser.ParsedFile file, String derivedSource) {
      List<String> patterns = new ArrayList<>(dictionaries.getOrDefault(file.language(), Map.of()).keySet());
      List<RuleDef> derived = new ArrayList<>(file.rules().size());
      for (RuleDef r : file.rules()) {
        String id = r.id().startsWith("nb.") ? NynorskForms.DERIVED_PREFIX + r.id().substring(3) : r.id();
        derived.add(new RuleDef(id, r.goal(), r.target(), Language.NN, r.weight(), r.expression(), derivedSource,
            r.line(), reintern(r.expr(), patterns)));
      }
      return new RuleFileParser.ParsedFile(Language.NN, derived, file.thresholds(), file.corroborate());
    }

    /** The same expression with its terms' ids in the nynorsk dictionary, interned left to right. */
    private Expr reintern(Expr e, List<String> patterns) {
      if (e instanceof Expr.Term t) {
        return new Expr.Term(intern(Language.NN, t.pattern()), t.pattern());
      } else if (e instanceof Expr.Phrase p) {
        int[] ids = new int[p.ids().length];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = intern(Language.NN, patterns.get(p.ids()[k]));
        }
        return new Expr.Phrase(ids, p.text());
      } else if (e instanceof Expr.Or o) {
        List<Expr> parts = new ArrayList<>(o.parts().size());
        o.parts().forEach(x -> parts.add(reintern(x, patterns)));
        return new Expr.Or(List.copyOf(parts));
      } else if (e instanceof Expr.And a) {
        List<Expr> parts = new ArrayList<>(a.parts().size());
        a.parts().forEach(x -> parts.add(reintern(x, patterns)));
        return new Expr.And(List.copyOf(parts));
      } else if (e instanceof Expr.Not n) {
        Expr positive = reintern(n.positive(), patterns);
        return new Expr.Not(positive, reintern(n.negative(), patterns));
      } else if (e instanceof Expr.Near n) {
        Expr left = reintern(n.left(), patterns);
        return new Expr.Near(left, reintern(n.right(), patterns), n.distance());
      }
      throw new IllegalStateException("unknown expression node " + e.getClass().getSimpleName());
    }

    private void addParsed(RuleFileParser.ParsedFile file, String source) {
      List<RuleDef> parsed = file.rules();
      Map<GoalCode, Double> own = thresholds.computeIfAbsent(file.language(), l -> new HashMap<>());
      for (Map.Entry<GoalCode, Double> e : file.thresholds().entrySet()) {
        Double prev = own.put(e.getKey(), e.getValue());
        if (prev != null && !prev.equals(e.getValue())) {
          throw new RuleParseError(source, 1, 1, TaggerErrorCode.CONFLICTING_THRESHOLD, e.getKey().toString(),
              prev.toString(), e.getValue().toString());
        }
      }
      corroborate.computeIfAbsent(file.language(), l -> new HashSet<>()).addAll(file.corroborate());
      for (RuleDef r : parsed) {
        RuleDef prev = byId.putIfAbsent(r.id(), r);
        if (prev != null) {
          throw new RuleParseError(r.source(), r.line(), 1, TaggerErrorCode.DUPLICATE_RULE_ID, r.id(),
              prev.source() + ":" + prev.line());
        }
      }
      rules.addAll(parsed);
    }

    /** Compiles the rules. */
    public RuleEngine build() {
      List<RuleDef> rules = mergeDerived(this.rules);
      Map<Language, CompiledSet> sets = new EnumMap<>(Language.class);
      for (Language lang : Language.values()) {
        List<RuleDef> own = rules.stream().filter(r -> r.language() == lang).toList();
        if (!own.isEmpty()) {
          sets.put(lang, new CompiledSet(dictionaries.get(lang), own, lang == Language.NN));
        }
      }
      Map<Language, Policy> policies = new EnumMap<>(Language.class);
      for (Language lang : Language.values()) {
        policies.put(lang, new Policy(Map.copyOf(thresholds.getOrDefault(lang, Map.of())),
            Set.copyOf(corroborate.getOrDefault(lang, Set.of()))));
      }
      return new RuleEngine(Map.copyOf(sets), List.copyOf(rules), Map.copyOf(policies));
    }
  }

  /**
   * Folds each derived rule {@code nnb.X} into the nynorsk rule {@code nn.X} when both exist with the same code and
   * weight ({@code nn.X} then fires on either expression), so that nynorsk text does not evaluate and report two
   * rules for one piece of vocabulary; derived rules without such a twin stay as they are.
   */
  private static List<RuleDef> mergeDerived(List<RuleDef> rules) {
    Map<String, RuleDef> derived = new HashMap<>();
    for (RuleDef r : rules) {
      if (r.language() == Language.NN && r.id().startsWith(NynorskForms.DERIVED_PREFIX)) {
        derived.put(r.id().substring(NynorskForms.DERIVED_PREFIX.length()), r);
      }
    }
    if (derived.isEmpty()) {
      return rules;
    }
    Set<String> merged = new HashSet<>();
    List<RuleDef> out = new ArrayList<>(rules.size());
    for (RuleDef r : rules) {
      RuleDef twin = r.language() == Language.NN && r.id().startsWith("nn.") ? derived.get(r.id().substring(3)) : null;
      if (twin != null && twin.weight() == r.weight() && twin.goal().equals(r.goal())
          && java.util.Objects.equals(twin.target(), r.target())) {
        merged.add(twin.id());
        out.add(new RuleDef(r.id(), r.goal(), r.target(), r.language(), r.weight(),
            "(" + r.expression() + ") OR (" + twin.expression() + ")", r.source(), r.line(),
            new Expr.Or(List.of(r.expr(), twin.expr()))));
      } else {
        out.add(r);
      }
    }
    out.removeIf(r -> merged.contains(r.id()));
    return out;
  }

  /** Texts with at least this many tokens look each distinct word up once (a per-text memo); shorter ones do not. */
  static final int MEMO_MIN_TOKENS = 256;

  /** The shortest prefix (with its final -e) that also reads the nynorsk -a forms. */
  static final int NYNORSK_A_MIN = 5;

  /**
   * Inflectional endings of Norwegian nouns (bokmål and nynorsk: definite singular and plural) that a suffix term
   * reads through: "*avfall" matches "hushaldsavfallet", "*utslipp" "klimagassutslippene", "*sykdom" "folkesykdommen"
   * is not read (the stem changes).
   */
  private static final List<String> NORWEGIAN_ENDINGS = List.of("ene", "ane", "en", "et", "er", "ar", "a");

  /** The shortest stem (in letters) left after removing an ending before a suffix term is tried. */
  private static final int MIN_INFLECTED_STEM = 4;

  /** One language's compiled rules. */
  static final class CompiledSet {
    private final int termCount;
    private final Trie forward;
    private final Trie backward;
    private final Trie infix;
    private final boolean hasBackward;
    private final boolean hasInfix;
    private final int[][] rulesByTerm;
    private final RuleDef[] rules;

    /**
     * @param nynorsk whether a prefix ending in -e also reads the nynorsk -a forms of the same stem: masculine nouns
     *     in -e take -ar/-ane in the plural and feminine nouns -a in the definite singular ("solcelle*" →
     *     "solcellar", "barnehage*" → "barnehagane", "skule*" → "skulane", "helse*" → "helsa"); the stem, without
     *     the -e, must have at least four letters
     */
    CompiledSet(Map<String, Integer> dictionary, List<RuleDef> rules, boolean nynorsk) {
      this.termCount = dictionary.size();
      this.rules = rules.toArray(RuleDef[]::new);
      Trie.Builder f = new Trie.Builder();
      Trie.Builder b = new Trie.Builder();
      Trie.Builder in = new Trie.Builder();
      dictionary.forEach((pattern, id) -> {
        boolean pre = pattern.length() > 1 && pattern.startsWith("*");
        boolean suf = pattern.length() > 1 && pattern.endsWith("*");
        String core = pattern.substring(pre ? 1 : 0, suf ? pattern.length() - 1 : pattern.length());
        addTerm(f, b, in, core, id, pre, suf, nynorsk);
        if (nynorsk) {
          for (String form : NynorskForms.of(core, !pre && !suf)) {
            addTerm(f, b, in, form, id, pre, suf, true);
          }
        }
      });
      this.forward = f.build();
      this.backward = b.build();
      this.infix = in.build();
      this.hasBackward = !backward.isEmpty();
      this.hasInfix = !infix.isEmpty();
      List<List<Integer>> index = new ArrayList<>(termCount);
      for (int i = 0; i < termCount; i++) {
        index.add(new ArrayList<>(1));
      }
      for (int r = 0; r < this.rules.length; r++) {
        int rule = r;
        this.rules[r].expr().positiveTerms(t -> {
          List<Integer> l = index.get(t);
          if (l.isEmpty() || l.get(l.size() - 1) != rule) {
            l.add(rule);
          }
        });
      }
      this.rulesByTerm = new int[termCount][];
      for (int i = 0; i < termCount; i++) {
        rulesByTerm[i] = index.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
    }

    private static void addTerm(Trie.Builder f, Trie.Builder b, Trie.Builder in, String core, int id, boolean pre,
        boolean suf, boolean nynorsk) {
      if (pre && suf) {
        in.add(core, id, true);
      } else if (pre) {
        b.add(new StringBuilder(core).reverse(), id, true);
      } else {
        f.add(core, id, suf);
        if (nynorsk && suf && core.length() >= NYNORSK_A_MIN && core.charAt(core.length() - 1) == 'e') {
          f.add(core.substring(0, core.length() - 1) + "a", id, true);
        }
      }
    }

    /** Matches the tokens; {@code skipNames}: Norwegian street names ("Industriveien 12") are not words. */
    List<Firing> match(Tokens t, boolean skipNames) {
      MatchContext ctx = new MatchContext(t);
      char[] s = t.lower;
      IdBuffer found = new IdBuffer();
      if (t.size < MEMO_MIN_TOKENS) {
        // a short text repeats few words: the memo would cost more than it saves
        for (int i = 0; i < t.size; i++) {
          if (!skipNames || !t.name[i]) {
            found.size = 0;
            lookup(s, t.start[i], t.end[i], t.joined[i], found, skipNames);
            for (int k = 0; k < found.size; k++) {
              ctx.add(found.ids[k], i);
            }
          }
        }
        return evaluate(ctx);
      }
      TokenMemo memo = new TokenMemo(t.size);
      for (int i = 0; i < t.size; i++) {
        if (!skipNames || !t.name[i]) {
          int from = t.start[i];
          int to = t.end[i];
          boolean joined = t.joined[i];
          // the terms of a token depend only on its characters (and whether it is a joined compound): a word met
          // before in this text is not walked through the tries again
          int hash = TokenMemo.hash(s, from, to, joined);
          int[] ids = memo.find(s, from, to, joined, hash);
          if (ids == null) {
            found.size = 0;
            lookup(s, from, to, joined, found, skipNames);
            ids = found.toArray();
            memo.put(from, to, joined, hash, ids);
          }
          for (int id : ids) {
            ctx.add(id, i);
          }
        }
      }
      return evaluate(ctx);
    }

    /** Evaluates the rules whose terms occurred. */
    private List<Firing> evaluate(MatchContext ctx) {
      if (ctx.seenCount == 0) {
        return List.of();
      }
      boolean[] candidate = new boolean[rules.length];
      int[] order = new int[Math.min(rules.length, 64)];
      int n = 0;
      for (int k = 0; k < ctx.seenCount; k++) {
        for (int r : rulesByTerm[ctx.seen[k]]) {
          if (!candidate[r]) {
            candidate[r] = true;
            if (n == order.length) {
              order = Arrays.copyOf(order, Math.min(rules.length, n * 2));
            }
            order[n++] = r;
          }
        }
      }
      Arrays.sort(order, 0, n);
      List<Firing> out = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        RuleDef rule = rules[order[k]];
        List<Hit> hits = rule.expr().eval(ctx);
        if (!hits.isEmpty()) {
          List<Hit> distinct = distinct(hits);
          int occurrences = 0;
          int lastPos = -1;
          for (Hit h : distinct) {
            if (h.posStart() > lastPos) {
              occurrences++;
              lastPos = h.posEnd();
            }
          }
          out.add(new Firing(rule, distinct, occurrences));
        }
      }
      return out;
    }

    /** Sorts spans into text order and drops duplicates and spans inside another span. */
    private static List<Hit> distinct(List<Hit> hits) {
      List<Hit> sorted = new ArrayList<>(hits);
      sorted.sort((a, b) -> a.charStart() != b.charStart() ? Integer.compare(a.charStart(), b.charStart())
          : Integer.compare(b.charEnd(), a.charEnd()));
      List<Hit> out = new ArrayList<>(sorted.size());
      int coveredTo = -1;
      for (Hit h : sorted) {
        if (h.charEnd() > coveredTo) {
          out.add(h);
          coveredTo = h.charEnd();
        }
      }
      return List.copyOf(out);
    }

    /**
     * Reports the term ids that one token matches, in the order the tries meet them (the order in which
     * {@link MatchContext#add} then records them).
     */
    private void lookup(char[] s, int start, int end, boolean joined, IdBuffer out, boolean norwegian) {
      Trie last = walk(forward, s, start, end, 1, joined, out);
      if (last != null) {
        out.addAll(last.terminal);
      }
      if (hasBackward) {
        walk(backward, s, end - 1, start - 1, -1, joined, out);
        if (norwegian) {
          // a suffix term also reads the compound with an inflectional ending: "*avfall" in "hushaldsavfallet"
          for (String ending : NORWEGIAN_ENDINGS) {
            int stem = end - ending.length();
            if (stem - start >= MIN_INFLECTED_STEM && endsWith(s, start, end, ending)) {
              walk(backward, s, stem - 1, start - 1, -1, joined, out);
            }
          }
        }
      }
      if (hasInfix) {
        for (int from = start; from < end; from++) {
          walk(infix, s, from, end, 1, joined, out);
        }
      }
    }

    private static boolean endsWith(char[] s, int start, int end, String ending) {
      int n = ending.length();
      if (end - start < n) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        if (s[end - n + k] != ending.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Walks a trie over {@code s[from]} to {@code s[to - step]} (skipping hyphens of joined compounds), reporting
     * the open (wildcard) terms of every node reached; returns the last node, or {@code null} if the walk fell off.
     */
    private static Trie walk(Trie root, char[] s, int from, int to, int step, boolean joined, IdBuffer out) {
      Trie node = root;
      for (int k = from; k != to && node != null; k += step) {
        char c = s[k];
        if (joined && Tokens.isHyphen(c)) {
          continue;
        }
        node = node.child(c);
        if (node != null && node.open.length > 0) {
          out.addAll(node.open);
        }
      }
      return node;
    }
  }

  /** A growable list of term ids (the terms one token matched). */
  private static final class IdBuffer {
    private static final int[] NONE = new int[0];
    int[] ids = new int[16];
    int size;

    void addAll(int[] more) {
      int n = more.length;
      if (n == 0) {
        return;
      }
      if (size + n > ids.length) {
        ids = Arrays.copyOf(ids, Math.max(ids.length * 2, size + n));
      }
      System.arraycopy(more, 0, ids, size, n);
      size += n;
    }

    int[] toArray() {
      return size == 0 ? NONE : Arrays.copyOf(ids, size);
    }
  }

  /**
   * The term ids of the distinct tokens of one text, keyed by the token's characters and whether it is a joined
   * compound. Open addressing over one int array of four ints a slot (hash, start and end of the token's first
   * occurrence in the lowercased text with the joined flag in the sign bit, 1 + the index of its ids), so that a
   * probe reads one cache line.
   */
  private static final class TokenMemo {
    private static final int STRIDE = 4;
    private int[] table;
    private int mask;
    private int[][] values;
    private int count;

    TokenMemo(int tokens) {
      // most words of a long text repeat (2,374 distinct of 12,285 in the longest seed document): half the tokens'
      // count is room enough for most texts without growing
      int cap = Integer.highestOneBit(Math.max(16, Math.min(tokens / 2, 1 << 16))) * 2;
      table = new int[cap * STRIDE];
      mask = cap - 1;
      values = new int[Math.max(16, cap / 2)][];
    }

    static int hash(char[] s, int start, int end, boolean joined) {
      int h = joined ? 0x5bd1e995 : 0;
      for (int k = start; k < end; k++) {
        h = 31 * h + s[k];
      }
      return h ^ (h >>> 15);
    }

    /** The ids of the token {@code s[start, end)} whose {@link #hash} is {@code h}, or {@code null}. */
    int[] find(char[] s, int start, int end, boolean joined, int h) {
      int len = end - start;
      int endKey = joined ? end | Integer.MIN_VALUE : end;
      int[] t = table;
      for (int i = h & mask; ; i = (i + 1) & mask) {
        int at = i * STRIDE;
        int v = t[at + 3];
        if (v == 0) {
          return null;
        }
        if (t[at] == h && (t[at + 2] ^ endKey) >= 0 && (t[at + 2] & Integer.MAX_VALUE) - t[at + 1] == len
            && sameChars(s, t[at + 1], start, len)) {
          return values[v - 1];
        }
      }
    }

    private static boolean sameChars(char[] s, int a, int b, int len) {
      for (int k = 0; k < len; k++) {
        if (s[a + k] != s[b + k]) {
          return false;
        }
      }
      return true;
    }

    void put(int start, int end, boolean joined, int h, int[] ids) {
      if ((count + 1) * 2 > mask + 1) {
        grow();
      }
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count] = ids;
      count++;
      insert(table, mask, h, start, joined ? end | Integer.MIN_VALUE : end, count);
    }

    private static void insert(int[] t, int mask, int h, int start, int endKey, int value) {
      int i = h & mask;
      while (t[i * STRIDE + 3] != 0) {
        i = (i + 1) & mask;
      }
      int at = i * STRIDE;
      t[at] = h;
      t[at + 1] = start;
      t[at + 2] = endKey;
      t[at + 3] = value;
    }

    private void grow() {
      int[] old = table;
      int cap = (mask + 1) * 2;
      int[] t = new int[cap * STRIDE];
      for (int at = 0; at < old.length; at += STRIDE) {
        if (old[at + 3] != 0) {
          insert(t, cap - 1, old[at], old[at + 1], old[at + 2], old[at + 3]);
        }
      }
      table = t;
      mask = cap - 1;
    }
  }
}
