#!/usr/bin/env python3
"""Trains the tagger's statistical second opinion (sdg-tagger, io.github.livskraft.tagger.internal.TextModel).

Usage (from the repository root; Python 3.10+ with numpy and scipy):
    python3 scripts/train-text-model.py [--exclude-batch N] [--out PATH]
        [--real NAME ... [--adjudicated FILE ...]]

Training data: the sentences written for Livskraft in the tuning half of sdg-tagger's Norwegian plan sentences
(norwegian-plan-sentences.csv, half=tune; not the seed quotations, which no artefact may carry, and not the released
u-rows, which come from the batch files instead) and every row of the sealed batches 5-12
(docs/engineering-notes/batchN-unseen.tsv), all measured before they were used here (11 and 12 were first measured
with a model trained on 5-10). The check half is never read. Batches written later, and the real-derived batches,
are measured with the model and trained on only when named with --real (the shipped model was trained without them).

--real adds real-derived batches (docs/engineering-notes/NAME-unseen.tsv, e.g. realnb3) to the training data, with
the labels of --adjudicated files (file, line, lang, goals, targets, choice) where a row was adjudicated and the
writer's otherwise.

Model: one L2-regularised logistic regression per goal (C = 10, L-BFGS, scipy) over hashed features -- words and
character 4/5-grams of "<word>", CRC-32 of "w:"/"c4:"/"c5:" + the UTF-8 feature modulo 2^18, counts summed per hash,
unit length -- keeping the hashes seen in at least two training sentences. The Java side (TextModel) computes the
same features; TextModelTest checks it against probabilities written by this script (text-model-parity.csv).

Output: sdg-tagger/src/main/resources/io/github/livskraft/tagger/internal/text-model.bin.gz (big-endian: "LKTM",
version 1, buckets, 17, n, 17 float32 intercepts, n int32 hashes (sorted), n x 17 float32 weights) and the parity
sample sdg-tagger/src/test/resources/io/github/livskraft/tagger/text-model-parity.csv.
"""
import argparse
import collections
import csv
import gzip
import re
import struct
import sys
import unicodedata
import zlib

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

BUCKETS = 1 << 18
MIN_DF = 2
C = 10.0
DEV = "sdg-tagger/src/test/resources/io/github/livskraft/tagger/norwegian-plan-sentences.csv"
BATCHES = (5, 6, 7, 8, 9, 10, 11, 12)
NOTES = "docs/engineering-notes/"
OUT = "sdg-tagger/src/main/resources/io/github/livskraft/tagger/internal/text-model.bin.gz"
PARITY = "sdg-tagger/src/test/resources/io/github/livskraft/tagger/text-model-parity.csv"


def features(text):
    out = collections.Counter()
    for w in re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()):
        if all(unicodedata.category(c) == "Nd" for c in w):
            continue
        out[zlib.crc32(("w:" + w).encode()) % BUCKETS] += 1
        b = "<" + w + ">"
        for n in (4, 5):
            for i in range(max(1, len(b) - n + 1)):
                out[zlib.crc32(("c%d:" % n + b[i:i + n]).encode()) % BUCKETS] += 1
    return out


