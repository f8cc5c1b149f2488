/** Statistics Norway's statbank: PxWebApi v2 and v1 clients behind one interface, query planning, rate limiting, retries and a disk cache. */
@NullMarked
package io.github.livskraft.kostra.pxweb;

import org.jspecify.annotations.NullMarked;
