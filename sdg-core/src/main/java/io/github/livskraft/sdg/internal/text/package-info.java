/**
 * Not API. Text helpers shared by the Livskraft modules (qualified exports only): the "did you mean" suggestions
 * for a misspelt name, one rule in one place.
 */
@NullMarked
package io.github.livskraft.sdg.internal.text;

import org.jspecify.annotations.NullMarked;
