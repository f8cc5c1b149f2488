/**
 * SDG link suggestions from element text, made by the rule-based tagger ({@code plan.tagging}): every suggestion
 * says which rules fired on which words, and nothing is added to a plan unless a person accepts it.
 */
@NullMarked
package io.github.livskraft.plan.suggest;

import org.jspecify.annotations.NullMarked;
