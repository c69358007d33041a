#!/usr/bin/python3
"""Score entities()' names (and compromise's) on CoNLL-2003, exact match.

    /usr/bin/python3 tests/eval/public/names.py FILE.jsonl EXTENSION [PEER.tsv]

FILE.jsonl is written by conll.py (text and gold BIO tags of its tokens).
entities(text) rows of the name types are mapped to CoNLL's types
(PERSON -> PER; ORG -> ORG; GPE, LOC -> LOC; NORP, EVENT, LAW, MISC -> MISC; the
dates, times and figures are not CoNLL entities) and to the tokens they
cover: the tokens wholly inside the row's span (a row inside one token
alone, "US" of "US-led", covers no token and is dropped).  Overlapping
rows: the first, longest one wins.  PEER.tsv: `doc<TAB>start<TAB>length<TAB>type`
rows (0-based, tests/eval/peer/names.mjs), mapped the same way.

An entity counts when its token span and type equal a gold entity's
(CoNLL's conlleval: precision, recall, F1 per type and overall).
"""
import json
import os
import sqlite3
import sys

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
            "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "MISC": "MISC"}
TYPES = ("PER", "ORG", "LOC", "MISC")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_spans(doc):
    out, cur = set(), None
    toks = doc["tokens"]
    for i, (_, _, tag) in enumerate(toks + [[0, 0, "O"]]):
        if cur and not (tag.startswith("I-") and tag[2:] == cur[2]):
            out.add((cur[0], i, cur[2]))
            cur = None
        if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
            cur = (i, None, tag[2:])
    return out


def to_tokens(doc, rows):
    """Rows (start, end, type) in code points, 0-based, end exclusive ->
    set of (first token, last token + 1, type)."""
    toks = doc["tokens"]
    starts = [t[0] for t in toks]
    import bisect
    out, taken = set(), []
    for s, e, typ in sorted(rows, key=lambda r: (r[0], -(r[1] - r[0]))):
        i = bisect.bisect_left(starts, s)
        j = i
        while j < len(toks) and toks[j][1] <= e:
            j += 1
        if j == i:
            continue
        if any(not (j <= a or i >= b) for a, b in taken):
            continue
        taken.append((i, j))
        out.add((i, j, typ))
    return out


def run_ours(docs, ext):
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(os.path.abspath(ext))
    pred = {}
    for d in docs:
        rows = []
        for start, length, typ in con.execute(
                "SELECT start, length, type FROM entities(?)", (d["text"],)):
            if typ in TYPE_MAP:
                rows.append((start - 1, start - 1 + length, TYPE_MAP[typ]))
        pred[d["doc"]] = to_tokens(d, rows)
    return pred


def run_peer(docs, path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) == 4:
                s = int(p[1])
                rows.setdefault(int(p[0]), []).append((s, s + int(p[2]), p[3]))
    return {d["doc"]: to_tokens(d, rows.get(d["doc"], [])) for d in docs}


def score(docs, pred):
    c = {t: [0, 0, 0] for t in TYPES + ("all",)}    # tp, predicted, gold
    for d in docs:
        g, p = gold_spans(d), pred.get(d["doc"], set())
        for t in TYPES:
            gt = {x for x in g if x[2] == t}
            pt = {x for x in p if x[2] == t}
            for k, n in ((0, len(gt & pt)), (1, len(pt)), (2, len(gt))):
                c[t][k] += n
                c["all"][k] += n
    res = {}
    for t, (tp, np_, ng) in c.items():
        pr = tp / np_ if np_ else 0.0
        rc = tp / ng if ng else 0.0
        res[t] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0, ng)
    return res


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    docs = load(argv[1])
    ours = score(docs, run_ours(docs, argv[2]))
    peer = score(docs, run_peer(docs, argv[3])) if len(argv) == 4 and os.path.getsize(argv[3]) else None
    print(f"CoNLL-2003 {os.path.basename(argv[1])}: {len(docs)} documents, exact match")
    print("type   gold   newswire P / R / F1      compromise P / R / F1")
    for t in TYPES + ("all",):
        p, r, f, n = ours[t]
        line = f"{t:<5} {n:>5}   {100*p:5.1f} / {100*r:5.1f} / {100*f:5.1f}"
        if peer:
            pp, pr, pf, _ = peer[t]
            line += f"      {100*pp:5.1f} / {100*pr:5.1f} / {100*pf:5.1f}"
        print(line)


if __name__ == "__main__":
    main(sys.argv)
