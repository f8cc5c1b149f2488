#!/usr/bin/env python3
"""Measures the tagger, its shipped second opinion and a candidate second opinion on labelled batches (issue 13).

The tool behind docs/engineering-notes/realtest-10.md (eleventh session): it runs the bundled rules through the CLI
(`livskraft tag --json`), applies the second-opinion policy of SdgTagger (keep a rule goal with confidence >= 0.8, an
explicit one or a text's only goal `single-sole`; veto the others when the model gives < 0.10; add goals the model
gives >= 0.30) with the shipped model and, optionally, with a candidate trained here by train-text-model.py's method
on batches 5-12 plus extra batches, and prints goal-level micro P / R / F1 on the test batches and the check half
(seed sentences, written bokmål, written nynorsk). With --brier it compares the shipped confidence table with one
recomputed from unseen-suggestions.csv on the test batches' rule suggestions.

Usage (repository root; numpy and scipy; build the CLI first:
`mvn -B -ntp -q install -pl livskraft-cli -am -DskipTests`):
    python3 scripts/second-opinion-study.py --test realnb3 realnn3 [--train realnb realnn4 ...]
        [--adjudicated adjudicated-real.tsv adjnb3.tsv ...] [--brier]
Batch names are docs/engineering-notes/<name>-unseen.tsv; --adjudicated files (file, line, lang, goals, targets,
choice) replace annotator A's labels of the rows they list, for training and for a second, adjudicated test table.
Rows of a --train batch whose source URL (<name>-sources.tsv) also appears in a test batch's sources are dropped.
With several test batches, the tables also pool them (all, and per language); --jar measures another build's rules.
"""
import argparse
import collections
import csv
import gzip
import importlib.util
import json
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np

NOTES = "docs/engineering-notes/"
DEV = "sdg-tagger/src/test/resources/io/github/livskraft/tagger/norwegian-plan-sentences.csv"
MODEL = "sdg-tagger/src/main/resources/io/github/livskraft/tagger/internal/text-model.bin.gz"
SUGGESTIONS = "sdg-tagger/src/test/resources/io/github/livskraft/tagger/unseen-suggestions.csv"
JAR = "livskraft-cli/target/livskraft.jar"
KEEP, VETO, ADD = 0.8, 0.10, 0.30  # SdgTagger.SECOND_OPINION_KEEP, _VETO, _ADD
LEVELS = ("explicit", "several-sole", "several-top", "several-below", "single-sole", "single-top", "single-below")

spec = importlib.util.spec_from_file_location("tm", "scripts/train-text-model.py")
tm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tm)


def sources(name):
    with open(f"{NOTES}{name}-sources.tsv", encoding="utf-8") as f:
        return {int(line.split("\t")[0]): line.split("\t")[1] for line in f if line.strip()}


def dev(seed, lang=None):
    with open(DEV, encoding="utf-8") as f:
        return [dict(id=r["id"], lang=r["lang"], text=r["text"], goals=set(r["goals"].split()))
                for r in csv.DictReader(f)
                if r["half"] == "check" and r["origin"].startswith("seed") == seed and (lang is None or r["lang"] == lang)]


