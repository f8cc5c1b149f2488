/** Text-to-SDG tagging: an explainable rule engine with bundled bokmål, nynorsk and English rule sets. */
@NullMarked
package io.github.livskraft.tagger;

import org.jspecify.annotations.NullMarked;
