#!/usr/bin/env python3
"""Mechanical and overlap check of a sealed evaluation batch (issue 13; batches 8, 9 and 10 were checked with it).

Usage: python3 docs/engineering-notes/sealed_batch_check.py BATCH.tsv [--rows N] [--counts] [--partial] [--only N,N,...]

Run from the repository root. Prints only the rows that are flagged (format errors, invalid labels, overlap with
an existing set or within the batch) by row number and score only -- the existing sentence is not printed -- and,
with --counts, the aggregate counts used in the batch's note. It never runs the tagger and reads no rule file. Every
existing set is compared (every other batch included). --rows is the number of rows, half bokmål then half
nynorsk (default 160). --partial skips the row-count check (first half only);
--only compares only the listed rows with the existing sets (for re-checking rewritten rows).
"""
import csv
import difflib
import glob
import os
import re
import sys
import unicodedata
from collections import Counter

BATCH = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else sys.exit(__doc__)
TARGETS = "sdg-core/src/main/resources/io/github/livskraft/sdg/data/2025-review/targets.csv"
SEEDS = "seeds"
STYLES = {"tiltak", "indikator", "kostra", "innstilling", "konsekvens", "arsmelding", "prosa", "miljo",
          "eksplisitt", "felle"}
ROWS = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else 160
HALF = ROWS // 2
JACCARD_MAX = 0.30   # word-bigram Jaccard at or above this is a near-duplicate
RATIO_MAX = 0.60     # difflib character ratio at or above this is a near-duplicate
RUN = 6              # no shared run of this many words


def norm(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).lower()).strip()


def words(text):
    return re.findall(r"[\w\-–.,]+", norm(text).replace(",", " ").replace(".", " "))


def word_list(text):
    return re.findall(r"\w+", norm(text))


def bigrams(text):
    w = word_list(text)
    return {(w[i], w[i + 1]) for i in range(len(w) - 1)}


def runs(text, n=RUN):
    w = word_list(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def valid_targets():
    with open(TARGETS, encoding="utf-8") as f:
        return {row["code"]: row["goal"] for row in csv.DictReader(f)}


def existing_texts():
    """(source, text) for every sentence of the existing sets (every other batch included), this batch excluded."""
    out = []
    number = re.match(r"batch(\d+)-", os.path.basename(BATCH))
    released = f"u{number.group(1)}-" if number else None
    for path in sorted(glob.glob("docs/engineering-notes/*.tsv")):
        name = os.path.basename(path)
        if name == os.path.basename(BATCH):
            continue
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                cells = line.rstrip("\n").split("\t")
                for c in cells:
                    if len(word_list(c)) >= 4:
                        out.append((f"{name}:{i}", c))
    for path in sorted(glob.glob("sdg-tagger/src/test/resources/**/*.csv", recursive=True)
                       + glob.glob("*/src/test/resources/**/*.csv", recursive=True)):
        if "sdg-tagger/src/main/resources" in path:
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.reader(f), 1):
                if row and released and row[0].startswith(released):
                    continue  # this batch's own released rows (u8-…, u9-…) in the development set
                for c in row:
                    if len(word_list(c)) >= 4:
                        out.append((f"{os.path.basename(path)}:{i}", c))
    seen, dedup = set(), []
    for src, t in out:
        if (src, t) not in seen:
            seen.add((src, t))
            dedup.append((src, t))
    return dedup


def seed_runs():
    r = set()
    for path in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            r |= runs(f.read())
    return r


