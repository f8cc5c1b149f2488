/** Municipal SDG indicators: definitions, series, calculators, progress to target and dashboards. */
@NullMarked
package io.github.livskraft.indicators;

import org.jspecify.annotations.NullMarked;
