/** JSON-stat 2.0: a streaming reader into a compact cube, strict checks, tidy export and writing. */
@NullMarked
package io.github.livskraft.jsonstat;

import org.jspecify.annotations.NullMarked;
