/** Implementation of the HTTP service: routes, limits, problem bodies, JSON views. Not API. */
@NullMarked
package io.github.livskraft.server.internal;

import org.jspecify.annotations.NullMarked;
