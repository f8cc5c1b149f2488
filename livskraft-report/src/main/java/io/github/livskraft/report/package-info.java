/**
 * {@code livskraft report}: builds the SDG report for a region's plans from bundled real statistics (SSB,
 * Miljødirektoratet) and renders it as one self-contained HTML file, JSON and tidy CSV files.
 *
 * <p>Application code of the CLI, not a published API.
 */
@NullMarked
package io.github.livskraft.report;

import org.jspecify.annotations.NullMarked;
