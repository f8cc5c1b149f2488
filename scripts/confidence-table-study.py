#!/usr/bin/env python3
"""Compares confidence tables for the tagger's evidence levels on fresh batches (issue 13; realtest-13.md, D10).

A confidence table gives each evidence level of a rule suggestion (Evidence in sdg-tagger) the Laplace-smoothed
share of such suggestions that labelled sentences confirmed, rounded to two decimals. This script builds three:
T0, the bundled table (the confidences the CLI prints); T-pooled, the shares of the recorded suggestions in
unseen-suggestions.csv plus the bundled rules' suggestions on the --add batches; T-real, the real-derived rows of
that file (realnb2, realnn2, realnb4, realnn4) plus the --add batches (a level with no real-derived suggestion, in
practice the explicit one, takes its T-pooled share). It prints each table and its Brier score on
the bundled rules' suggestions on the --test batches (adjudicated labels where listed), and with --csv writes the
--add batches' suggestions in unseen-suggestions.csv's format for appending.
Since D10 the file already holds the suggestions on realnb6 … realnn8, so --add with those batches counts
them twice; realtest-13's table is reproduced from the file as of commit be77c49.

Usage (repository root; build the CLI first):
    python3 scripts/confidence-table-study.py --add realnb6 … --test realnb9 realnn9 --adjudicated adjnb6.tsv … \
        [--rules 2026.12.11] [--csv OUT]
"""
import argparse
import csv
import importlib.util

spec = importlib.util.spec_from_file_location("so", "scripts/second-opinion-study.py")
so = importlib.util.module_from_spec(spec)
spec.loader.exec_module(so)
tm = so.tm

LEVELS = so.LEVELS
REAL = ("realnb2", "realnn2", "realnb4", "realnn4")


def suggestions(rows):
    """(row, level, goal, accepted) for every rule suggestion of the bundled rules on the rows."""
    suggested = so.rules(rows)
    return [(r, g["evidence"], g["goal"], g["goal"] in r["goals"], g["confidence"])
            for r in rows for g in suggested[r["id"]]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--add", nargs="*", default=[])
    ap.add_argument("--test", nargs="*", default=[])
    ap.add_argument("--adjudicated", nargs="*", default=[])
    ap.add_argument("--rules", default="2026.12.11", help="the rules version written to --csv")
    ap.add_argument("--csv", help="write the --add batches' suggestions here (unseen-suggestions.csv columns)")
    args = ap.parse_args()
    adj = tm.adjudications(args.adjudicated)
    recorded = []
    with open(so.SUGGESTIONS, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            recorded.append((r["batch"], r["evidence"].lower().replace("_", "-"), r["accepted"] == "yes"))
    added = [s for name in args.add for s in suggestions(tm.batch(name, adj))]
    new = [(lv, ok) for _, lv, _, ok, _ in added]
    tables = {
        "T-pooled": so.shares([(lv, ok) for _, lv, ok in recorded] + new),
        "T-real": so.shares([(lv, ok) for b, lv, ok in recorded if b in REAL] + new),
    }
    # real-derived rows name no goal explicitly: T-real takes the explicit level's share from T-pooled
    for lv in LEVELS:
        if tables["T-real"][1][lv][1] == 0:
            tables["T-real"][0][lv] = tables["T-pooled"][0][lv]
    test = [s for name in args.test for s in suggestions(tm.batch(name, adj))]
    bundled = {}
    for _, lv, _, _, c in test + added:
        bundled[lv] = c
    tables = {"T0": (bundled, None), **tables}
    print("| table | " + " | ".join(LEVELS) + f" | Brier on {len(test)} test suggestions |")
    print("|---|" + "---|" * (len(LEVELS) + 1))
    for name, (t, counts) in tables.items():
        cells = []
        for lv in LEVELS:
            c = counts[lv] if counts else None
            cells.append((f"{t[lv]:.2f}" if lv in t else "–") + (f" ({c[0]}/{c[1]})" if c else ""))
        pairs = [(lv, ok) for _, lv, _, ok, _ in test if lv in LEVELS]
        b = sum((t[lv] - ok) ** 2 for lv, ok in pairs) / len(pairs) if pairs else float("nan")
        print(f"| {name} | " + " | ".join(cells) + f" | {b:.4f} |")
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            for r, lv, goal, ok, _ in added:
                if lv in LEVELS:
                    batch, row = r["id"].rsplit("-", 1)
                    w.writerow([batch, args.rules, row, r["lang"], goal, lv.upper().replace("-", "_"),
                                "yes" if ok else "no"])


if __name__ == "__main__":
    main()
