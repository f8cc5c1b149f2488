/** Runnable examples; each class has a {@code main} and is listed in the README with the command that runs it. */
package io.github.livskraft.examples;
