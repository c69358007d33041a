#!/usr/bin/python3
"""TempEval-3 time expressions (TBAQ-cleaned: TimeBank, AQUAINT) for entities().

    /usr/bin/python3 tests/eval/public/tbaq.py convert SOURCE OUTDIR
    /usr/bin/python3 tests/eval/public/tbaq.py score OUTDIR EXTENSION [PEERDIR]

convert: SOURCE is a checked-out copy of github:qiangning/StructTempRel-EMNLP17
or a bare git directory of it (as the fetch tool leaves it).  ONLY
data/TempEval3/Training/TBAQ-cleaned/TimeBank and .../AQUAINT are read;
Evaluation/ and every other folder are held out and never opened.  For each
corpus, OUTDIR/tbaq-CORPUS/ gets
  docs.tsv  doc<TAB>dct<TAB>body  (body: the TEXT element with its tags
            stripped and XML entities decoded; tabs/newlines escaped as
            \\t \\n; dct: the YYYY-MM-DD of the CREATION_TIME TIMEX3)
  gold.tsv  doc start end type value text (0-based [start,end) character
            offsets in body)

score: runs entities(body, dct) (DATE, TIME, DURATION, SET rows) and, when
PEERDIR/tbaq-CORPUS.tsv exists, the peer's rows (doc start end type value),
and prints TempEval-3 style figures per TIMEX3 type and over all types:
  relaxed  span F1, a system mention matching a gold one it overlaps (one to
           one, the largest overlap first), over all mentions whatever their
           type (the figures of a type count the gold mentions of that type
           and the system mentions of that type)
  strict   the same with equal spans
  type     accuracy of the type over the relaxed matches of gold of a type
  value    F1 of the value on relaxed matches: a true positive is a matched
           pair whose values are equal, precision over the system mentions
           (of that type), recall over the gold mentions (of that type)
The system value is entities()' timex column (the TimeML value).  A build
without it is scored on its value column read as TimeML writes it
(tml_value below): an interval for "since X" (X/ref or X/..) is X; early,
mid, late month (Y-M-01/Y-M-10 ...) is Y-M; early/mid/late year is Y.
"""
import html
import os
import re
import sqlite3
import subprocess
import sys

ROOT = "data/TempEval3/Training/TBAQ-cleaned"
CORPORA = ("TimeBank", "AQUAINT")          # never Evaluation/ or others
TYPES = ("DATE", "TIME", "DURATION", "SET")


def list_files(src, corpus):
    d = os.path.join(src, ROOT, corpus)
    if os.path.isdir(d):
        return [(n, lambda n=n: open(os.path.join(d, n), encoding="utf-8").read())
                for n in sorted(os.listdir(d)) if n.endswith(".tml")]
    out = subprocess.run(["git", "--git-dir", src, "ls-tree", "--name-only",
                          "HEAD", ROOT + "/" + corpus + "/"],
                         check=True, capture_output=True, text=True).stdout
    names = [os.path.basename(p) for p in out.split("\n") if p.endswith(".tml")]

    def show(n):
        return subprocess.run(["git", "--git-dir", src, "show",
                               "HEAD:%s/%s/%s" % (ROOT, corpus, n)],
                              check=True, capture_output=True).stdout.decode("utf-8")
    return [(n, lambda n=n: show(n)) for n in sorted(names)]


TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(tml):
    m = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', tml)
    dct = dict(ATTR.findall(m.group(0)))["value"][:10] if m else ""
    t = re.search(r"<TEXT>(.*)</TEXT>", tml, re.S)
    body, gold, pos, open_ = [], [], 0, None
    text = t.group(1) if t else ""
    n = 0
    for mt in TAG.finditer(text):
        seg = html.unescape(text[pos:mt.start()])
        body.append(seg)
        n += len(seg)
        pos = mt.end()
        if mt.group(2) == "TIMEX3":
            if mt.group(1) == "":
                open_ = (n, dict(ATTR.findall(mt.group(3))))
            elif open_:
                gold.append((open_[0], n, open_[1].get("type", ""),
                             open_[1].get("value", "")))
                open_ = None
    body.append(html.unescape(text[pos:]))
    return dct, "".join(body), gold


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def unesc(s):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), s)


