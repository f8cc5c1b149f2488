/**
 * The Livskraft HTTP service: {@link io.github.livskraft.server.LivskraftServer} starts it with a
 * {@link io.github.livskraft.server.ServerConfig}. The API is described by the OpenAPI 3.1 document served at
 * {@code /openapi.yaml}; {@code docs/server.md} has curl examples.
 */
@NullMarked
package io.github.livskraft.server;

import org.jspecify.annotations.NullMarked;
