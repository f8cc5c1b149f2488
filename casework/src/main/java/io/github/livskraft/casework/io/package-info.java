/** Output and exchange formats of an assessment: the Bærekraftsvurdering section (text, HTML, Markdown in nb/nn/en), JSON with its JSON Schema, and Fiks Arkiv arkivmelding (Noark 5) with XSD validation and read-back. */
@NullMarked
package io.github.livskraft.casework.io;

import org.jspecify.annotations.NullMarked;
