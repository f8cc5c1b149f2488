#!/usr/bin/env python3
"""Cross-validates a suggestion filter for the Norwegian tagger (issue 13; candidate F of realtest-13.md, not built).

The filter would judge each Norwegian rule suggestion that is not explicit from the rules' own evidence and the
sentence -- evidence level, goal, score, rank among the text's goals, how many words and rules carry it, whether the
matched words stand after a place/direction preposition or inside a name, whether the sentence is procedural, and
the shipped text model's probability for the goal -- with one L2-regularised logistic regression (C below), and
hold back suggestions whose probability of being accepted is below a threshold.

Data: the real-derived batches measured before realtest-13 (BATCHES), adjudicated labels where a row was adjudicated
(ADJUDICATED) and the writer's otherwise; the suggestions are those of the bundled rules (`livskraft tag --json`).
The script prints, for thresholds 0.20-0.70, goal-level P / R / F1 / F0.5 with leave-one-batch-out probabilities
(each batch scored by a model trained on the others): on all rows, and on the rows the bundled rules were not fitted
to (--fresh, default: the batches of the twelfth session); then the weights of a model trained on all rows.
The thirteenth session measured F0.5 +1.3 but F1 -2.5 on those rows at the best threshold, and without the text
model's probability no gain at all, so the filter was not built (docs/engineering-notes/realtest-13.md).

Usage (repository root; numpy and scipy; build the CLI first):
    python3 scripts/suggestion-filter-study.py [--fresh BATCH ...] [--jar JAR]
"""
import argparse
import importlib.util
import math
import re
import sys
import unicodedata

import numpy as np
from scipy.optimize import minimize

NOTES = "docs/engineering-notes/"
JAR = "livskraft-cli/target/livskraft.jar"
BATCHES = tuple(f"real{lang}{n}" for lang in ("nb", "nn") for n in ("", "2", "3", "4", "5", "6", "7", "8"))
ADJUDICATED = ("adjudicated-real.tsv",) + tuple(f"adj{lang}{n}.tsv" for lang in ("nb", "nn") for n in (3, 5, 6, 7, 8))
C = 1.0
LEVELS = ("several-sole", "several-top", "several-below", "single-sole", "single-top", "single-below")
# a matched word right after one of these stands in a place, direction or whereabouts phrase ("vegen til skolen")
PLACE_WORDS = frozenset("i på ved hos hjå fra frå til mot langs forbi utenfor utanfor nær innenfor innanfor".split())
# word beginnings that mark a procedural sentence of a saksframlegg or møtebok
PROCEDURE = ("vedt", "saken", "saka", "innstill", "tilråd", "behandl", "handsam", "formannskap", "kommunestyre",
             "utvalg", "utval", "delegert", "søknad", "klage", "dispensasj", "høring", "høyring", "protokoll",
             "møte", "referat", "rådmann", "kommunedirektør", "kommunedirektøren")

spec = importlib.util.spec_from_file_location("tm", "scripts/train-text-model.py")
tm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tm)
spec = importlib.util.spec_from_file_location("so", "scripts/second-opinion-study.py")
so = importlib.util.module_from_spec(spec)
spec.loader.exec_module(so)

NAMES = (["bias", "nynorsk"] + [f"level.{lv}" for lv in LEVELS] + [f"goal.{g}" for g in range(1, 18)]
         + ["log-score", "score-share", "rank", "goals", "words", "rules", "target-rule", "place-phrase", "in-name",
            "procedure", "log-length", "model-logit"])


def words(text):
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


def features(lang, text, goal, goals, model_p):
    """The feature vector of one suggestion `goal` (a --json goal object) among the text's suggestions `goals`."""
    scores = sorted((g["score"] for g in goals), reverse=True)
    spans = [s for m in goal["matches"] for s in m["spans"]]
    first = min(spans, key=lambda s: s["start"])
    before = words(text[:first["start"]])
    tokens = words(text)
    v = dict.fromkeys(NAMES, 0.0)
    v["bias"] = 1.0
    v["nynorsk"] = 1.0 if lang == "nn" else 0.0
    v["level." + goal["evidence"]] = 1.0
    v["goal." + goal["goal"]] = 1.0
    v["log-score"] = math.log(goal["score"])
    v["score-share"] = goal["score"] / sum(scores)
    v["rank"] = float(scores.index(goal["score"]))
    v["goals"] = float(len(goals) - 1)
    v["words"] = float(len({s["text"].lower() for s in spans}) - 1)
    v["rules"] = float(len(goal["matches"]) - 1)
    v["target-rule"] = 1.0 if any("." in m["code"] for m in goal["matches"]) else 0.0
    v["place-phrase"] = 1.0 if before and before[-1] in PLACE_WORDS else 0.0
    v["in-name"] = 1.0 if first["start"] > 0 and first["text"][:1].isupper() else 0.0
    v["procedure"] = 1.0 if any(t.startswith(PROCEDURE) for t in tokens) else 0.0
    v["log-length"] = math.log(max(1, len(tokens)))
    p = min(max(model_p, 1e-4), 1 - 1e-4)
    v["model-logit"] = math.log(p / (1 - p))
    return np.array([v[n] for n in NAMES])


