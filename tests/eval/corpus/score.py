#!/usr/bin/python3
"""Score the analysis of a real corpus against labels (make eval-corpus).

    python3 tests/eval/corpus/score.py OUT DIR LABELS

OUT is the folder run.sh wrote (articles.csv, article_reuse.csv, reuse.csv,
discrepancies.csv), DIR the corpus folder (read only to map each article's
URL to its file name), LABELS a folder of label files (*.tsv).

Label files (tests/eval/corpus/labels/NAME/, NAME the corpus folder's base
name, e.g. mix480).  They hold file names, offsets and labels, NEVER text
of the articles.  Tab-separated, a header line naming the columns, lines
starting with # are comments; a file is read by its header:

1. Reuse labels (e.g. pairs.tsv), one line per reused passage, or one line
   per pair judged to share nothing:

     corpus  source_file  target_file  kind  target_start  target_length  source_start  source_length

   corpus        the corpus the label was made on (mix480, polnear, conll)
   source_file   the file the text comes from (the earlier version)
   target_file   the file that reuses it
   kind          verbatim | near-verbatim | paraphrase | translation |
                 update (a later version of the same wire story) | quote
                 (both reproduce a third party's words, nothing else
                 shared: reuse of the quote, neither copied the other) |
                 none
   offsets       character offsets in the BODY (the text after the header
                 and its blank line), as sqlite's substr() counts them:
                 1-based Unicode code points; the passage in the target is
                 substr(body, target_start, target_length).  Empty for a
                 pair-level label ("these two share text", or kind none:
                 "judged, nothing reused").  Source offsets are optional.

   A pair is a labelled copy when one of its lines has a kind other than
   none and quote; it shares text when it has a kind other than none; it
   is labelled (judged) when it has any line.  Extra columns (e.g.
   direction_rule) are kept for the reader and ignored.  Label every pair
   you find that shares text, from the texts, whatever the code says.

2. Judged discrepancies (e.g. discrepancies.tsv), one line per judged row
   of the discrepancies view (judge.py writes the keys):

     corpus  row_key  kind  file_a  file_b  right

   row_key  the first 12 hex digits of the SHA-1 of kind, file_a, file_b,
            version_a, version_b joined by U+001F (judge.py prints it)
   right    1 if the row is a real disagreement between reports of the
            same statement or fact, 0 if not

3. Labelled disagreements (e.g. disagreements.tsv), real disagreements
   the annotator found inside the labelled pairs:

     corpus  source_file  target_file  what  target_start  target_length  source_start  source_length

Scores (a label whose files are not both in DIR is ignored and counted):

- best_source precision: of the best_source rows whose pair is labelled
  (either direction), the share whose pair shares text (copies and
  quotes) (and, directed,
  the share whose source -> target is the labelled direction).
- best_source recall: of the targets of labelled copies, the share whose
  best_source row names one of their labelled sources; pair recall: the
  share of labelled copy pairs linked in article_reuse at all.
- reuse_spans recall: a labelled passage (with target offsets) is found
  when >= 50% of its characters in the target are covered by the regions
  of that pair (reuse rows source -> target on the b side, or target ->
  source on the a side).
- region precision: of the region characters in the target of labelled
  pairs (copies with passages, and pairs labelled none), the share inside
  labelled passages of that pair.
- discrepancies precision: of the rows judged in a label file, the share
  judged right; rows not judged are counted.  With labelled disagreements
  (format 3) instead: a row is counted right when its two articles hold a
  labelled disagreement (an upper bound: its kind and words are not
  compared); recall: the labelled disagreements whose pair has a row.
"""
import csv
import glob
import hashlib
import os
import sys
from collections import defaultdict

KINDS = ("verbatim", "near-verbatim", "paraphrase", "translation", "update",
         "quote", "none")
PAIR_COLUMNS = ["corpus", "source_file", "target_file", "kind", "target_start",
                "target_length", "source_start", "source_length"]
JUDGED_COLUMNS = ["corpus", "row_key", "kind", "file_a", "file_b", "right"]
DISAGREE_COLUMNS = ["corpus", "source_file", "target_file", "what", "target_start",
                    "target_length", "source_start", "source_length"]
