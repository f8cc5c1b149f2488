/** KLASS municipality and county codes: a client, a bundled snapshot, a registry with validity periods and change chains, and series harmonisation. */
@NullMarked
package io.github.livskraft.kostra.klass;

import org.jspecify.annotations.NullMarked;
