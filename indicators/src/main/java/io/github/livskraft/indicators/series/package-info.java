/** Time series of statistics per region and period, with SSB status symbols and provenance. */
@NullMarked
package io.github.livskraft.indicators.series;

import org.jspecify.annotations.NullMarked;
