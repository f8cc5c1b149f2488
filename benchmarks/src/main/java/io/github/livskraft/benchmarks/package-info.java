/** JMH benchmarks for Livskraft (not published). Run {@code benchmarks/run.sh} to print the tables. */
package io.github.livskraft.benchmarks;
