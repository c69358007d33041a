#!/usr/bin/python3
"""Train the name tagger of entities() and write ext/nw_ner_model.c.

    /usr/bin/python3 ext/ner/train.py RULES.so TRAIN.jsonl [DEV.jsonl] [-o ext/nw_ner_model.c]

TRAIN.jsonl is CoNLL-2003 eng.train as tests/eval/public/conll.py writes it
(text and gold BIO tags of its tokens; eng.testb is never read).  RULES.so
is the extension built without the tagger (make build/rules/newswire.so):
its entities() rows are features of the tokens they cover, so the tagger
learns where the rules and lexicons are right on news.

Every training document is read twice: as CoNLL gives it, one sentence a
line, and with about half of its sentence ends joined into paragraphs.

The model: a greedy left-to-right averaged perceptron over 9 labels (O and
B-/I- of PER, ORG, LOC, MISC), hashed features (ext/ner/ner_features.py,
the same bytes as ext/nw_ner.c) in a table of NW_NER_ROWS rows, weights
quantised to int16.  Seeded shuffles: the same inputs give the same file.
"""
import bisect
import json
import os
import random
import sqlite3
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_features as F  # noqa: E402

ROWS_LOG2 = 17
ROWS = 1 << ROWS_LOG2
MASK = ROWS - 1
EPOCHS = 10
NAMES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW"}
GOLD = {"O": 0, "B-PER": 1, "I-PER": 2, "B-ORG": 3, "I-ORG": 4, "B-LOC": 5,
        "I-LOC": 6, "B-MISC": 7, "I-MISC": 8}


