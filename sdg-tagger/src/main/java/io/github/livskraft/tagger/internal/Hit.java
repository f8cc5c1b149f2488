package io.github.livskraft.tagger.internal;

/**
 * One matched span: word positions (inclusive) and character offsets into the text (start inclusive, end
 * exclusive).
 *
 * @param posStart first word position
 * @param posEnd last word position
 * @param charStart start offset
 * @param charEnd end offset
 */
public record Hit(int posStart, int posEnd, int charStart, int charEnd) {}
