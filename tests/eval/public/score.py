#!/usr/bin/python3
"""Score claims() (and compromise's quotations) against PolNeAR gold.

    /usr/bin/python3 tests/eval/public/score.py GOLDDIR EXTENSION [PEER.tsv]

GOLDDIR is a folder written by polnear.py (text/DOC.txt, gold.tsv).
/usr/bin/python3 because its sqlite3 module can load an extension.
PEER.tsv holds `doc<TAB>quotation text` rows (tests/eval/peer/quotes.mjs);
each is placed at its first occurrence in the body after the previous one.

A prediction matches a gold attribution, one to one, when their contents
overlap (lenient; the pair with the largest overlap first; a claim's
content_parts, when it has them, are its content) or, for strict,
when the contents are equal once white space, quotation marks and the
final punctuation are trimmed from both ends (a discontinuous gold content
is taken from its first fragment's start to its last's end).  Recall is
given per kind (direct, indirect, mixed by quotation marks) and per cue
class.  A matched claim's speaker is right when its span overlaps the gold
source or their texts are equal (lower case; "Mr." and the like dropped),
or its speaker_resolved names the gold source.
"""
import json
import os
import sqlite3
import sys

TRIM = " \t\r\n\"\u201c\u201d\u2018\u2019'\u00ab\u00bb.,;:!?\u2014-"
HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "the"}


def spans(field):
    if not field:
        return []
    return [tuple(int(x) for x in f.split("-")) for f in field.split(";")]


def load_gold(folder):
    gold, docs = [], {}
    with open(os.path.join(folder, "gold.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(head, line.rstrip("\n").split("\t")))
            for k in ("source", "cue", "content"):
                r[k] = spans(r[k])
            gold.append(r)
    for name in sorted(os.listdir(os.path.join(folder, "text"))):
        with open(os.path.join(folder, "text", name), encoding="utf-8",
                  newline="") as f:
            docs[name[:-4]] = f.read()
    return gold, docs


def run_ours(docs, ext):
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(os.path.abspath(ext))
    out = []
    try:                              # an older build has no cue_class
        con.execute("SELECT cue_class FROM claims('')").fetchall()
        klass_col = "cue_class"
    except sqlite3.OperationalError:
        klass_col = "NULL"
    try:                              # nor content_parts
        con.execute("SELECT content_parts FROM claims('')").fetchall()
        parts_col = "content_parts"
    except sqlite3.OperationalError:
        parts_col = "NULL"
    for doc, body in docs.items():
        for row in con.execute(
                "SELECT speaker, speaker_start, speaker_length,"
                " speaker_resolved, cue, content_start, content_length, kind,"
                " %s, %s FROM claims(?)" % (klass_col, parts_col), (body,)):
            sp, ss, sl, res, cue, cs, cl, kind, klass, parts = row
            if cs is None:
                continue
            parts = json.loads(parts) if parts else [[cs, cl]]
            out.append({"doc": doc, "content": (cs - 1, cs - 1 + cl),
                        "parts": [(a - 1, a - 1 + n) for a, n in parts],
                        "speaker": (ss - 1, ss - 1 + sl) if ss else None,
                        "speaker_text": sp or "", "resolved": res or "",
                        "cue": cue or "", "kind": kind,
                        "cue_class": klass or ("none" if klass_col != "NULL"
                                               else None)})
    return out


def load_peer(path, docs):
    out, cursor = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc, _, text = line.rstrip("\n").partition("\t")
            body = docs.get(doc)
            if body is None or not text:
                continue
            i = body.find(text, cursor.get(doc, 0))
            if i < 0:
                i = body.find(text)
            if i < 0:
                continue
            cursor[doc] = i + len(text)
            out.append({"doc": doc, "content": (i, i + len(text)),
                        "speaker": None, "speaker_text": "", "resolved": "",
                        "cue": "", "kind": "direct"})
    return out


def outer(frags):
    return (min(s for s, _ in frags), max(e for _, e in frags))


def trimmed(body, span):
    s, e = span
    while s < e and body[s] in TRIM:
        s += 1
    while e > s and body[e - 1] in TRIM:
        e -= 1
    return s, e


def overlap(a, frags):
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in frags)


def norm_name(t):
    w = [x.strip(".,").lower() for x in t.split()]
    return " ".join(x for x in w if x not in HONORIFICS)


def speaker_ok(body, p, g):
    if not g["source"]:
        return None
    if p["speaker"] and overlap(p["speaker"], g["source"]) > 0:
        return True
    src = norm_name(" ".join(body[s:e] for s, e in g["source"]))
    if not src:
        return False
    for t in (p["speaker_text"], p["resolved"]):
        n = norm_name(t)
        if n and (n == src or n in src.split() or src in n):
            return True
    return False


def match(gold, pred, docs, strict):
    """One-to-one pairs (gold index, pred index)."""
    pairs = []
    by_doc = {}
    for j, p in enumerate(pred):
        by_doc.setdefault(p["doc"], []).append(j)
    for i, g in enumerate(gold):
        body = docs[g["doc"]]
        gt = trimmed(body, outer(g["content"]))
        for j in by_doc.get(g["doc"], ()):
            p = pred[j]
            if strict:
                if trimmed(body, p["content"]) == gt:
                    pairs.append((1, i, j))
            else:
                ov = sum(overlap(q, g["content"])
                         for q in p.get("parts", [p["content"]]))
                if ov > 0:
                    pairs.append((ov, i, j))
    pairs.sort(key=lambda x: -x[0])
    gi, pj, out = set(), set(), {}
    for _, i, j in pairs:
        if i in gi or j in pj:
            continue
        gi.add(i)
        pj.add(j)
        out[i] = j
    return out


def prf(n_match, n_pred, n_gold):
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name, gold, pred, docs):
    lenient = match(gold, pred, docs, False)
    strict = match(gold, pred, docs, True)
    res = {"name": name}
    res["lenient"] = prf(len(lenient), len(pred), len(gold))
    res["strict"] = prf(len(strict), len(pred), len(gold))
    for key in ("kind", "cue_class"):
        for v in sorted(set(g[key] for g in gold)):
            idx = [i for i, g in enumerate(gold) if g[key] == v]
            res[(key, v)] = (sum(1 for i in idx if i in lenient), len(idx))
    oks = [speaker_ok(docs[gold[i]["doc"]], pred[j], gold[i])
           for i, j in lenient.items()]
    oks = [o for o in oks if o is not None]
    res["speaker"] = (sum(oks), len(oks))
    res["n_pred"] = len(pred)
    matched = set(lenient.values())
    for v in sorted(set(p.get("cue_class") for p in pred) - {None}):
        idx = [j for j, p in enumerate(pred) if p.get("cue_class") == v]
        res[("pred_class", v)] = (sum(1 for j in idx if j in matched), len(idx))
    return res


