/** Implementation of the text-to-SDG rule engine: tokenizer, rule parser and compiled matcher. Not API. */
@NullMarked
package io.github.livskraft.plan.tagging.internal;

import org.jspecify.annotations.NullMarked;
