/** Implementation of the municipalities module (bundled data readers); exported only to sibling modules. */
@NullMarked
package io.github.livskraft.municipalities.internal;

import org.jspecify.annotations.NullMarked;
