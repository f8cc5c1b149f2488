/**
 * Implementation details of the SDG catalogue: a strict CSV reader, Norwegian-aware text folding and the search
 * index. Not exported; nothing here is API, and nothing here depends on the API package.
 */
@NullMarked
package io.github.livskraft.sdg.internal;

import org.jspecify.annotations.NullMarked;
