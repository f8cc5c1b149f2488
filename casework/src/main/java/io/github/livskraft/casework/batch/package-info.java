/** Batch assessment of many cases: tidy CSV/JSON (one row per case × goal) and the årsrapport summary. */
@NullMarked
package io.github.livskraft.casework.batch;

import org.jspecify.annotations.NullMarked;
