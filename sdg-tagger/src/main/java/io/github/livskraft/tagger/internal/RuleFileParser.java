package io.github.livskraft.tagger.internal;

import io.github.livskraft.tagger.TaggerErrorCode;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgException;
import io.github.livskraft.sdg.TargetCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Parses the rule language (see {@code docs/tagging.md}). One rule per line, continued on indented lines:
 *
 * <pre>
 * &#64;language nb
 * # code  id              weight  expression
 * 13      nb.13.klima     1.0     klimaendring* OR klimagass* OR "reduksjon av utslipp"
 * 13.2    nb.13.2.plan    1.0     (klimaplan* OR klimastrategi*)
 *                                 AND (kommun* OR tiltak*)
 * </pre>
 *
 * <p>Strict: every problem is a {@link RuleParseError} with file, line and column. Parentheses nest at most
 * {@value #MAX_NESTING} levels deep (the parser is recursive; deeper input would overflow the stack). The file is
 * read a character at a time against its {@link RuleFileLimits}: a line, an expression, the file, the rules and the
 * terms are refused at the first character, rule or term over their limit, before it is kept.
 */
final class RuleFileParser {
  /** How deep parentheses may nest in one expression. */
  static final int MAX_NESTING = 64;

  private final String source;
  private final BiFunction<Language, String, Integer> interner;
  private final RuleFileLimits limits;
  private int terms;
  private final List<RuleDef> rules = new ArrayList<>();
  private final java.util.Map<GoalCode, Double> thresholds = new java.util.TreeMap<>();
  private final java.util.Set<GoalCode> corroborate = new java.util.TreeSet<>();
  private @Nullable Language language;

  // the rule being collected
  private int ruleLine;
  private @Nullable String ruleId;
  private @Nullable GoalCode ruleGoal;
  private @Nullable TargetCode ruleTarget;
  private double ruleWeight;
  private final StringBuilder expr = new StringBuilder();
  private final List<int[]> exprPos = new ArrayList<>();

  private RuleFileParser(String source, BiFunction<Language, String, Integer> interner, RuleFileLimits limits) {
    this.source = source;
    this.interner = interner;
    this.limits = limits;
  }

  /**
   * Parses one rule file.
   *
   * @param reader the text
   * @param source the name used in error messages
   * @param interner gives the id of a normalised term pattern in a language's dictionary
   * @param limits the limits of the file
   * @return the rules in file order
   */
  static ParsedFile parse(Reader reader, String source, BiFunction<Language, String, Integer> interner,
      RuleFileLimits limits) throws IOException {
    RuleFileParser p = new RuleFileParser(source, interner, limits);
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    StringBuilder line = new StringBuilder();
    int no = 1;
    long chars = 0;
    boolean pendingLine = false;
    boolean afterCr = false;
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (++chars > limits.maxChars()) {
        throw p.error(no, line.length() + 1, TaggerErrorCode.FILE_TOO_LONG, limits.maxChars());
      }
      if (c == '\n' && afterCr) {
        afterCr = false;
        continue; // the second half of CR LF
      }
      afterCr = c == '\r';
      if (c == '\n' || c == '\r') {
        p.line(line.toString(), no);
        line.setLength(0);
        no++;
        pendingLine = false;
        continue;
      }
      if (line.length() >= limits.maxLineLength()) {
        throw p.error(no, line.length() + 1, TaggerErrorCode.LINE_TOO_LONG, limits.maxLineLength());
      }
      if (!(no == 1 && line.length() == 0 && c == '\uFEFF' && !pendingLine)) {
        line.append((char) c);
      }
      pendingLine = true;
    }
    if (pendingLine) {
      p.line(line.toString(), no);
    } else {
      no--;
    }
    p.finishRule();
    if (p.language == null) {
      throw p.error(Math.max(no, 1), 1, TaggerErrorCode.NO_LANGUAGE);
    }
    return new ParsedFile(p.language, p.rules, p.thresholds, p.corroborate);
  }

  /**
   * One parsed rule file.
   *
   * @param language the file's language
   * @param rules the rules in file order
   * @param thresholds per-goal score thresholds ({@code @threshold goal value})
   * @param corroborate goals that need corroborating evidence ({@code @corroborate goal...})
   */
  record ParsedFile(Language language, List<RuleDef> rules, java.util.Map<GoalCode, Double> thresholds,
      java.util.Set<GoalCode> corroborate) {}

  private void line(String line, int no) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return;
    }
    if (Character.isWhitespace(line.charAt(0))) {
      if (ruleId == null) {
        throw error(no, 1, TaggerErrorCode.CONTINUATION_WITHOUT_RULE);
      }
      appendExpr(line, 0, no);
      return;
    }
    finishRule();
    if (line.charAt(0) == '@') {
      directive(line, no);
      return;
    }
    if (language == null) {
      throw error(no, 1, TaggerErrorCode.RULE_BEFORE_LANGUAGE);
    }
    int[] f = new int[6];
    int pos = 0;
    for (int k = 0; k < 3; k++) {
      while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
        pos++;
      }
      int s = pos;
      while (pos < line.length() && !Character.isWhitespace(line.charAt(pos))) {
        pos++;
      }
      if (s == pos) {
        throw error(no, s + 1, TaggerErrorCode.BAD_RULE_LINE);
      }
      f[2 * k] = s;
      f[2 * k + 1] = pos;
    }
    String code = line.substring(f[0], f[1]);
    try {
      if (code.indexOf('.') >= 0) {
        ruleTarget = TargetCode.parse(code);
        ruleGoal = ruleTarget.goal();
      } else {
        ruleTarget = null;
        ruleGoal = GoalCode.parse(code);
      }
    } catch (SdgException e) {
      throw error(no, f[0] + 1, TaggerErrorCode.BAD_CODE, code);
    }
    String id = line.substring(f[2], f[3]);
    if (!id.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*")) {
      throw error(no, f[2] + 1, TaggerErrorCode.BAD_RULE_ID, id);
    }
    if (id.equals("explicit")) {
      throw error(no, f[2] + 1, TaggerErrorCode.RESERVED_RULE_ID);
    }
    String w = line.substring(f[4], f[5]);
    double weight;
    try {
      weight = Double.parseDouble(w);
    } catch (NumberFormatException e) {
      weight = Double.NaN;
    }
    if (!(weight > 0 && weight <= 10) || !w.matches("[0-9]+(\\.[0-9]+)?")) {
      throw error(no, f[4] + 1, TaggerErrorCode.BAD_WEIGHT, w);
    }
    ruleId = id;
    ruleWeight = weight;
    ruleLine = no;
    appendExpr(line, f[5], no);
  }

  private void directive(String line, int no) {
    String[] parts = line.strip().split("\\s+", 2);
    String value = parts.length > 1 ? parts[1].strip() : "";
    switch (parts[0]) {
      case "@language" -> {
        if (language != null) {
          throw error(no, 1, TaggerErrorCode.SECOND_LANGUAGE);
        }
        language = switch (value) {
          case "en" -> Language.EN;
          case "nb" -> Language.NB;
          case "nn" -> Language.NN;
          default -> throw error(no, line.indexOf(value) + 1, TaggerErrorCode.UNKNOWN_LANGUAGE, value);
        };
      }
      case "@threshold" -> {
        String[] kv = value.split("\\s+");
        GoalCode goal = kv.length == 2 ? goalOrNull(kv[0]) : null;
        double t = kv.length == 2 && kv[1].matches("[0-9]+(\\.[0-9]+)?") ? Double.parseDouble(kv[1]) : Double.NaN;
        if (goal == null || !(t > 0 && t <= 10)) {
          throw error(no, parts[0].length() + 2, TaggerErrorCode.BAD_THRESHOLD, value);
        }
        if (thresholds.put(goal, t) != null) {
          throw error(no, 1, TaggerErrorCode.DUPLICATE_THRESHOLD, goal.toString());
        }
      }
      case "@corroborate" -> {
        if (value.isEmpty()) {
          throw error(no, parts[0].length() + 1, TaggerErrorCode.CORROBORATE_WITHOUT_GOALS);
        }
        for (String g : value.split("\\s+")) {
          GoalCode goal = goalOrNull(g);
          if (goal == null) {
            throw error(no, line.indexOf(g, parts[0].length()) + 1, TaggerErrorCode.BAD_GOAL_NUMBER, g);
          }
          corroborate.add(goal);
        }
      }
      case "@version", "@title", "@licence", "@source" -> {
        if (value.isEmpty()) {
          throw error(no, parts[0].length() + 1, TaggerErrorCode.DIRECTIVE_WITHOUT_VALUE, parts[0]);
        }
      }
      default -> throw error(no, 1, TaggerErrorCode.UNKNOWN_DIRECTIVE, parts[0]);
    }
  }

  private static @Nullable GoalCode goalOrNull(String s) {
    if (!s.matches("[0-9]{1,2}")) {
      return null;
    }
    try {
      return GoalCode.parse(s);
    } catch (SdgException e) {
      return null;
    }
  }

  private void appendExpr(String line, int from, int no) {
    int add = (expr.length() > 0 ? 1 : 0) + line.length() - from;
    if ((long) expr.length() + add > limits.maxExpressionLength()) {
      throw error(no, from + 1 + Math.max(0, limits.maxExpressionLength() - expr.length() - 1),
          TaggerErrorCode.EXPRESSION_TOO_LONG, ruleId, limits.maxExpressionLength());
    }
    if (expr.length() > 0) {
      expr.append(' ');
      exprPos.add(new int[] {no, line.length() + 1});
    }
    for (int i = from; i < line.length(); i++) {
      expr.append(line.charAt(i));
      exprPos.add(new int[] {no, i + 1});
    }
  }

  private void finishRule() {
    if (ruleId == null) {
      return;
    }
    String text = expr.toString().strip();
    if (text.isEmpty()) {
      throw error(ruleLine, 1, TaggerErrorCode.EMPTY_EXPRESSION, ruleId);
    }
    if (rules.size() >= limits.maxRules()) {
      throw error(ruleLine, 1, TaggerErrorCode.TOO_MANY_RULES, limits.maxRules());
    }
    ExprParser ep = new ExprParser();
    Expr e = ep.parse();
    rules.add(new RuleDef(ruleId, ruleGoal, ruleTarget, language, ruleWeight, text, source, ruleLine, e));
    ruleId = null;
    expr.setLength(0);
    exprPos.clear();
  }

  RuleParseError error(int line, int column, TaggerErrorCode code, Object... args) {
    return new RuleParseError(source, line, column, code, args);
  }

  private RuleParseError errorAt(int offset, TaggerErrorCode code, Object... args) {
    int[] p = offset < exprPos.size() ? exprPos.get(offset)
        : exprPos.isEmpty() ? new int[] {ruleLine, 1} : new int[] {exprPos.get(exprPos.size() - 1)[0],
            exprPos.get(exprPos.size() - 1)[1] + 1};
    return error(p[0], p[1], code, args);
  }

  private enum Kind { TERM, PHRASE, LPAREN, RPAREN, AND, OR, NOT, NEAR, END }

  private record Tok(Kind kind, String text, int offset, int near) {}

  /** Recursive-descent parser over the current rule's expression text. */
  private final class ExprParser {
    private final String s = expr.toString();
    private int pos;
    private Tok tok;
    private int depth;

    Expr parse() {
      next();
      Expr e = orExpr();
      if (tok.kind == Kind.TERM && tok.text.matches("(?i)and|or|not|near(/.*)?")) {
        String op = tok.text.toUpperCase(Locale.ROOT);
        throw errorAt(tok.offset, TaggerErrorCode.AMBIGUOUS_TERM, tok.text, op);
      }
      if (tok.kind != Kind.END) {
        throw errorAt(tok.offset, TaggerErrorCode.UNEXPECTED_TOKEN, show(tok), ended(tok));
      }
      return e;
    }

    private Expr orExpr() {
      List<Expr> parts = new ArrayList<>();
      parts.add(andExpr());
      while (tok.kind == Kind.OR) {
        next();
        parts.add(andExpr());
      }
      return parts.size() == 1 ? parts.get(0) : new Expr.Or(List.copyOf(parts));
    }

    private Expr andExpr() {
      Expr cur = nearExpr();
      List<Expr> ands = new ArrayList<>();
      ands.add(cur);
      while (tok.kind == Kind.AND || tok.kind == Kind.NOT) {
        boolean not = tok.kind == Kind.NOT;
        next();
        Expr rhs = nearExpr();
        if (not) {
          Expr left = ands.size() == 1 ? ands.get(0) : new Expr.And(List.copyOf(ands));
          ands.clear();
          ands.add(new Expr.Not(left, rhs));
        } else {
          ands.add(rhs);
        }
      }
      return ands.size() == 1 ? ands.get(0) : new Expr.And(List.copyOf(ands));
    }

    private Expr nearExpr() {
      int leftAt = tok.offset;
      Expr left = primary();
      while (tok.kind == Kind.NEAR) {
        Tok op = tok;
        next();
        int rightAt = tok.offset;
        Expr right = primary();
        if (!left.spanning() || !right.spanning()) {
          throw errorAt(left.spanning() ? rightAt : leftAt, TaggerErrorCode.NEAR_OPERANDS, op.text);
        }
        left = new Expr.Near(left, right, op.near);
      }
      return left;
    }

    private Expr primary() {
      Tok t = tok;
      switch (t.kind) {
        case TERM -> {
          next();
          countTerm(t.offset);
          String pattern = normaliseTerm(t.text, t.offset, true);
          return new Expr.Term(interner.apply(language, pattern), pattern);
        }
        case PHRASE -> {
          next();
          String[] words = t.text.strip().split("[\\s/'\u2019,;:!?]+");
          if (t.text.isBlank()) {
            throw errorAt(t.offset, TaggerErrorCode.EMPTY_PHRASE);
          }
          int[] ids = new int[words.length];
          StringBuilder norm = new StringBuilder();
          for (int k = 0; k < words.length; k++) {
            countTerm(t.offset);
            String p = normaliseTerm(words[k], t.offset + 1 + t.text.indexOf(words[k]), false);
            ids[k] = interner.apply(language, p);
            norm.append(k == 0 ? "" : " ").append(p);
          }
          if (ids.length == 1) {
            return new Expr.Term(ids[0], norm.toString());
          }
          return new Expr.Phrase(ids, norm.toString());
        }
        case LPAREN -> {
          if (++depth > MAX_NESTING) {
            throw errorAt(t.offset, TaggerErrorCode.NESTING_TOO_DEEP, MAX_NESTING);
          }
          next();
          Expr e = orExpr();
          depth--;
          if (tok.kind != Kind.RPAREN) {
            throw errorAt(tok.offset, TaggerErrorCode.UNCLOSED_PARENTHESIS, exprPos.get(t.offset)[1], show(tok),
                ended(tok));
          }
          next();
          return e;
        }
        default -> throw errorAt(t.offset, TaggerErrorCode.EXPECTED_TERM, show(t), ended(t));
      }
    }

    private void countTerm(int offset) {
      if (++terms > limits.maxTerms()) {
        throw errorAt(offset, TaggerErrorCode.TOO_MANY_TERMS, limits.maxTerms());
      }
    }

    /** The token as written, quoted ("" for the end of the rule). */
    private String show(Tok t) {
      return t.kind == Kind.END ? "" : t.kind == Kind.PHRASE ? "\"" + t.text + "\"" : "'" + t.text + "'";
    }

    /** The choice argument of the messages: 0 at the end of the rule, else 1. */
    private int ended(Tok t) {
      return t.kind == Kind.END ? 0 : 1;
    }

    private String normaliseTerm(String raw, int offset, boolean bare) {
      StringBuilder core = new StringBuilder(raw.length());
      boolean pre = raw.startsWith("*");
      boolean suf = raw.endsWith("*") && raw.length() > 1;
      String body = raw.substring(pre ? 1 : 0, suf ? raw.length() - 1 : raw.length());
      if (!suf && body.length() > 1 && Tokens.isHyphen(body.charAt(body.length() - 1))) {
        body = body.substring(0, body.length() - 1); // suspended compound "klima- og energiplan": the text has "klima"
      }
      for (int i = 0; i < body.length(); i++) {
        char c = Tokens.fold(body.charAt(i));
        if (Tokens.isHyphen(c) && i > 0 && i < body.length() - 1) {
          continue; // e-bil matches the joined token "ebil"
        }
        boolean numSep = (c == '.' || c == ',') && i > 0 && i < body.length() - 1
            && Character.isDigit(body.charAt(i - 1)) && Character.isDigit(body.charAt(i + 1));
        if (!Tokens.isWord(c) && !numSep && !(c == '%' && body.length() == 1)) {
          throw errorAt(offset + i + (pre ? 1 : 0), TaggerErrorCode.BAD_CHARACTER, String.valueOf(body.charAt(i)),
              raw);
        }
        core.append(c);
      }
      if (core.length() == 0) {
        throw errorAt(offset, TaggerErrorCode.EMPTY_TERM, raw);
      }
      if ((pre || suf) && core.codePointCount(0, core.length()) < 3) {
        throw errorAt(offset, TaggerErrorCode.SHORT_WILDCARD, raw);
      }
      String lower = core.toString();
      if (bare && !pre && !suf && (lower.equals("and") || lower.equals("or") || lower.equals("not"))
          && !raw.equals(raw.toUpperCase(Locale.ROOT))) {
        throw errorAt(offset, TaggerErrorCode.AMBIGUOUS_TERM, raw, lower.toUpperCase(Locale.ROOT));
      }
      return (pre ? "*" : "") + lower + (suf ? "*" : "");
    }

    private void next() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= s.length()) {
        tok = new Tok(Kind.END, "", s.length(), 0);
        return;
      }
      int start = pos;
      char c = s.charAt(pos);
      if (c == '(' || c == ')') {
        pos++;
        tok = new Tok(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), start, 0);
        return;
      }
      if (c == '"') {
        int close = s.indexOf('"', pos + 1);
        if (close < 0) {
          throw errorAt(start, TaggerErrorCode.UNCLOSED_PHRASE);
        }
        pos = close + 1;
        tok = new Tok(Kind.PHRASE, s.substring(start + 1, close), start, 0);
        return;
      }
      while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && "()\"".indexOf(s.charAt(pos)) < 0) {
        pos++;
      }
      String w = s.substring(start, pos);
      switch (w) {
        case "AND" -> tok = new Tok(Kind.AND, w, start, 0);
        case "OR" -> tok = new Tok(Kind.OR, w, start, 0);
        case "NOT" -> tok = new Tok(Kind.NOT, w, start, 0);
        default -> {
          if (w.startsWith("NEAR")) {
            if (!w.matches("NEAR/[1-9][0-9]?")) {
              throw errorAt(start, TaggerErrorCode.BAD_NEAR, w);
            }
            tok = new Tok(Kind.NEAR, w, start, Integer.parseInt(w.substring(5)));
          } else {
            tok = new Tok(Kind.TERM, w, start, 0);
          }
        }
      }
    }
  }
}
