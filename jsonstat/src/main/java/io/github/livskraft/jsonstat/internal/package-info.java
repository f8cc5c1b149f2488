/** Implementation details of the JSON-stat reader (not exported): number parsing, paths, compact status storage. */
@NullMarked
package io.github.livskraft.jsonstat.internal;

import org.jspecify.annotations.NullMarked;