def examples(rows, suggested, model):
    """(row index, goal, x, y) for every non-explicit suggestion."""
    out = []
    for i, r in enumerate(rows):
        goals = suggested[r["id"]]
        if not goals:
            continue
        p = tm.probabilities(model, r["text"])
        for g in goals:
            if not g["explicit"]:
                x = features(r["lang"], r["text"], g, goals, float(p[int(g["goal"]) - 1]))
                out.append((i, g["goal"], x, 1.0 if g["goal"] in r["goals"] else 0.0))
    return out


def fit(x, y):
    def loss(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        reg = np.append(0.0, w[1:])
        return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * reg @ reg / C, x.T @ (p - y) + reg / C

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def scores(rows, suggested, kept):
    tp = fp = fn = 0
    for i, r in enumerate(rows):
        predicted = {g["goal"] for g in suggested[r["id"]] if g["explicit"] or (i, g["goal"]) in kept}
        tp += len(predicted & r["goals"])
        fp += len(predicted - r["goals"])
        fn += len(r["goals"] - predicted)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = lambda b: (1 + b * b) * p * rc / (b * b * p + rc) if p + rc else 0.0
    return p, rc, f(1.0), f(0.5)


def table(label, rows, suggested, ex, prob, select):
    """P / R / F1 / F0.5 on the rows whose index `select` accepts, rules alone and at each threshold."""
    sub = [i for i in range(len(rows)) if select(i)]
    remap = {i: k for k, i in enumerate(sub)}
    rs = [rows[i] for i in sub]
    print(f"\n{label} ({len(rs)} rows)\n\n| threshold | P | R | F1 | F0.5 |\n|---|---|---|---|---|")
    every = {(remap[e[0]], e[1]) for e in ex if e[0] in remap}
    print("| rules alone | %.1f | %.1f | %.1f | %.1f |" % tuple(100 * v for v in scores(rs, suggested, every)))
    for t in np.arange(0.20, 0.71, 0.05):
        kept = {(remap[e[0]], e[1]) for e, q in zip(ex, prob) if e[0] in remap and q >= t}
        print("| %.2f | %.1f | %.1f | %.1f | %.1f |" % ((t,) + tuple(100 * v for v in scores(rs, suggested, kept))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fresh", nargs="*", default=[f"real{lang}{n}" for lang in ("nb", "nn") for n in (6, 7, 8)],
                    help="batches the bundled rules were not fitted to (default: %(default)s)")
    ap.add_argument("--jar", default=JAR)
    args = ap.parse_args()
    adj = tm.adjudications(ADJUDICATED)
    rows = [r for name in BATCHES for r in tm.batch(name, adj)]
    batch_of = [r["id"].rsplit("-", 1)[0] for r in rows]
    so.JAR = args.jar
    suggested = so.rules(rows)
    ex = examples(rows, suggested, so.shipped())
    x = np.array([e[2] for e in ex])
    y = np.array([e[3] for e in ex])
    prob = np.zeros(len(ex))
    for b in BATCHES:
        test = np.array([batch_of[e[0]] == b for e in ex])
        prob[test] = 1 / (1 + np.exp(-(x[test] @ fit(x[~test], y[~test]))))
    print(f"{len(rows)} rows, {len(ex)} non-explicit suggestions ({int(y.sum())} accepted); leave-one-batch-out")
    table("All real-derived rows", rows, suggested, ex, prob, lambda i: True)
    table("Rows the bundled rules were not fitted to: " + " ".join(args.fresh), rows, suggested, ex, prob,
          lambda i: batch_of[i] in args.fresh)
    print("\nWeights of a model trained on all rows:")
    for n, v in sorted(zip(NAMES, fit(x, y)), key=lambda t: -abs(t[1])):
        print(f"  {n:22s} {v:+.3f}")


if __name__ == "__main__":
    main()
