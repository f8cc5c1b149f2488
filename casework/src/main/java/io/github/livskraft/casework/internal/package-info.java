/** Implementation of the casework module; not API. */
@NullMarked
package io.github.livskraft.casework.internal;

import org.jspecify.annotations.NullMarked;
