/** Implementation details of the report module; exported only to the CLI. Not API. */
@NullMarked
package io.github.livskraft.report.internal;

import org.jspecify.annotations.NullMarked;
