/** Regions of Norwegian statistics: municipality (kommune) and county (fylke) codes. */
@NullMarked
package io.github.livskraft.municipalities;

import org.jspecify.annotations.NullMarked;
