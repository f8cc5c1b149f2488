/** Statistics Norway access: PxWebApi v1/v2 clients, a JSON-stat 2.0 reader and KLASS municipality codes. */
@NullMarked
package io.github.livskraft.kostra;

import org.jspecify.annotations.NullMarked;
