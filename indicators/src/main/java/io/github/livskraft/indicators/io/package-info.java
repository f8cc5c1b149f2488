/** Reading tidy CSV series files and writing results as JSON and tidy CSV. */
@NullMarked
package io.github.livskraft.indicators.io;

import org.jspecify.annotations.NullMarked;