def main():
    counts = "--counts" in sys.argv
    targets = valid_targets()
    with open(BATCH, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    flagged = 0

    def flag(n, msg):
        nonlocal flagged
        flagged += 1
        print(f"row {n}: {msg}")

    if len(lines) != ROWS and "--partial" not in sys.argv:
        flag(0, f"{len(lines)} lines, expected {ROWS}")
    rows = []
    for n, line in enumerate(lines, 1):
        cells = line.split("\t")
        if len(cells) != 5:
            flag(n, f"{len(cells)} fields")
            continue
        lang, text, goals, tgts, style = cells
        want = "nb" if n <= HALF else "nn"
        if lang != want:
            flag(n, f"lang {lang!r}, expected {want}")
        if text != text.strip() or not text:
            flag(n, "text empty or padded")
        g = goals.split() if goals else []
        if goals != " ".join(g) or tgts != " ".join(tgts.split()):
            flag(n, "extra white space in labels")
        if len(g) > 3 or len(set(g)) != len(g) or any(x not in {str(i) for i in range(1, 18)} for x in g):
            flag(n, f"goals {goals!r}")
        t = tgts.split() if tgts else []
        for x in t:
            if x not in targets:
                flag(n, f"unknown target {x}")
            elif targets[x] not in g:
                flag(n, f"target {x} not under a listed goal")
        if len(set(t)) != len(t):
            flag(n, "repeated target")
        if style not in STYLES:
            flag(n, f"style {style!r}")
        if style == "felle" and g:
            flag(n, "felle row with a goal")
        if style == "eksplisitt" and not g:
            flag(n, "eksplisitt row without a goal")
        rows.append((n, lang, text, g, t, style))

    # overlap with existing sets and seeds
    existing = existing_texts()
    ex_norm = {}
    ex_runs = {}
    for src, t in existing:
        ex_norm.setdefault(norm(t), src)
        for r in runs(t):
            ex_runs.setdefault(r, (src, t))
    s_runs = seed_runs()
    ex_big = [(src, t, bigrams(t), norm(t)) for src, t in existing]
    only = None
    if "--only" in sys.argv:
        only = {int(x) for x in sys.argv[sys.argv.index("--only") + 1].split(",")}
    for n, lang, text, g, t, style in rows:
        if only is not None and n not in only:
            continue
        nt = norm(text)
        if nt in ex_norm:
            flag(n, f"exact match with {ex_norm[nt]}")
        for r in runs(text):
            if r in ex_runs:
                flag(n, f"six-word run shared with {ex_runs[r][0]}")
                break
            if r in s_runs:
                flag(n, "six-word run shared with a seed text")
                break
        b = bigrams(text)
        best_j, best_r = (0.0, None), (0.0, None)
        for src, et, eb, en in ex_big:
            j = jaccard(b, eb)
            if j > best_j[0]:
                best_j = (j, (src, et))
            sm = difflib.SequenceMatcher(None, nt, en, autojunk=False)
            if sm.real_quick_ratio() >= RATIO_MAX and sm.quick_ratio() >= RATIO_MAX:
                r = sm.ratio()
                if r > best_r[0]:
                    best_r = (r, (src, et))
        if best_j[0] >= JACCARD_MAX:
            flag(n, f"bigram Jaccard {best_j[0]:.2f} with {best_j[1][0]}")
        if best_r[0] >= RATIO_MAX:
            flag(n, f"character ratio {best_r[0]:.2f} with {best_r[1][0]}")

    # within the batch
    for i in range(len(rows)):
        for k in range(i + 1, len(rows)):
            a, b = rows[i], rows[k]
            na, nb_ = norm(a[2]), norm(b[2])
            if na == nb_:
                flag(b[0], f"duplicate of row {a[0]}")
                continue
            if runs(a[2]) & runs(b[2]):
                flag(b[0], f"six-word run shared with row {a[0]}")
            j = jaccard(bigrams(a[2]), bigrams(b[2]))
            sm = difflib.SequenceMatcher(None, na, nb_, autojunk=False)
            r = sm.ratio() if sm.quick_ratio() >= RATIO_MAX else 0.0
            if j >= JACCARD_MAX or r >= RATIO_MAX:
                flag(b[0], f"close to row {a[0]} (Jaccard {j:.2f}, ratio {r:.2f})")

    if counts:
        report(rows, existing)
    print(f"{flagged} flag(s)", file=sys.stderr)
    return 1 if flagged else 0


def report(rows, existing):
    for lang in ("nb", "nn", None):
        part = [r for r in rows if lang is None or r[1] == lang]
        name = lang or "all"
        labelled = [r for r in part if r[3]]
        goal_c = Counter(x for r in part for x in r[3])
        tgt_c = Counter(x for r in part for x in r[4])
        print(f"== {name}: rows {len(part)}, with goal {len(labelled)}, no goal {len(part) - len(labelled)}, "
              f"felle {sum(1 for r in part if r[5] == 'felle')}, goal labels {sum(goal_c.values())}, "
              f"target labels {sum(tgt_c.values())}, rows with targets {sum(1 for r in part if r[4])}, "
              f"labelled rows without targets {[r[0] for r in labelled if not r[4]]}")
        print("   goals per row 1/2/3:", [sum(1 for r in part if len(r[3]) == k) for k in (1, 2, 3)])
        print("   goals:", " ".join(f"{k}:{goal_c[str(k)]}" for k in range(1, 18)))
        print("   styles:", dict(Counter(r[5] for r in part).most_common()))
        print("   plain negatives (not felle):", [r[0] for r in part if not r[3] and r[5] != "felle"])
        if lang is None:
            for k in range(1, 18):
                ts = sorted(((x, c) for x, c in tgt_c.items() if x.split(".")[0] == str(k)),
                            key=lambda p: (len(p[0]), p[0]))
                print(f"   targets {k}:", ", ".join(x if c == 1 else f"{x} ×{c}" for x, c in ts))
    # highest similarity figures for the note
    ex_big = [(bigrams(t), norm(t)) for _, t in existing]
    mj, mr = 0.0, 0.0
    for r in rows:
        b, nt = bigrams(r[2]), norm(r[2])
        for eb, en in ex_big:
            mj = max(mj, jaccard(b, eb))
            sm = difflib.SequenceMatcher(None, nt, en, autojunk=False)
            if sm.real_quick_ratio() > mr and sm.quick_ratio() > mr:
                mr = max(mr, sm.ratio())
    print(f"existing texts compared: {len(existing)}; max bigram Jaccard {mj:.2f}; max character ratio {mr:.2f}")


if __name__ == "__main__":
    sys.exit(main())
