/** Internal: the disk cache of SSB responses. */
@NullMarked
package io.github.livskraft.kostra.internal.cache;

import org.jspecify.annotations.NullMarked;
