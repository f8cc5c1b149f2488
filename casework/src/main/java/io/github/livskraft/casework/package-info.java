/** Bærekraftsvurdering i saksframlegg: intake of a saksframlegg, its SDG assessment (explicit references, tagged goals with evidence, suggested impact), the officer's confirm/reject cycle and the golden thread to the municipality's plans. */
@NullMarked
package io.github.livskraft.casework;

import org.jspecify.annotations.NullMarked;