def show(results, gold):
    cols = [r["name"] for r in results]
    print("%-28s" % "" + "".join("%22s" % c for c in cols))
    print("%-28s" % "predictions" + "".join("%22d" % r["n_pred"]
                                            for r in results))
    for m in ("lenient", "strict"):
        print("%-28s" % (m + " P / R / F1") + "".join(
            "%22s" % ("%.3f %.3f %.3f" % r[m]) for r in results))
    for key in ("kind", "cue_class"):
        for v in sorted(set(g[key] for g in gold)):
            n = results[0][(key, v)][1]
            print("%-28s" % ("recall %s (%d)" % (v, n)) + "".join(
                "%22.3f" % (r[(key, v)][0] / max(1, n)) for r in results))
    for key in sorted(k for k in results[0] if isinstance(k, tuple)
                      and k[0] == "pred_class"):
        m, n = results[0][key]
        print("%-28s%22s" % ("precision cue_class %s" % key[1],
                             "%.3f of %d" % (m / max(1, n), n)))
    print("%-28s" % "speaker accuracy (matched)" + "".join(
        "%22s" % ("%.3f of %d" % (r["speaker"][0] / max(1, r["speaker"][1]),
                                  r["speaker"][1])) for r in results))


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: score.py GOLDDIR EXTENSION [PEER.tsv]")
    gold, docs = load_gold(argv[1])
    ours = run_ours(docs, argv[2])
    results = [report("newswire claims()", gold, ours, docs)]
    if len(argv) > 3 and os.path.getsize(argv[3]) > 0:
        results.append(report("compromise", gold,
                              load_peer(argv[3], docs), docs))
    print("%s: %d articles, %d gold attributions" % (
        os.path.basename(os.path.normpath(argv[1])), len(docs), len(gold)))
    show(results, gold)
    dump = os.environ.get("NW_EVAL_DUMP")
    if dump:                          # the claims, for looking at errors
        with open(dump, "w", encoding="utf-8") as f:
            for p in ours:
                body = docs[p["doc"]]
                f.write("%s\t%d\t%d\t%s\t%s\t%s\t%s\n" % (
                    p["doc"], p["content"][0], p["content"][1], p["kind"],
                    p["speaker_text"], p["cue"],
                    body[p["content"][0]:p["content"][1]].replace("\n", " ")))


if __name__ == "__main__":
    main(sys.argv)
