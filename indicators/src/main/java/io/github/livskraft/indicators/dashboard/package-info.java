/** SDSN-style normalisation, goal scores, colour ratings (two-worst rule) and a U4SSC-like banding preset. */
@NullMarked
package io.github.livskraft.indicators.dashboard;

import org.jspecify.annotations.NullMarked;