HEADER_KEYS = ("source", "url", "published", "title")


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def file_header(path):
    """The header fields of an article file, as sql/load.sql reads them."""
    with open(path, encoding="utf-8", errors="replace") as f:
        raw = f.read().replace("\r\n", "\n")
    head, sep, _ = raw.partition("\n\n")
    if not sep or not raw.startswith(("Source:", "URL:", "Published:", "Title:")):
        return {}
    fields = {}
    for line in head.split("\n"):
        key, colon, value = line.partition(":")
        if colon and key.strip().lower() in HEADER_KEYS:
            fields.setdefault(key.strip().lower(), value.strip())
    return fields


def article_files(out, corpus_dir):
    """{article id: file name} through the URLs the loader stored."""
    by_url = {}
    for path in glob.glob(os.path.join(corpus_dir, "**", "*.txt"), recursive=True):
        url = file_header(path).get("url")
        if url:
            by_url[url] = os.path.basename(path)
    files = {}
    for a in read_csv(os.path.join(out, "articles.csv")):
        url = a["url"]
        name = by_url.get(url)
        if name is None and "#" in url:       # a repeated URL, made unique
            name = os.path.basename(url.rsplit("#", 1)[1])
        if name is None and url.startswith("file:"):
            name = os.path.basename(url[5:])
        files[int(a["id"])] = name or url
    return files


def read_labels(labels_dir):
    """(pair label rows, judged discrepancy rows) of every *.tsv there."""
    pairs, judged, disagree = [], [], []
    for path in sorted(glob.glob(os.path.join(labels_dir, "*.tsv"))):
        with open(path, encoding="utf-8", newline="") as f:
            lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        header = lines[0].rstrip("\n").split("\t") if lines else []
        if header[:len(PAIR_COLUMNS)] == PAIR_COLUMNS:
            for r in rows:
                if r["kind"] not in KINDS:
                    sys.exit(f"score.py: {path}: kind {r['kind']!r} is not one of {', '.join(KINDS)}")
            pairs += rows
        elif header[:len(JUDGED_COLUMNS)] == JUDGED_COLUMNS:
            judged += rows
        elif header[:len(DISAGREE_COLUMNS)] == DISAGREE_COLUMNS:
            disagree += rows
        elif lines:
            sys.exit(f"score.py: {path}: the header is neither\n  {' '.join(PAIR_COLUMNS)}\nnor\n  {' '.join(JUDGED_COLUMNS)}")
    return pairs, judged, disagree


def span(start, length):
    """The 1-based character positions of an offset pair, or an empty set."""
    if not start or not length:
        return set()
    s, n = int(start), int(length)
    return set(range(s, s + n))


def regions_in_target(reuse, ids, s, t):
    """Characters of t covered by the regions of the pair s, t (either way)."""
    covered = set()
    si, ti = ids.get(s), ids.get(t)
    for r in reuse.get((si, ti), ()):
        covered |= span(r["b_start"], r["b_length"])
    for r in reuse.get((ti, si), ()):
        covered |= span(r["a_start"], r["a_length"])
    return covered


def ratio(n, d):
    return f"{n / d:.3f} ({n}/{d})" if d else f"- (0/0)"


def discrepancy_key(kind, file_a, file_b, version_a, version_b):
    text = "\x1f".join(str(x) for x in (kind, file_a, file_b, version_a, version_b))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def discrepancy_rows(out, files):
    rows = []
    for r in read_csv(os.path.join(out, "discrepancies.csv")):
        fa, fb = files.get(int(r["article_a"])), files.get(int(r["article_b"]))
        rows.append(dict(r, file_a=fa, file_b=fb,
                         row_key=discrepancy_key(r["kind"], fa, fb, r.get("version_a", ""),
                                                 r.get("version_b", ""))))
    return rows


def score_best_source(best, copies, sharing, labelled):
    judged = [(s, t) for s, t in best if frozenset((s, t)) in labelled]
    right = [p for p in judged if frozenset(p) in {frozenset(c) for c in sharing}]
    directed = [p for p in judged if p in copies]
    print(f"best_source precision {ratio(len(right), len(judged))}, directed "
          f"{ratio(len(directed), len(judged))}; {len(best) - len(judged)} of {len(best)} rows not labelled")
    # Labels that cover every pair the annotator's own search flagged (and
    # a random sample of the rest, all none) make an unlabelled row a pair
    # that shares nothing the search could see: counted false here.
    print(f"best_source precision, unlabelled rows counted false {ratio(len(right), len(best))}")
    sources = defaultdict(set)
    for s, t in copies:
        sources[t].add(s)
    best_of = dict((t, s) for s, t in best)
    hit = [t for t in sources if best_of.get(t) in sources[t]]
    print(f"best_source recall of labelled copies {ratio(len(hit), len(sources))} (targets)")


