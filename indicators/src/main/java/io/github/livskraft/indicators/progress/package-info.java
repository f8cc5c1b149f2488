/** Progress to target: the Statistics Canada / Open SDG method and SDSN trend arrows. */
@NullMarked
package io.github.livskraft.indicators.progress;

import org.jspecify.annotations.NullMarked;
