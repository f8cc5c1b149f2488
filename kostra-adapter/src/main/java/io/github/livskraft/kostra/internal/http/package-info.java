/** Internal: the HTTP exchange shared by the statbank and KLASS clients (rate limiting, retries, time-outs). */
@NullMarked
package io.github.livskraft.kostra.internal.http;

import org.jspecify.annotations.NullMarked;
