/**
 * File helpers shared by the Livskraft modules through qualified exports (never copied): atomic writes. Not API.
 */
@NullMarked
package io.github.livskraft.sdg.internal.io;

import org.jspecify.annotations.NullMarked;
