#!/usr/bin/python3
"""Dump what the analysis produced, for labellers to judge (precision sets).

    python3 tests/eval/corpus/judge.py OUT DIR JUDGE_DIR [NAME]

OUT is the folder make eval-corpus wrote for the corpus (its corpus.db and
CSV files), DIR the corpus folder, JUDGE_DIR a folder OUTSIDE git (e.g.
/work/data/real/mix480-judge): the files hold the articles' text.  NAME
(default: DIR's base name) goes into the label lines.

Writes one small text file per row to judge:
  best_source/NNNN.txt    a best_source row of article_reuse: the pair, its
                          share and spans, the code's regions (offsets in
                          both bodies and their text), then both bodies
  discrepancies/NNNN.txt  a discrepancies row: its columns, its row_key,
                          then both bodies
and JUDGE_DIR/index.tsv, one line per file with a label line to fill in.

Bodies are printed exactly as stored (the text after the header), so that
offsets read off them are the ones score.py wants: substr(body, start,
length), 1-based code points.  Each body line is prefixed by the offset of
its first character, e.g. "[   1] ".  Judge from the texts, not from the
regions: a best_source row is right when the target really reuses the
source; mark every reused passage of the pair in pairs.tsv (score.py
describes the columns), and each discrepancies row 1 or 0 in
discrepancies.tsv (its row_key and files are printed).
"""
import os
import sqlite3
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpuslib  # noqa: E402
import score  # noqa: E402


def numbered(body):
    """The body, each line prefixed by the offset of its first character."""
    out, pos = [], 1
    for line in body.split("\n"):
        out.append(f"[{pos:5d}] {line}")
        pos += len(line) + 1
    return "\n".join(out)


def describe(art, name, i):
    return (f"{name} (article {i}; {art['source']}; published {art['published'] or '-'}; "
            f"reference date {art['reference_date'] or '-'})")


def bodies_section(db, files, arts, first, second, labels=("SOURCE", "TARGET")):
    parts = []
    for label, i in zip(labels, (first, second)):
        body = db.execute("SELECT body FROM articles WHERE id = ?", (i,)).fetchone()[0] or ""
        parts.append(f"===== {label}: {describe(arts[i], files[i], i)}, {len(body)} characters\n"
                     f"{numbered(body)}\n")
    return "\n".join(parts)


def dump_best_source(db, out, files, arts, judge_dir, name):
    reuse = {}
    for r in score.read_csv(os.path.join(out, "reuse.csv")):
        reuse.setdefault((int(r["source"]), int(r["target"])), []).append(r)
    rows = [r for r in score.read_csv(os.path.join(out, "article_reuse.csv"))
            if r["best_source"] == "1"]
    index = []
    for n, r in enumerate(rows, 1):
        s, t = int(r["source"]), int(r["target"])
        sb = db.execute("SELECT body FROM articles WHERE id = ?", (s,)).fetchone()[0] or ""
        tb = db.execute("SELECT body FROM articles WHERE id = ?", (t,)).fetchone()[0] or ""
        lines = [f"# best_source row {n} of {len(rows)}: does the target reuse the source?",
                 f"source: {describe(arts[s], files[s], s)}",
                 f"target: {describe(arts[t], files[t], t)}",
                 "figures: " + ", ".join(f"{k} {r[k]}" for k in r if k not in (
                     "source", "target", "source_outlet", "target_outlet",
                     "source_published", "target_published", "best_source")),
                 "label lines (pairs.tsv; one per reused passage, target offsets, or kind none):",
                 f"  {name}\t{files[s]}\t{files[t]}\tKIND\tTSTART\tTLEN\tSSTART\tSLEN",
                 "", "the code's regions (target b_start+b_length | source a_start+a_length | kind score):"]
        for g in reuse.get((s, t), []):
            bs, bl, as_, al = (int(g[k]) for k in ("b_start", "b_length", "a_start", "a_length"))
            lines.append(f"  target {bs}+{bl} | source {as_}+{al} | {g['kind']} {g['score']}")
            lines.append(f"    T: {corpuslib.one_line(tb[bs - 1:bs - 1 + bl])}")
            lines.append(f"    S: {corpuslib.one_line(sb[as_ - 1:as_ - 1 + al])}")
        lines += ["", bodies_section(db, files, arts, s, t)]
        path = os.path.join("best_source", f"{n:04d}.txt")
        with open(os.path.join(judge_dir, path), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        index.append({"file": path, "what": "best_source", "row_key": "",
                      "first": files[s], "second": files[t]})
    return index


def dump_discrepancies(db, out, files, arts, judge_dir, name):
    rows = score.discrepancy_rows(out, files)
    index = []
    for n, r in enumerate(rows, 1):
        a, b = int(r["article_a"]), int(r["article_b"])
        label = f"{name}\t{r['row_key']}\t{r['kind']}\t{r['file_a']}\t{r['file_b']}\tRIGHT"
        lines = [f"# discrepancies row {n} of {len(rows)}: a real disagreement between reports "
                 "of the same statement or fact? RIGHT = 1 or 0",
                 f"label line (discrepancies.tsv):\n  {label}", ""]
        lines += [f"{k}: {v}" for k, v in r.items() if k not in ("row_key", "file_a", "file_b")]
        lines += ["", bodies_section(db, files, arts, a, b, ("A", "B"))]
        path = os.path.join("discrepancies", f"{n:04d}.txt")
        with open(os.path.join(judge_dir, path), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        index.append({"file": path, "what": f"discrepancy {r['kind']}",
                      "row_key": r["row_key"], "first": r["file_a"], "second": r["file_b"]})
    return index


def main(argv):
    if len(argv) not in (4, 5):
        sys.exit(__doc__)
    out, corpus_dir, judge_dir = argv[1:4]
    name = argv[4] if len(argv) == 5 else os.path.basename(os.path.normpath(corpus_dir))
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    if os.path.abspath(judge_dir).startswith(repo + os.sep):
        sys.exit(f"judge.py: {judge_dir} is inside the repository; the text must stay outside")
    files = score.article_files(out, corpus_dir)
    arts = {int(a["id"]): a for a in score.read_csv(os.path.join(out, "articles.csv"))}
    db = sqlite3.connect(f"file:{os.path.join(out, 'corpus.db')}?mode=ro", uri=True)
    for sub in ("best_source", "discrepancies"):
        os.makedirs(os.path.join(judge_dir, sub), exist_ok=True)
        for old in os.listdir(os.path.join(judge_dir, sub)):
            if old.endswith(".txt"):
                os.remove(os.path.join(judge_dir, sub, old))
    index = (dump_best_source(db, out, files, arts, judge_dir, name)
             + dump_discrepancies(db, out, files, arts, judge_dir, name))
    with open(os.path.join(judge_dir, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("file\twhat\trow_key\tsource_or_a\ttarget_or_b\n")
        for r in index:
            f.write(f"{r['file']}\t{r['what']}\t{r['row_key']}\t{r['first']}\t{r['second']}\n")
    print(f"judge.py: {sum(r['what'] == 'best_source' for r in index)} best_source and "
          f"{sum(r['what'] != 'best_source' for r in index)} discrepancies rows in {judge_dir}")


if __name__ == "__main__":
    main(sys.argv)
