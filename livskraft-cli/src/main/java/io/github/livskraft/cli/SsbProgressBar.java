package io.github.livskraft.cli;

import io.github.livskraft.kostra.pxweb.ProgressListener;
import io.github.livskraft.kostra.pxweb.QueryPlan;
import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr for multi-part statbank downloads; silent for single requests. */
final class SsbProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private boolean active;

  SsbProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void planned(QueryPlan plan) {
    active = plan.isSplit();
    if (active) {
      err.printf(Locale.ROOT, "%,d cells, split into %d requests (SSB allows 800,000 cells per request)%n",
          plan.cells(), plan.parts().size());
      err.flush();
    }
  }

  @Override
  public void partDone(int done, int total, long cells, Source source) {
    if (!active) {
      return;
    }
    int filled = (int) Math.round(WIDTH * (double) done / total);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
        + (source == Source.NETWORK ? "" : " (" + source.name().toLowerCase(Locale.ROOT) + ")"));
    if (done == total) {
      err.println();
    }
    err.flush();
  }
}