def training(exclude):
    texts, labels = [], []
    with open(DEV, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            # seed sentences are quotations of the seed documents, test data that no artefact may carry
            if r["half"] == "tune" and not r["id"].startswith("u") and not r["origin"].startswith("seed"):
                texts.append(r["text"])
                labels.append(set(r["goals"].split()))
    for n in BATCHES:
        if n == exclude:
            continue
        with open(f"{NOTES}batch{n}-unseen.tsv", encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 3:
                    texts.append(p[1])
                    labels.append(set(p[2].split()))
    return texts, labels


def adjudications(files):
    """(batch file, line) -> adjudicated goal set, from adjudication files in docs/engineering-notes/."""
    out = {}
    for name in files:
        with open(NOTES + name, encoding="utf-8") as f:
            next(f)
            for line in f:
                c = line.rstrip("\n").split("\t")
                out[(c[0], int(c[1]))] = set(c[3].split())
    return out


def batch(name, adjudicated):
    """The rows of a batch file: id, lang, text, goals (adjudicated where listed) and a (the writer's goals)."""
    rows = []
    with open(f"{NOTES}{name}-unseen.tsv", encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            c = line.rstrip("\n").split("\t")
            goals = adjudicated.get((f"{name}-unseen.tsv", number), set(c[2].split()))
            rows.append(dict(id=f"{name}-{number:03d}", lang=c[0], text=c[1], goals=goals, a=set(c[2].split())))
    return rows


def train(texts, labels):
    docs = [features(t) for t in texts]
    df = collections.Counter(h for d in docs for h in d)
    keep = sorted(h for h, c in df.items() if c >= MIN_DF)
    col = {h: j for j, h in enumerate(keep)}
    rows, cols, vals = [], [], []
    for r, d in enumerate(docs):
        norm = sum(v * v for v in d.values()) ** 0.5
        for h, v in d.items():
            if h in col:
                rows.append(r)
                cols.append(col[h])
                vals.append(v / norm)
    x = sp.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(keep)))
    w = np.zeros((len(keep), 17))
    b = np.zeros(17)
    for g in range(17):
        y = np.array([1.0 if str(g + 1) in ls else 0.0 for ls in labels])

        def loss(wb):
            z = x @ wb[:-1] + wb[-1]
            p = 1 / (1 + np.exp(-z))
            return (np.sum(np.logaddexp(0, z) - y * z) + 0.5 * wb[:-1] @ wb[:-1] / C,
                    np.append(x.T @ (p - y) + wb[:-1] / C, np.sum(p - y)))

        res = minimize(loss, np.zeros(len(keep) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 200})
        w[:, g] = res.x[:-1]
        b[g] = res.x[-1]
    return np.array(keep), w.astype(np.float32), b.astype(np.float32)


def probabilities(model, text):
    keep, w, b = model
    d = features(text)
    norm = sum(v * v for v in d.values()) ** 0.5
    z = b.astype(np.float64).copy()
    for h, v in d.items():
        j = np.searchsorted(keep, h)
        if j < len(keep) and keep[j] == h:
            z += w[j].astype(np.float64) * (v / norm)
    return 1 / (1 + np.exp(-z))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude-batch", type=int)
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--real", nargs="*", default=[], metavar="NAME")
    ap.add_argument("--adjudicated", nargs="*", default=[], metavar="FILE")
    args = ap.parse_args()
    out = args.out
    texts, labels = training(args.exclude_batch)
    if args.real:
        adjudicated = adjudications(args.adjudicated)
        real = [r for name in args.real for r in batch(name, adjudicated)]
        texts += [r["text"] for r in real]
        labels += [r["goals"] for r in real]
        print(f"{len(real)} real-derived sentences from {', '.join(args.real)}", file=sys.stderr)
    keep, w, b = train(texts, labels)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(b"LKTM" + struct.pack(">iiii", 1, BUCKETS, 17, len(keep)))
        f.write(b.astype(">f4").tobytes())
        f.write(keep.astype(">i4").tobytes())
        f.write(w.astype(">f4").tobytes())
    print(f"{len(texts)} sentences, {len(keep)} features -> {out}", file=sys.stderr)
    if out == OUT:
        with open(DEV, encoding="utf-8") as f:
            sample = [r["text"] for r in csv.DictReader(f) if r["half"] == "check"][:40]
        sample += ["Kommunen skal halvere klimagassutsleppa innan 2030.", "Ærlig talt: ½ 2² ÆØÅ_x 12345 e-post",
                   "", "Øy"]
        with open(PARITY, "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f)
            wr.writerow(["text"] + [f"p{g}" for g in range(1, 18)])
            for t in sample:
                wr.writerow([t] + ["%.9f" % p for p in probabilities((keep, w, b), t)])


if __name__ == "__main__":
    main()
