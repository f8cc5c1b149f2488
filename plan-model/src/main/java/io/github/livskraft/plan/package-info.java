/** The Norwegian municipal plan system as validated, typed data with SDG links, coherence and coverage rules. */
@NullMarked
package io.github.livskraft.plan;

import org.jspecify.annotations.NullMarked;
