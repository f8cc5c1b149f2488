package io.github.livskraft.tagger.internal;

/**
 * The limits of one rule file, checked while it is read, before what is over them is kept. Each is at least 1
 * ({@code SdgTagger.Builder} checks them).
 *
 * @param maxChars characters in the file
 * @param maxLineLength characters in one line
 * @param maxExpressionLength characters in one rule's expression (all its lines)
 * @param maxRules rules in the file
 * @param maxTerms terms and phrase words in the file
 */
public record RuleFileLimits(int maxChars, int maxLineLength, int maxExpressionLength, int maxRules, int maxTerms) {}
