package io.github.livskraft.tagger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** A compiled rule expression. Evaluates to the spans it matched; an empty list means "no match". */
public sealed interface Expr {
  /** Maximum number of spans one node keeps (bounds the work on very repetitive texts). */
  int MAX_HITS = 64;

  /** Evaluates the expression against the term occurrences of one text. */
  List<Hit> eval(MatchContext ctx);

  /** Reports the ids of the terms whose occurrence can make this expression match (not those under NOT). */
  void positiveTerms(IntConsumer sink);

  /** Whether this node yields word spans that NEAR can measure (terms, phrases, OR of such, NEAR). */
  boolean spanning();

  /** A single term (word with optional wildcards). */
  record Term(int id, String pattern) implements Expr {
    @Override
    public List<Hit> eval(MatchContext ctx) {
      return ctx.hits(id);
    }

    @Override
    public void positiveTerms(IntConsumer sink) {
      sink.accept(id);
    }

    @Override
    public boolean spanning() {
      return true;
    }
  }

  /** Consecutive words. */
  record Phrase(int[] ids, String text) implements Expr {
    @Override
    public List<Hit> eval(MatchContext ctx) {
      return ctx.phrase(ids, MAX_HITS);
    }

    @Override
    public void positiveTerms(IntConsumer sink) {
      sink.accept(ids[0]);
    }

    @Override
    public boolean spanning() {
      return true;
    }
  }

  /** Any of the parts. */
  record Or(List<Expr> parts) implements Expr {
    @Override
    public List<Hit> eval(MatchContext ctx) {
      return collect(parts, ctx, false);
    }

    @Override
    public void positiveTerms(IntConsumer sink) {
      parts.forEach(p -> p.positiveTerms(sink));
    }

    @Override
    public boolean spanning() {
      return parts.stream().allMatch(Expr::spanning);
    }
  }

  /** All of the parts. */
  record And(List<Expr> parts) implements Expr {
    @Override
    public List<Hit> eval(MatchContext ctx) {
      return collect(parts, ctx, true);
    }

    @Override
    public void positiveTerms(IntConsumer sink) {
      // every part must match: indexing the first part's terms is enough to find all candidates
      parts.get(0).positiveTerms(sink);
    }

    @Override
    public boolean spanning() {
      return false;
    }
  }

  /** {@code positive NOT negative}: the positive part, unless the negative part matches anywhere. */
  record Not(Expr positive, Expr negative) implements Expr {
    @Override
    public List<Hit> eval(MatchContext ctx) {
      List<Hit> h = positive.eval(ctx);
      if (h.isEmpty() || !negative.eval(ctx).isEmpty()) {
        return List.of();
      }
      return h;
    }

    @Override
    public void positiveTerms(IntConsumer sink) {
      positive.positiveTerms(sink);
    }

    @Override
    public boolean spanning() {
      return false;
    }
  }

  /** Both sides, in either order, with at most {@code distance} other words between them. */
  record Near(Expr left, Expr right, int distance) implements Expr {
    @Override
    public List<Hit> eval(MatchContext ctx) {
      List<Hit> a = left.eval(ctx);
      if (a.isEmpty()) {
        return a;
      }
      List<Hit> b = right.eval(ctx);
      if (b.isEmpty()) {
        return b;
      }
      List<Hit> out = new ArrayList<>(4);
      for (Hit x : a) {
        for (Hit y : b) {
          int between = Math.max(y.posStart() - x.posEnd(), x.posStart() - y.posEnd()) - 1;
          if (between <= distance && !overlaps(x, y)) {
            out.add(x);
            out.add(y);
            if (out.size() >= MAX_HITS) {
              return out;
            }
          }
        }
      }
      return out;
    }

    private static boolean overlaps(Hit x, Hit y) {
      return x.charStart() < y.charEnd() && y.charStart() < x.charEnd();
    }

    @Override
    public void positiveTerms(IntConsumer sink) {
      left.positiveTerms(sink);
    }

    @Override
    public boolean spanning() {
      return true;
    }
  }

  /** The spans of the parts that matched; with {@code all}, empty unless every part matched. */
  private static List<Hit> collect(List<Expr> parts, MatchContext ctx, boolean all) {
    List<Hit> out = null;
    for (Expr p : parts) {
      List<Hit> h = p.eval(ctx);
      if (h.isEmpty()) {
        if (all) {
          return List.of();
        }
      } else if (out == null) {
        out = new ArrayList<>(h);
      } else if (out.size() < MAX_HITS) {
        out.addAll(h);
      }
    }
    return out == null ? List.of() : out;
  }
}
