/** CSV reading shared by the CLI's commands (not exported: the CLI module exports nothing). */
package io.github.livskraft.cli.csv;
