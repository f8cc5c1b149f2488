/** Status-aware calculators: per capita, shares, ratios, growth, CAGR, indices, moving averages, UN 11.3.1 and regional aggregation. */
@NullMarked
package io.github.livskraft.indicators.calc;

import org.jspecify.annotations.NullMarked;