def byte_offsets(text):
    """code point index -> byte offset (len(text)+1 entries)."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def rule_labeler(con, text, cp2b):
    rows = []
    for start, length, typ in con.execute("SELECT start, length, type FROM entities(?)", (text,)):
        rows.append((cp2b[start - 1], cp2b[start - 1 + length], typ))
    rows.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    starts = [r[0] for r in rows]

    def rule(s, e):
        # the outermost name row holding the token, else a figure's, else O
        lab = b"O"
        k = bisect.bisect_right(starts, s)
        for ms, me, typ in rows[max(0, k - 8):k]:
            if ms <= s and e <= me:
                if typ in NAMES:
                    return (b"B-" if s == ms else b"I-") + typ.encode()
                lab = b"N"
        return lab
    return rule


def joined(text, rnd):
    """text with about half of its sentence ends inside a paragraph: a line
    ending in . ? ! or a quote joins the next with a space (the same
    offsets), as news paragraphs hold several sentences."""
    out = list(text)
    for i, ch in enumerate(text):
        if ch == "\n" and i > 0 and text[i - 1] in ".?!\"'" and rnd.random() < 0.5:
            out[i] = " "
    return "".join(out)


def load(path, con, augment=False):
    docs = []
    rnd = random.Random(7)
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    items = [(json.loads(line), False) for line in lines]
    if augment:
        items += [(json.loads(line), True) for line in lines]
    for d, join in items:
        if True:
            text = joined(d["text"], rnd) if join else d["text"]
            cp2b = byte_offsets(text)
            doc = F.Doc(text.encode("utf-8"), rule_labeler(con, text, cp2b))
            # gold: the CoNLL token holding each token's first byte
            gs = [cp2b[t[0]] for t in d["tokens"]]
            ge = [cp2b[t[1]] for t in d["tokens"]]
            gold, prev_g = [], -1
            for s, e, _ in doc.tok:
                k = bisect.bisect_right(gs, s) - 1
                if k < 0 or s >= ge[k]:
                    gold.append(0); prev_g = -1
                    continue
                tag = d["tokens"][k][2]
                lab = GOLD.get(tag, 0)
                if k == prev_g and lab % 2 == 1:
                    lab += 1                     # a piece of the same token
                gold.append(lab)
                prev_g = k
            doc.gold = gold
            doc.rows = [[F.feature_hash(x) & MASK for x in doc.static(i)] for i in range(len(doc.tok))]
            docs.append(doc)
    return docs


class Model:
    def __init__(self):
        self.w = [0.0] * (ROWS * F.NLAB)
        self.u = [0.0] * (ROWS * F.NLAB)
        self.c = 1

    def scores(self, rows, w):
        sc = [0.0] * F.NLAB
        for r in rows:
            b = r * F.NLAB
            for k in range(F.NLAB):
                sc[k] += w[b + k]
        return sc

    def update(self, rows, good, bad):
        c = self.c
        for r in rows:
            b = r * F.NLAB
            self.w[b + good] += 1.0
            self.u[b + good] += c
            self.w[b + bad] -= 1.0
            self.u[b + bad] -= c

    def averaged(self):
        c = self.c
        return [w - u / c for w, u in zip(self.w, self.u)]


def tag_doc(doc, w, model=None):
    """Greedy labels of doc; with model, perceptron updates on the way."""
    out, t1, t2 = [], -1, -1
    for i in range(len(doc.tok)):
        if doc.line[i]:
            t1 = t2 = -1
        if not doc.cand0[i] and not doc.candidate(i, t1):
            lab = 0
            if model is not None and doc.gold[i] != 0:
                pass                    # out of reach: not scored
        else:
            rows = doc.rows[i] + [F.feature_hash(x) & MASK for x in doc.dynamic(i, t1, t2)]
            sc = model.scores(rows, model.w) if model is not None else None
            if sc is None:
                sc = [0.0] * F.NLAB
                for r in rows:
                    b = r * F.NLAB
                    for k in range(F.NLAB):
                        sc[k] += w[b + k]
            best, lab = None, 0
            for k in range(F.NLAB):
                if F.allowed(k, t1) and (best is None or sc[k] > best):
                    best, lab = sc[k], k
            if model is not None:
                g = doc.gold[i]
                if lab != g:
                    model.update(rows, g, lab)
                model.c += 1
                lab = g if F.allowed(g, t1) else lab     # follow the gold path
        out.append(lab)
        t2, t1 = t1, lab
    return out


def spans(labels):
    out, cur = set(), None
    for i, lab in enumerate(labels + [0]):
        if cur and not (lab != 0 and lab % 2 == 0 and (lab + 1) // 2 == cur[2]):
            out.add((cur[0], i, cur[2])); cur = None
        if lab % 2 == 1:
            cur = (i, None, (lab + 1) // 2)
    return out


def evaluate(docs, w):
    tp = npred = ngold = 0
    per = {}
    for d in docs:
        p, g = spans(tag_doc(d, w)), spans(d.gold)
        tp += len(p & g); npred += len(p); ngold += len(g)
        for t in (1, 2, 3, 4):
            a = per.setdefault(t, [0, 0, 0])
            pt = {x for x in p if x[2] == t}; gt = {x for x in g if x[2] == t}
            a[0] += len(pt & gt); a[1] += len(pt); a[2] += len(gt)
    def f1(a, b, c):
        pr, rc = (a / b if b else 0), (a / c if c else 0)
        return 2 * pr * rc / (pr + rc) if pr + rc else 0
    return f1(tp, npred, ngold), {t: round(100 * f1(*v), 1) for t, v in per.items()}


def quantise(w):
    m = max(abs(x) for x in w) or 1.0
    scale = 32767.0 / m
    return [int(round(x * scale)) for x in w]


def write_c(q, path, ntrain):
    with open(path, "w") as f:
        f.write("/* Generated by ext/ner/train.py: do not edit.\n"
                "** The weights of entities()' name tagger (ext/nw_ner.c): an averaged\n"
                "** perceptron trained on CoNLL-2003 eng.train (%d documents; Reuters\n"
                "** RCV1 news, github:ZhixiuYe/HSCRF-pytorch data/eng.train), %d epochs,\n"
                "** hashed features (FNV-1a) in %d rows of %d labels, quantised to int16.\n"
                "** Only these derived weights are shipped, no text of the corpus. */\n"
                % (ntrain, EPOCHS, ROWS, F.NLAB))
        f.write('#include "nw_ner.h"\n\n')
        f.write("const int16_t aNwNerWeight[NW_NER_ROWS*NW_NER_NLAB] = {\n")
        for i in range(0, len(q), 24):
            f.write(",".join(str(x) for x in q[i:i + 24]) + ",\n")
        f.write("};\n")


def main(argv):
    args = [a for a in argv[1:]]
    out = "ext/nw_ner_model.c"
    if "-o" in args:
        k = args.index("-o"); out = args[k + 1]; del args[k:k + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(os.path.abspath(args[0]))
    train = load(args[1], con, augment=True)
    dev = load(args[2], con) if len(args) > 2 else []
    print(f"train: {len(train)} documents, {sum(len(d.tok) for d in train)} tokens", flush=True)
    model = Model()
    rnd = random.Random(12)
    order = list(range(len(train)))
    for ep in range(EPOCHS):
        rnd.shuffle(order)
        for k in order:
            tag_doc(train[k], None, model)
        if dev and (ep % 3 == 2 or ep == EPOCHS - 1):
            print(f"epoch {ep + 1}: dev F1 {evaluate(dev, model.averaged())}", flush=True)
    q = quantise(model.averaged())
    if dev:
        print(f"quantised: dev F1 {evaluate(dev, q)}")
    write_c(q, out, len(train))
    print(f"wrote {out}: {sum(1 for x in q if x)} of {len(q)} weights non-zero")


if __name__ == "__main__":
    main(sys.argv)
