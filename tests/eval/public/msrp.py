#!/usr/bin/python3
"""Score similar_passage() and signatures on MSRP train, beside baselines.

    /usr/bin/python3 tests/eval/public/msrp.py PAIRS.txt EXTENSION [THRESHOLD]

PAIRS.txt is msr_paraphrase_train.txt of the Microsoft Research Paraphrase
Corpus (Quality, #1 ID, #2 ID, #1 String, #2 String), split on tabs only:
its sentences hold quotation marks that a CSV reader would take as quoting.
/usr/bin/python3 because its sqlite3 module can load an extension.

For each measure: AUC (rank-sum, ties half), then accuracy and F1 of the
paraphrase class at a threshold.  For similar_passage() the threshold is
the documented one (README: 0.5 for the symmetric score), also used for
containment; for the other measures, which document none, the threshold
that gives the best accuracy on these same pairs (flattering them).  The
baselines are the Jaccard overlap of lower-cased word sets and the cosine
of TF-IDF vectors (lower-cased words, idf = ln((1+N)/(1+df)) + 1 over the
N sentences of the file, as scikit-learn's default).

NW_MSRP_LABEL names the build in the first line (paraphrase.sh's
ablations); NW_MSRP_BRIEF=1 prints only the similar_passage row.
"""
import math
import os
import re
import sqlite3
import sys

WORD = re.compile(r"\w+", re.UNICODE)


def load(path):
    pairs = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        head = f.readline()
        if not head.startswith("Quality"):
            sys.exit("msrp: %s: no 'Quality' header; not the MSRP file" % path)
        for n, line in enumerate(f, 2):
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) != 5:
                sys.exit("msrp: %s:%d: %d columns, not 5" % (path, n, len(cols)))
            pairs.append((int(cols[0]), cols[3], cols[4]))
    return pairs


def auc(labels, scores):
    """Rank-sum AUC, ties counted half."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        r = (i + j) / 2.0 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = r
        i = j + 1
    npos = sum(labels)
    nneg = len(labels) - npos
    rpos = sum(r for r, l in zip(ranks, labels) if l)
    return (rpos - npos * (npos + 1) / 2.0) / (npos * nneg)


def acc_f1(labels, scores, t):
    tp = sum(1 for l, s in zip(labels, scores) if l and s >= t)
    fp = sum(1 for l, s in zip(labels, scores) if not l and s >= t)
    fn = sum(1 for l, s in zip(labels, scores) if l and s < t)
    tn = len(labels) - tp - fp - fn
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return 100.0 * (tp + tn) / len(labels), 100.0 * f1


def best_threshold(labels, scores):
    best = (-1, 0)
    for t in sorted(set(scores)):
        a, _ = acc_f1(labels, scores, t)
        if a > best[0]:
            best = (a, t)
    return best[1]


def jaccard(a, b):
    x, y = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return len(x & y) / len(x | y) if x | y else 0.0


def tfidf_scores(pairs):
    docs = [WORD.findall(s.lower()) for _, a, b in pairs for s in (a, b)]
    df = {}
    for d in docs:
        for w in set(d):
            df[w] = df.get(w, 0) + 1
    n = len(docs)
    idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}

    def vec(d):
        v = {}
        for w in d:
            v[w] = v.get(w, 0) + idf[w]
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    out = []
    for i in range(0, len(docs), 2):
        va, vb = vec(docs[i]), vec(docs[i + 1])
        out.append(sum(x * vb.get(w, 0.0) for w, x in va.items()))
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    pairs = load(sys.argv[1])
    threshold = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
    labels = [l for l, _, _ in pairs]
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(sys.argv[2]))
    label = os.environ.get("NW_MSRP_LABEL", "")
    brief = os.environ.get("NW_MSRP_BRIEF", "") == "1"
    q = ("SELECT similar_passage(?1, ?2), similar_passage(?1, ?2, 'containment'),"
         " similar_passage(?2, ?1, 'containment'),"
         " signature_similarity(passage_signature(?1), passage_signature(?2))")
    sim, con, sig = [], [], []
    for _, a, b in pairs:
        s, c1, c2, g = db.execute(q, (a, b)).fetchone()
        sim.append(s)
        con.append(min(c1, c2))
        sig.append(g)
    rows = [
        ("similar_passage", sim, threshold, "documented"),
        ("similar_passage", sim, None, "best"),
        ("containment (min of both)", con, threshold, "documented"),
        ("signature_similarity", sig, None, "best"),
        ("word Jaccard (lower)", [jaccard(a, b) for _, a, b in pairs], None, "best"),
        ("TF-IDF cosine", tfidf_scores(pairs), None, "best"),
    ]
    if brief:
        a, f = acc_f1(labels, sim, threshold)
        print("  %-44s AUC %.3f  acc %.1f  F1 %.1f (at %.2f)" % (
            label, auc(labels, sim), a, f, threshold))
        return
    print("MSRP train: %d pairs, %d paraphrases (%.1f%%)%s" % (
        len(pairs), sum(labels), 100.0 * sum(labels) / len(pairs),
        "; " + label if label else ""))
    print("  %-28s %6s  %9s  %6s  %6s" % ("measure", "AUC", "threshold", "acc", "F1"))
    for name, scores, t, how in rows:
        if t is None:
            t = best_threshold(labels, scores)
        a, f = acc_f1(labels, scores, t)
        print("  %-28s %6.3f  %5.2f %-4s %6.1f  %6.1f" % (
            name, auc(labels, scores), t, how[:4], a, f))
    print("  (majority class: accuracy %.1f)" % (100.0 * max(sum(labels), len(labels) - sum(labels)) / len(labels)))


if __name__ == "__main__":
    main()