def convert(src, outdir):
    if os.path.isdir(os.path.join(src, "repo")) and not os.path.isdir(os.path.join(src, "data")):
        src = os.path.join(src, "repo")
    for corpus in CORPORA:
        d = os.path.join(outdir, "tbaq-" + corpus.lower())
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "docs.tsv"), "w", encoding="utf-8") as fd, \
             open(os.path.join(d, "gold.tsv"), "w", encoding="utf-8") as fg:
            fd.write("doc\tdct\tbody\n")
            fg.write("doc\tstart\tend\ttype\tvalue\ttext\n")
            for name, read in list_files(src, corpus):
                dct, body, gold = parse(read())
                doc = name[:-4]
                fd.write("%s\t%s\t%s\n" % (doc, dct, esc(body)))
                for s, e, ty, v in gold:
                    fg.write("%s\t%d\t%d\t%s\t%s\t%s\n" % (doc, s, e, ty, v, esc(body[s:e])))


def load(d):
    docs = {}
    with open(os.path.join(d, "docs.tsv"), encoding="utf-8") as f:
        f.readline()
        for line in f:
            doc, dct, body = line.rstrip("\n").split("\t")
            docs[doc] = (dct, unesc(body))
    gold = []
    with open(os.path.join(d, "gold.tsv"), encoding="utf-8") as f:
        f.readline()
        for line in f:
            r = line.rstrip("\n").split("\t")
            gold.append((r[0], int(r[1]), int(r[2]), r[3], r[4]))
    return docs, gold


INTERVAL_SINCE = re.compile(r"^([0-9X]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)/(?:\.\.|\d{4}-\d{2}-\d{2})$")
PART_MONTH = re.compile(r"^(\d{4}-\d{2})-\d{2}/\1-\d{2}$")
PART_YEAR = re.compile(r"^(\d{4})-\d{2}/\1-\d{2}$")


def tml_value(v):
    if v is None:
        return ""
    v = str(v)
    m = PART_MONTH.match(v) or PART_YEAR.match(v)
    if m:
        return m.group(1)
    m = INTERVAL_SINCE.match(v)
    if m:
        return m.group(1)
    return v


def run_ours(docs, ext):
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(os.path.abspath(ext))
    out = []
    try:                              # an older build has no timex column
        con.execute("SELECT timex FROM entities('')").fetchall()
        col = "timex"
    except sqlite3.OperationalError:
        col = "value"
    for doc, (dct, body) in docs.items():
        for start, length, ty, v in con.execute(
                "SELECT start, length, type, %s FROM entities(?, ?) "
                "WHERE type IN ('DATE','TIME','DURATION','SET')" % col, (body, dct or None)):
            out.append((doc, start - 1, start - 1 + length, ty,
                        tml_value(v) if col == "value" else (v or "")))
    return out


def load_peer(path):
    out = []
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) >= 5:
                out.append((r[0], int(r[1]), int(r[2]), r[3], r[4]))
    return out


def match(gold, sysm, strict):
    """One-to-one matches (gold index, sys index), largest overlap first."""
    by = {}
    for j, s in enumerate(sysm):
        by.setdefault(s[0], []).append(j)
    cand = []
    for i, g in enumerate(gold):
        for j in by.get(g[0], ()):
            s = sysm[j]
            if strict:
                if s[1] == g[1] and s[2] == g[2]:
                    cand.append((g[2] - g[1], i, j))
            else:
                ov = min(g[2], s[2]) - max(g[1], s[1])
                if ov > 0:
                    cand.append((ov, i, j))
    cand.sort(key=lambda c: (-c[0], c[1], c[2]))
    ug, us, pairs = set(), set(), []
    for _, i, j in cand:
        if i in ug or j in us:
            continue
        ug.add(i)
        us.add(j)
        pairs.append((i, j))
    return pairs


