/**
 * Internal: waiting driven by the connection's {@link java.time.Clock}. A clock that implements
 * {@link io.github.livskraft.kostra.internal.time.ManualClock} is advanced instead of blocking the thread, which is
 * how this module's own tests avoid real backoff pauses without any public test-only API.
 */
@NullMarked
package io.github.livskraft.kostra.internal.time;

import org.jspecify.annotations.NullMarked;
