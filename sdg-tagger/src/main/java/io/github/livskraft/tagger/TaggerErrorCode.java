package io.github.livskraft.tagger;

import io.github.livskraft.sdg.ErrorCode;
import io.github.livskraft.sdg.Language;
import java.util.Objects;

/**
 * Stable, searchable codes for every problem the tagger reports (a rule file that cannot be read or parsed, a
 * builder without rules); the texts are in the module's message bundle
 * ({@code /livskraft-messages/tagger_en|nb|nn.properties}) in English, bokmål and nynorsk. A code never changes
 * meaning once released; the wording may improve.
 */
@ErrorCode.Bundle("tagger")
public enum TaggerErrorCode implements ErrorCode {
  /** A rule file without an {@code @language} line. */
  NO_LANGUAGE("TAG-0001"),
  /** An indented line (a continuation) before any rule. */
  CONTINUATION_WITHOUT_RULE("TAG-0002"),
  /** A rule before the {@code @language} line. */
  RULE_BEFORE_LANGUAGE("TAG-0003"),
  /** A rule line without code, id and weight. */
  BAD_RULE_LINE("TAG-0004"),
  /** A rule's code is neither a goal nor a target code; argument: the code. */
  BAD_CODE("TAG-0005"),
  /** A rule id with characters other than letters, digits, '.', '_' or '-'; argument: the id. */
  BAD_RULE_ID("TAG-0006"),
  /** The rule id {@code explicit}, reserved for explicit references. */
  RESERVED_RULE_ID("TAG-0007"),
  /** A weight that is not a number in (0, 10]; argument: the weight as written. */
  BAD_WEIGHT("TAG-0008"),
  /** A second {@code @language} line. */
  SECOND_LANGUAGE("TAG-0009"),
  /** An {@code @language} other than en, nb or nn; argument: the value. */
  UNKNOWN_LANGUAGE("TAG-0010"),
  /** A malformed {@code @threshold}; argument: the value. */
  BAD_THRESHOLD("TAG-0011"),
  /** A second {@code @threshold} for the same goal in one file; argument: the goal. */
  DUPLICATE_THRESHOLD("TAG-0012"),
  /** {@code @corroborate} without goal numbers. */
  CORROBORATE_WITHOUT_GOALS("TAG-0013"),
  /** A goal number of {@code @corroborate} outside 1–17; argument: the value. */
  BAD_GOAL_NUMBER("TAG-0014"),
  /** {@code @version}, {@code @title}, {@code @licence} or {@code @source} without a value; argument: the directive. */
  DIRECTIVE_WITHOUT_VALUE("TAG-0015"),
  /** An unknown directive; argument: the directive. */
  UNKNOWN_DIRECTIVE("TAG-0016"),
  /** A rule without an expression; argument: the rule id. */
  EMPTY_EXPRESSION("TAG-0017"),
  /** A lower-case and/or/not/near; arguments: the word, the operator in capitals. */
  AMBIGUOUS_TERM("TAG-0018"),
  /** Something after a complete expression; arguments: the token as written, 0 for the end of the rule, else 1. */
  UNEXPECTED_TOKEN("TAG-0019"),
  /** NEAR/n with an AND or NOT expression as operand; argument: the operator as written. */
  NEAR_OPERANDS("TAG-0020"),
  /** An empty phrase {@code ""}. */
  EMPTY_PHRASE("TAG-0021"),
  /** Parentheses nested too deep; argument: the maximum depth. */
  NESTING_TOO_DEEP("TAG-0022"),
  /** A '(' without ')'; arguments: the column of '(', the token found, 0 for the end of the rule, else 1. */
  UNCLOSED_PARENTHESIS("TAG-0023"),
  /** No term, phrase or '(' where one was expected; arguments: the token found, 0 for the end of the rule, else 1. */
  EXPECTED_TERM("TAG-0024"),
  /** A character that terms cannot contain; arguments: the character, the term. */
  BAD_CHARACTER("TAG-0025"),
  /** An empty term (only '*'); argument: the term. */
  EMPTY_TERM("TAG-0026"),
  /** A wildcard stem shorter than three letters; argument: the term. */
  SHORT_WILDCARD("TAG-0027"),
  /** A '"' without a closing '"'. */
  UNCLOSED_PHRASE("TAG-0028"),
  /** NEAR without /n (1–99); argument: the operator as written. */
  BAD_NEAR("TAG-0029"),
  /** Two files of one language set different thresholds for a goal; arguments: goal, first, second. */
  CONFLICTING_THRESHOLD("TAG-0030"),
  /** A rule id used twice; arguments: the id, where it was first defined (file:line). */
  DUPLICATE_RULE_ID("TAG-0031"),
  /** A rule file with more characters than {@code SdgTagger.Builder#maxRuleFileChars}. */
  FILE_TOO_LONG("TAG-0032"),
  /** A line longer than {@code SdgTagger.Builder#maxRuleLineLength}. */
  LINE_TOO_LONG("TAG-0033"),
  /** A rule whose expression is longer than {@code SdgTagger.Builder#maxRuleExpressionLength}. */
  EXPRESSION_TOO_LONG("TAG-0034"),
  /** A rule file with more rules than {@code SdgTagger.Builder#maxRulesPerFile}. */
  TOO_MANY_RULES("TAG-0035"),
  /** A rule file with more terms than {@code SdgTagger.Builder#maxTermsPerFile}. */
  TOO_MANY_TERMS("TAG-0036"),
  /** A bundled rule file is missing from the jar; argument: its name. */
  BUNDLED_RULES_MISSING("TAG-0040"),
  /** A bundled rule file cannot be read; argument: its name. */
  BUNDLED_RULES_UNREADABLE("TAG-0041"),
  /** A rule file does not exist; argument: the path. */
  NO_SUCH_RULE_FILE("TAG-0042"),
  /** A rule file cannot be read; argument: the path. */
  RULE_FILE_UNREADABLE("TAG-0043"),
  /** Rules cannot be read from a reader; argument: the source name. */
  RULES_UNREADABLE("TAG-0044"),
  /** A tagger was built without rules. */
  NO_RULES("TAG-0045"),
  /** A relative threshold outside 0 to 1. Arguments: the value. */
  RELATIVE_THRESHOLD("TAG-0046"),
  /** A goal or target threshold that is not a positive number. Arguments: the value. */
  THRESHOLD("TAG-0047"),
  /** A rule-file limit below 1 ({@code SdgTagger.Builder#maxRuleFileChars} and the others). */
  RULE_FILE_LIMIT("TAG-0048"),
  /** A minimum confidence outside 0 to 1 ({@code SdgTagger.Builder#minConfidence}). Arguments: the value. */
  MIN_CONFIDENCE("TAG-0049");

  private final String code;

  TaggerErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code TAG-0024}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The bare message (without the code) in a language. Numbers stay plain digits (line and column numbers,
   * goals), never "1,250" or "1 250".
   *
   * @param language the reader's language
   * @param args the arguments of the message pattern
   * @return the message
   */
  public String text(Language language, Object... args) {
    Objects.requireNonNull(language, "language");
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof Number n && !(args[i] instanceof Integer && isChoice(i)) ? String.valueOf(n)
          : args[i];
    }
    return messages().format(code, language, plain);
  }

  /** Whether argument {@code i} selects a choice ("the end of the rule" or the token), so stays a number. */
  private boolean isChoice(int i) {
    return switch (this) {
      case UNEXPECTED_TOKEN, EXPECTED_TERM -> i == 1;
      case UNCLOSED_PARENTHESIS -> i == 2;
      default -> false;
    };
  }

  @Override
  public String format(Language language, Object... args) {
    return code + ": " + text(language, args);
  }
}