def f1(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold, sysm, label):
    rel = match(gold, sysm, False)
    st = match(gold, sysm, True)
    rows = []
    for ty in TYPES + ("DATE+TIME", "ALL"):
        tset = {"ALL": set(TYPES), "DATE+TIME": {"DATE", "TIME"}}.get(ty, {ty})
        ng = sum(1 for g in gold if g[3] in tset)
        ns = sum(1 for s in sysm if s[3] in tset)
        # spans: gold of the type matched by a system mention of the type
        rtp = sum(1 for i, j in rel if gold[i][3] in tset and sysm[j][3] in tset)
        stp = sum(1 for i, j in st if gold[i][3] in tset and sysm[j][3] in tset)
        gm = [(i, j) for i, j in rel if gold[i][3] in tset]
        tacc = (sum(1 for i, j in gm if sysm[j][3] == gold[i][3]) / len(gm)) if gm else 0.0
        vtp = sum(1 for i, j in rel if gold[i][3] in tset and sysm[j][3] in tset
                  and sysm[j][4] == gold[i][4])
        rows.append((ty, ng, ns, f1(rtp, ns, ng), f1(stp, ns, ng), tacc, f1(vtp, ns, ng)))
    print("  %s" % label)
    print("    %-9s %5s %5s  %-17s  %-6s  %-6s  %-17s" % ("type", "gold", "sys", "relaxed P/R/F1", "strict", "type", "value P/R/F1"))
    for ty, ng, ns, r, s, ta, v in rows:
        print("    %-9s %5d %5d  %5.1f %5.1f %5.1f  %6.1f  %6.1f  %5.1f %5.1f %5.1f" % (
            ty, ng, ns, 100 * r[0], 100 * r[1], 100 * r[2], 100 * s[2], 100 * ta,
            100 * v[0], 100 * v[1], 100 * v[2]))
    return rows


def errors(gold, sysm, docs, path):
    rel = match(gold, sysm, False)
    mg = {i: j for i, j in rel}
    ms = {j for i, j in rel}
    with open(path, "w", encoding="utf-8") as f:
        for i, g in enumerate(gold):
            body = docs[g[0]][1]
            if i not in mg:
                f.write("MISS\t%s\t%s\t%s\t%s\t%s\n" % (g[0], g[3], g[4], esc(body[g[1]:g[2]]), esc(body[max(0, g[1]-40):g[2]+40])))
            else:
                s = sysm[mg[i]]
                if s[3] != g[3] or s[4] != g[4]:
                    f.write("DIFF\t%s\t%s/%s\t%s/%s\t%s|%s\t%s\n" % (g[0], g[3], s[3], g[4], s[4], esc(body[g[1]:g[2]]), esc(body[s[1]:s[2]]), esc(body[max(0, g[1]-40):g[2]+40])))
        for j, s in enumerate(sysm):
            if j not in ms:
                body = docs[s[0]][1]
                f.write("FP\t%s\t%s\t%s\t%s\t%s\n" % (s[0], s[3], s[4], esc(body[s[1]:s[2]]), esc(body[max(0, s[1]-40):s[2]+40])))


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "convert":
        convert(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) < 4 or sys.argv[1] != "score":
        sys.exit(__doc__)
    outdir, ext = sys.argv[2], sys.argv[3]
    peerdir = sys.argv[4] if len(sys.argv) > 4 else ""
    for corpus in CORPORA:
        d = os.path.join(outdir, "tbaq-" + corpus.lower())
        docs, gold = load(d)
        ours = run_ours(docs, ext)
        print("%s (%d documents, %d TIMEX3, reference date: the DCT)" % (corpus, len(docs), len(gold)))
        score(gold, ours, "entities()")
        os.makedirs("build/eval", exist_ok=True)
        errors(gold, ours, docs, "build/eval/tbaq_%s_errors.tsv" % corpus.lower())
        peer = load_peer(os.path.join(peerdir, "tbaq-%s.tsv" % corpus.lower())) if peerdir else None
        if peer is not None:
            score(gold, peer, "chrono-node")


if __name__ == "__main__":
    main()
