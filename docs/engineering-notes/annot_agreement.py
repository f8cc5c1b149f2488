#!/usr/bin/env python3
"""Label agreement between two human annotators of the unseen tagger batches 5 and 6 (issue 13).

Annotator A (reference): the goals/targets columns of batch5-unseen.tsv and batch6-unseen.tsv.
Annotator B: annot-batch5-6.tsv (file, line, lang, goals, targets), labelled blind.

Prints, per batch x language, per batch, per language and overall: goal-level micro P/R/F1 of B against A
(F1 is symmetric: swapping A and B swaps P and R and leaves F1 unchanged), exact goal-set agreement, the
share of rows (where both name a goal) with the same primary (first-listed) goal,
agreement on "no goal", Cohen's kappa per goal (binary, per sentence) and its mean over goals with at least
five positives (A or B), and target-level micro P/R/F1 (over all rows, and over the rows where both
annotators gave at least one target). Then a per-goal table and, with --diff, the rows the annotators
disagree on. Standard library only. Usage: python3 annot_agreement.py [--diff] [--b FILE ...]

With --b, annotator B's labels come from the given files (same columns) and annotator A's from the batch files
those rows name (e.g. the second annotation of the real-derived batches: --b annotrealnb.tsv annotrealnn.tsv).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_B = ('annot-batch5-6.tsv',)
MIN_POSITIVES = 5


def codes(field):
    return frozenset(field.replace(',', ' ').split())


def first(field):
    listed = field.replace(',', ' ').split()
    return listed[0] if listed else None


def read_a(batches):
    rows = {}
    for name in batches:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                cols = line.rstrip('\n').split('\t')
                rows[(name, number)] = (cols[0], codes(cols[2]), codes(cols[3]), cols[1], first(cols[2]))
    return rows


def read_b(paths):
    rows = {}
    for path in paths:
        with open(os.path.join(HERE, path), encoding='utf-8') as f:
            next(f)
            for line in f:
                name, number, lang, goals, targets = line.rstrip('\n').split('\t')
                rows[(name, int(number))] = (lang, codes(goals), codes(targets), None, first(goals))
    return rows


def prf(pairs):
    """Micro precision/recall/F1 of B against A over (a_set, b_set) pairs."""
    tp = sum(len(a & b) for a, b in pairs)
    na = sum(len(a) for a, _ in pairs)
    nb = sum(len(b) for _, b in pairs)
    p = tp / nb if nb else float('nan')
    r = tp / na if na else float('nan')
    f = 2 * tp / (na + nb) if na + nb else float('nan')
    return p, r, f, tp, na, nb


def kappa(a_pos, b_pos, n):
    """Cohen's kappa for one binary label; a_pos/b_pos are sets of row keys, n the number of rows."""
    both = len(a_pos & b_pos)
    neither = n - len(a_pos | b_pos)
    po = (both + neither) / n
    pa, pb = len(a_pos) / n, len(b_pos) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else float('nan')


def goal_of(target):
    return target.split('.')[0]


def summary(keys, a, b):
    n = len(keys)
    gp = prf([(a[k][1], b[k][1]) for k in keys])
    exact = sum(a[k][1] == b[k][1] for k in keys) / n
    a_none = {k for k in keys if not a[k][1]}
    b_none = {k for k in keys if not b[k][1]}
    none_kappa = kappa(a_none, b_none, n)
    goals = sorted({g for k in keys for g in a[k][1] | b[k][1]}, key=int)
    kappas = []
    for g in goals:
        ap = {k for k in keys if g in a[k][1]}
        bp = {k for k in keys if g in b[k][1]}
        if len(ap) >= MIN_POSITIVES or len(bp) >= MIN_POSITIVES:
            kappas.append(kappa(ap, bp, n))
    mean_kappa = sum(kappas) / len(kappas) if kappas else float('nan')
    tp_all = prf([(a[k][2], b[k][2]) for k in keys])
    both_t = [k for k in keys if a[k][2] and b[k][2]]
    tp_both = prf([(a[k][2], b[k][2]) for k in both_t])
    # targets of the goals both annotators agree on: does the delmål match once the goal does?
    shared = [(frozenset(t for t in a[k][2] if goal_of(t) in a[k][1] & b[k][1]),
               frozenset(t for t in b[k][2] if goal_of(t) in a[k][1] & b[k][1])) for k in keys]
    tp_shared = prf([s for s in shared if s[0] and s[1]])
    both_g = [k for k in keys if a[k][1] and b[k][1]]
    primary = sum(a[k][4] == b[k][4] for k in both_g) / len(both_g) if both_g else float('nan')
    return dict(n=n, gp=gp, primary=primary, exact=exact, none_a=len(a_none), none_b=len(b_none),
                none_both=len(a_none & b_none), none_kappa=none_kappa, mean_kappa=mean_kappa,
                n_kappa=len(kappas), tp_all=tp_all, tp_both=tp_both, n_both_t=len(both_t), tp_shared=tp_shared)


