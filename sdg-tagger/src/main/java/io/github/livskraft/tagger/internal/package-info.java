/** Implementation of the text-to-SDG rule engine: tokenizer, rule parser and compiled matcher. Not API. */
@NullMarked
package io.github.livskraft.tagger.internal;

import org.jspecify.annotations.NullMarked;
