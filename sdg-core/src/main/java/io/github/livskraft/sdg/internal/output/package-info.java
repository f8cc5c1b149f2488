/**
 * Not API. Safe output shared by the Livskraft modules (qualified exports only): CSV cells that cannot start a
 * spreadsheet formula and text that cannot drive a terminal. One rule, one place (issue 17).
 */
@NullMarked
package io.github.livskraft.sdg.internal.output;

import org.jspecify.annotations.NullMarked;