def rules(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for r in rows:
            f.write(json.dumps(dict(id=r["id"], lang=r["lang"], text=r["text"]), ensure_ascii=False) + "\n")
    out = subprocess.run(["java", "-jar", JAR, "tag", "--json", f.name], capture_output=True, text=True, check=True)
    os.unlink(f.name)
    return {d["id"]: d["goals"] for d in json.loads(out.stdout)["results"]}


def shipped():
    with gzip.open(MODEL) as f:
        data = f.read()
    _, _, _, k, n = struct.unpack(">4siiii", data[:20])
    o = 20
    b = np.frombuffer(data[o:o + 4 * k], ">f4").astype(np.float32)
    o += 4 * k
    keep = np.frombuffer(data[o:o + 4 * n], ">i4").astype(np.int64)
    o += 4 * n
    w = np.frombuffer(data[o:o + 4 * n * k], ">f4").reshape(n, k).astype(np.float32)
    return keep, w, b


def predict(rows, suggested, model):
    out = {}
    for r in rows:
        goals = suggested[r["id"]]
        if model is not None:
            p = tm.probabilities(model, r["text"])
            goals = [g for g in goals if g["explicit"] or g["confidence"] >= KEEP or g["evidence"] == "single-sole"
                     or p[int(g["goal"]) - 1] >= VETO]
            have = {g["goal"] for g in goals}
            goals = goals + [dict(goal=str(i + 1)) for i in range(17) if p[i] >= ADD and str(i + 1) not in have]
        out[r["id"]] = {g["goal"] for g in goals}
    return out


def prf(rows, predicted, key="goals"):
    tp = sum(len(predicted[r["id"]] & r[key]) for r in rows)
    fp = sum(len(predicted[r["id"]] - r[key]) for r in rows)
    fn = sum(len(r[key] - predicted[r["id"]]) for r in rows)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return "%.1f / %.1f / %.1f" % (100 * p, 100 * rc, 200 * p * rc / (p + rc) if p + rc else 0.0)


def shares(pairs):
    """The confidence table of (level, accepted) pairs: Laplace-smoothed shares, two decimals, and the counts."""
    counts = collections.defaultdict(lambda: [0, 0])
    for level, ok in pairs:
        counts[level][0] += ok
        counts[level][1] += 1
    return {lv: round((counts[lv][0] + 1) / (counts[lv][1] + 2), 2) for lv in LEVELS}, counts


def brier(test_rows, suggested):
    with open(SUGGESTIONS, encoding="utf-8") as f:
        table, _ = shares((r["evidence"].lower().replace("_", "-"), r["accepted"] == "yes") for r in csv.DictReader(f))
    pairs = [(g["evidence"], g["confidence"], g["goal"] in r["a"]) for r in test_rows for g in suggested[r["id"]]
             if g["evidence"] in table]
    bundled = sum((c - ok) ** 2 for _, c, ok in pairs) / len(pairs)
    recomputed = sum((table[lv] - ok) ** 2 for lv, _, ok in pairs) / len(pairs)
    print(f"Brier on {len(pairs)} rule suggestions: bundled table {bundled:.4f}, table from "
          f"{os.path.basename(SUGGESTIONS)} {recomputed:.4f} {table}")


def main():
    global JAR
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", nargs="+", required=True)
    ap.add_argument("--train", nargs="*", default=[])
    ap.add_argument("--adjudicated", nargs="*", default=[])
    ap.add_argument("--brier", action="store_true")
    ap.add_argument("--jar", default=JAR, help="the CLI jar whose bundled rules are measured (default: %(default)s)")
    args = ap.parse_args()
    JAR = args.jar
    adj = tm.adjudications(args.adjudicated)
    test_urls = set().union(*(sources(t).values() for t in args.test))
    models = {"rules": None, "shipped second opinion": shipped()}
    if args.train:
        extra = []
        for name in args.train:
            src = sources(name)
            extra += [r for r in tm.batch(name, adj) if src.get(int(r["id"][-3:])) not in test_urls]
        texts, labels = tm.training(None)
        models["candidate"] = tm.train(texts + [r["text"] for r in extra], labels + [r["goals"] for r in extra])
        print(f"candidate: {len(texts)} written + {len(extra)} real-derived sentences", file=sys.stderr)
    sets = [(t, tm.batch(t, adj)) for t in args.test]
    if len(args.test) > 1:
        pooled = [r for _, rows in sets for r in rows]
        sets.append(("test batches pooled", pooled))
        for lang, name in (("nb", "bokmål"), ("nn", "nynorsk")):
            rows = [r for r in pooled if r["lang"] == lang]
            if rows and len(rows) < len(pooled):
                sets.append((f"test batches pooled, {name}", rows))
    sets += [("check half, seed sentences", dev(True)), ("check half, written nb", dev(False, "nb")),
             ("check half, written nn", dev(False, "nn"))]
    print("| rows | " + " | ".join(models) + " |")
    print("|---|" + "---|" * len(models))
    for label, rows in sets:
        suggested = rules(rows)
        cells = [prf(rows, predict(rows, suggested, m), "a" if "a" in rows[0] else "goals") for m in models.values()]
        print(f"| {label} ({len(rows)}) | " + " | ".join(cells) + " |")
        if "a" in rows[0] and any(r["a"] != r["goals"] for r in rows):
            cells = [prf(rows, predict(rows, suggested, m)) for m in models.values()]
            print(f"| {label}, adjudicated labels | " + " | ".join(cells) + " |")
    if args.brier:
        rows = [r for t in args.test for r in tm.batch(t, adj)]
        brier(rows, rules(rows))


if __name__ == "__main__":
    main()