def fmt(x):
    return '  – ' if x != x else '%.2f' % x


def print_summaries(groups, a, b):
    print('| rows | goal labels A/B/both | goal P (B vs A) | goal R | goal F1 | exact goal set | same primary goal | no goal A/B/both | kappa "no goal" '
          '| mean kappa (goals, n) | target P | target R | target F1 | target F1, rows both have targets (n) '
          '| target F1 within agreed goals |')
    print('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    for label, keys in groups:
        s = summary(keys, a, b)
        p, r, f = s['gp'][:3]
        tp, tr, tf = s['tp_all'][:3]
        print('| %s (%d) | %d/%d/%d | %s | %s | %s | %s | %s | %d/%d/%d | %s | %s (%d) | %s | %s | %s | %s (%d) | %s |' % (
            label, s['n'], s['gp'][4], s['gp'][5], s['gp'][3], fmt(p), fmt(r), fmt(f), fmt(s['exact']),
            fmt(s['primary']), s['none_a'], s['none_b'], s['none_both'],
            fmt(s['none_kappa']), fmt(s['mean_kappa']), s['n_kappa'], fmt(tp), fmt(tr), fmt(tf),
            fmt(s['tp_both'][2]), s['n_both_t'], fmt(s['tp_shared'][2])))


def print_goal_table(keys, a, b):
    n = len(keys)
    print('| goal | A | B | both | F1 | kappa |')
    print('|---|---|---|---|---|---|')
    for g in range(1, 18):
        g = str(g)
        ap = {k for k in keys if g in a[k][1]}
        bp = {k for k in keys if g in b[k][1]}
        if not ap and not bp:
            continue
        both = len(ap & bp)
        f1 = 2 * both / (len(ap) + len(bp))
        print('| %s | %d | %d | %d | %s | %s |' % (g, len(ap), len(bp), both, fmt(f1), fmt(kappa(ap, bp, n))))


def print_diff(keys, a, b):
    print('| row | lang | A goals | B goals | A targets | B targets | text |')
    print('|---|---|---|---|---|---|---|')
    for k in keys:
        if a[k][1] != b[k][1] or a[k][2] != b[k][2]:
            print('| %s:%d | %s | %s | %s | %s | %s | %s |' % (
                k[0].split('-')[0], k[1], a[k][0], ' '.join(sorted(a[k][1], key=int)) or '–',
                ' '.join(sorted(b[k][1], key=int)) or '–', ' '.join(sorted(a[k][2])) or '–',
                ' '.join(sorted(b[k][2])) or '–', a[k][3]))


def main(argv):
    paths = argv[argv.index('--b') + 1:] if '--b' in argv else list(DEFAULT_B)
    paths = [p for p in paths if not p.startswith('--')]
    b = read_b(paths)
    batches = sorted({k[0] for k in b})
    a = read_a(batches)
    if set(a) != set(b):
        sys.exit('row sets differ: %d in A only, %d in B only' % (len(set(a) - set(b)), len(set(b) - set(a))))
    for k in a:
        if a[k][0] != b[k][0]:
            sys.exit('language differs at %s:%d' % k)
    keys = sorted(a)
    groups = []
    for name in batches:
        for lang in ('nb', 'nn'):
            groups.append(('%s %s' % (name.split('-')[0], lang), [k for k in keys if k[0] == name and a[k][0] == lang]))
    for name in batches:
        groups.append((name.split('-')[0], [k for k in keys if k[0] == name]))
    for lang in ('nb', 'nn'):
        groups.append(('all ' + lang, [k for k in keys if a[k][0] == lang]))
    groups.append(('all', keys))
    print_summaries([(label, ks) for label, ks in groups if ks], a, b)
    print()
    print_goal_table(keys, a, b)
    if '--diff' in argv:
        print()
        print_diff(keys, a, b)


if __name__ == '__main__':
    main(sys.argv[1:])
