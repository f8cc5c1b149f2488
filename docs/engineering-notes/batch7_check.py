#!/usr/bin/env python3
"""Checks the sealed evaluation batch batch7-unseen.tsv (issue 13).

Format: 200 lines (100 nb, then 100 nn), five tab-separated fields
lang, text, goals, targets, style. Labels: at most 3 distinct goals in 1-17, targets
well-formed (n.m or n.a-n.d) and belonging to a listed goal, no targets without goals.

Overlap against every existing set (docs/engineering-notes/*.tsv, the CSV files of the
tagger's test resources, and the seed texts when present) and within the batch:
exact match after normalisation, a shared run of six words, word-bigram Jaccard and a
character-level difflib ratio. Only flagged rows are printed; the exit code is 1 when
anything is flagged. Standard library only; the tagger is not used.

Usage: python3 docs/engineering-notes/batch7_check.py [path/to/batch7-unseen.tsv]
"""
import csv
import difflib
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
BATCH = os.path.join(HERE, "batch7-unseen.tsv")
STYLES = {"tiltak", "indikator", "kostra", "innstilling", "konsekvens", "arsmelding",
          "prosa", "miljo", "eksplisitt", "felle"}
TARGET = re.compile(r"^([1-9]|1[0-7])\.([1-9][0-9]?|[a-d])$")
JACCARD_LIMIT = 0.30
RATIO_LIMIT = 0.65
RUN = 6


def norm(text):
    text = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"\s+", " ", text).strip()


def words(text):
    return re.findall(r"\w+", norm(text))


def bigrams(ws):
    return {(a, b) for a, b in zip(ws, ws[1:])}


def runs(ws, n=RUN):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def existing_texts(batch_path):
    texts = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.tsv"))):
        if os.path.abspath(path) == os.path.abspath(batch_path):
            continue
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2 and cols[0] in ("nb", "nn"):
                    texts.append((f"{os.path.basename(path)}:{i}", cols[1]))
    res = os.path.join(ROOT, "sdg-tagger", "src", "test", "resources")
    for path in sorted(glob.glob(os.path.join(res, "**", "*.csv"), recursive=True)):
        with open(path, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.reader(f), 1):
                for cell in row:
                    if len(cell) > 25 and " " in cell:
                        texts.append((f"{os.path.basename(path)}:{i}", cell))
    return texts


def seed_runs():
    found = set()
    for path in glob.glob("/work/shared/seeds/*.txt"):
        with open(path, encoding="utf-8", errors="replace") as f:
            found |= runs(words(f.read()))
    return found


def check_format(rows):
    flags = []
    if len(rows) != 200:
        flags.append((0, f"expected 200 lines, found {len(rows)}"))
    seen = {}
    for n, cols in rows:
        if len(cols) != 5:
            flags.append((n, f"{len(cols)} fields"))
            continue
        lang, text, goals, targets, style = cols
        want = "nb" if n <= 100 else "nn"
        if lang != want:
            flags.append((n, f"lang {lang!r}, expected {want}"))
        if not text.strip() or text != text.strip():
            flags.append((n, "empty text or surrounding white space"))
        if style not in STYLES:
            flags.append((n, f"style {style!r}"))
        gl = goals.split()
        if len(gl) != len(set(gl)) or len(gl) > 3:
            flags.append((n, f"goals {goals!r}: duplicate or more than 3"))
        if any(not g.isdigit() or not 1 <= int(g) <= 17 for g in gl):
            flags.append((n, f"goals {goals!r}: not in 1-17"))
        tl = targets.split()
        if len(tl) != len(set(tl)):
            flags.append((n, f"targets {targets!r}: duplicate"))
        for t in tl:
            m = TARGET.match(t)
            if not m:
                flags.append((n, f"target {t!r}: malformed"))
            elif m.group(1) not in gl:
                flags.append((n, f"target {t!r}: goal not listed"))
        if style == "felle" and gl:
            flags.append((n, "felle row with a goal"))
        key = norm(text)
        if key in seen:
            flags.append((n, f"same text as line {seen[key]}"))
        seen[key] = n
    return flags


def check_overlap(rows, batch_path):
    flags = []
    old = [(src, t, words(t)) for src, t in existing_texts(batch_path)]
    old = [(src, t, ws, bigrams(ws), runs(ws), norm(t)) for src, t, ws in old]
    seeds = seed_runs()
    new = []
    for n, cols in rows:
        if len(cols) < 2:
            continue
        ws = words(cols[1])
        new.append((n, cols[1], ws, bigrams(ws), runs(ws), norm(cols[1])))
    for n, text, ws, bg, rn, key in new:
        if rn & seeds:
            flags.append((n, "six-word run shared with a seed text"))
        others = [(src, t, w, b, r, k) for src, t, w, b, r, k in old]
        others += [(f"batch7:{m}", t, w, b, r, k) for m, t, w, b, r, k in new if m != n]
        for src, t, w, b, r, k in others:
            why = []
            if k == key:
                why.append("exact")
            if rn & r:
                why.append("six-word run")
            j = jaccard(bg, b)
            if j >= JACCARD_LIMIT:
                why.append(f"bigram Jaccard {j:.2f}")
            sm = difflib.SequenceMatcher(None, key, k, autojunk=False)
            if sm.real_quick_ratio() >= RATIO_LIMIT and sm.quick_ratio() >= RATIO_LIMIT:
                ratio = sm.ratio()
                if ratio >= RATIO_LIMIT:
                    why.append(f"char ratio {ratio:.2f}")
            if why:
                flags.append((n, f"{', '.join(why)} vs {src}: {t}"))
    return flags


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else BATCH
    with open(path, encoding="utf-8") as f:
        rows = [(i, line.rstrip("\n").split("\t")) for i, line in enumerate(f, 1)]
    flags = check_format(rows) + check_overlap(rows, path)
    for n, msg in sorted(flags):
        print(f"line {n}: {msg}")
    print(f"{len(flags)} flag(s)", file=sys.stderr)
    return 1 if flags else 0


if __name__ == "__main__":
    sys.exit(main())
