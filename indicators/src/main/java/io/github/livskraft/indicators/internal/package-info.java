/** Implementation details; not API. */
@NullMarked
package io.github.livskraft.indicators.internal;

import org.jspecify.annotations.NullMarked;