def score_spans(label_rows, reuse, ids, labelled_pairs):
    found, total = defaultdict(int), defaultdict(int)
    passages = defaultdict(set)
    for r in label_rows:
        if r["kind"] == "none" or not r["target_start"]:
            continue
        p = span(r["target_start"], r["target_length"])
        key = (r["source_file"], r["target_file"])
        passages[key] |= p
        covered = regions_in_target(reuse, ids, *key)
        total[r["kind"]] += 1
        found[r["kind"]] += len(p & covered) * 2 >= len(p)
    per_kind = ", ".join(f"{k} {found[k]}/{total[k]}" for k in KINDS if total[k])
    print(f"reuse_spans recall of labelled passages {ratio(sum(found.values()), sum(total.values()))}"
          + (f": {per_kind}" if per_kind else ""))
    inside = chars = 0
    for key, kinds in labelled_pairs.items():
        if kinds != {"none"} and key not in passages:
            continue                # a copy labelled without passages
        covered = regions_in_target(reuse, ids, *key)
        chars += len(covered)
        inside += len(covered & passages.get(key, set()))
    print(f"region precision (characters of labelled pairs' regions) {ratio(inside, chars)}")


def score_discrepancies(rows, judged):
    verdict = {j["row_key"]: j["right"].strip() == "1" for j in judged}
    seen = [verdict[r["row_key"]] for r in rows if r["row_key"] in verdict]
    print(f"discrepancies precision {ratio(sum(seen), len(seen))}; "
          f"{len(rows) - len(seen)} of {len(rows)} rows not judged")


def score_disagreements(rows, disagree):
    pairs = {frozenset((d["source_file"], d["target_file"])) for d in disagree}
    hit = [r for r in rows if frozenset((r["file_a"], r["file_b"])) in pairs]
    print(f"discrepancies precision (rows on a pair with a labelled disagreement, an upper bound) "
          f"{ratio(len(hit), len(rows))}")
    got = {frozenset((r["file_a"], r["file_b"])) for r in rows}
    found = [d for d in disagree if frozenset((d["source_file"], d["target_file"])) in got]
    print(f"discrepancies recall (labelled disagreements whose pair has a row) {ratio(len(found), len(disagree))}")


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    out, corpus_dir, labels_dir = argv[1:]
    files = article_files(out, corpus_dir)
    ids = {name: i for i, name in files.items()}
    label_rows, judged, disagree = read_labels(labels_dir)
    usable = [r for r in label_rows if r["source_file"] in ids and r["target_file"] in ids]
    print(f"== scores against {labels_dir}: {len(usable)} reuse label lines"
          f" ({len(label_rows) - len(usable)} about files not in this corpus), {len(judged)} judged discrepancy rows")
    labelled_pairs = defaultdict(set)
    for r in usable:
        labelled_pairs[(r["source_file"], r["target_file"])].add(r["kind"])
    copies = {p for p, kinds in labelled_pairs.items() if kinds - {"none", "quote"}}
    sharing = {p for p, kinds in labelled_pairs.items() if kinds - {"none"}}
    labelled = {frozenset(p) for p in labelled_pairs}
    print(f"labelled pairs {len(labelled_pairs)}: copies {len(copies)}, shared quotes only "
          f"{len(sharing) - len(copies)}, none {len(labelled_pairs) - len(sharing)}")
    article_reuse = read_csv(os.path.join(out, "article_reuse.csv"))
    best = [(files[int(r["source"])], files[int(r["target"])]) for r in article_reuse
            if r["best_source"] == "1"]
    linked = {frozenset((files[int(r["source"])], files[int(r["target"])])) for r in article_reuse}
    score_best_source(best, copies, sharing, labelled)
    print(f"article_reuse pair recall of labelled copies {ratio(sum(frozenset(c) in linked for c in copies), len(copies))}")
    reuse = defaultdict(list)
    for r in read_csv(os.path.join(out, "reuse.csv")):
        reuse[(int(r["source"]), int(r["target"]))].append(r)
    score_spans(usable, reuse, ids, labelled_pairs)
    rows = discrepancy_rows(out, files)
    if judged or not disagree:
        score_discrepancies(rows, judged)
    if disagree:
        score_disagreements(rows, disagree)


if __name__ == "__main__":
    main(sys.argv)
