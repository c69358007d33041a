#!/usr/bin/python3
"""PolNeAR (github:networkdynamics/PolNeAR) -> a folder of .txt articles.

    python3 tests/eval/corpus/polnear.py GITDIR OUTDIR

Reads ONLY data/train/text/, data/dev/text/ and the train/dev rows of
data/metadata.tsv (the test split is for final scoring and is never read).
One article per file, named as in PolNeAR (publisher_date_slug.txt):

    Source: the outlet's name (metadata publisher, e.g. "New York Times")
    URL: polnear:<split>/<file name without .txt>
    Published: metadata publication_date (YYYY-MM-DD)
    Title: metadata title (the text's first line if the metadata has none)

The body is the text after its first line (the title) and the blank line;
paragraphs stay separated by blank lines.  OUTDIR/index.tsv keeps the rest
of the metadata (split, author, wire, credit) for labellers.
"""
import csv
import io
import os
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpuslib  # noqa: E402

SPLITS = ("train", "dev")
OUTLETS = {"breitbart": "Breitbart", "huff-post": "Huffington Post",
           "nyt": "New York Times", "politico": "Politico",
           "usa-today": "USA Today", "wash-post": "Washington Post",
           "west-journal": "Western Journalism"}


def read_metadata(gitdir):
    raw = corpuslib.git_show(gitdir, "data/metadata.tsv").decode("utf-8")
    rows = csv.DictReader(io.StringIO(raw), delimiter="\t",
                          quoting=csv.QUOTE_NONE)
    return {(r["compartment"], r["filename"]): r for r in rows
            if r["compartment"] in SPLITS}


def none_to_empty(v):
    return "" if v in (None, "None", "NA") else v


def split_title(text):
    """(first line, rest) of a PolNeAR text: its title and its body."""
    text = text.replace("\r\n", "\n").lstrip("\n")
    first, _, rest = text.partition("\n")
    return first.strip(), rest.strip("\n")


def convert(gitdir, outdir):
    meta = read_metadata(gitdir)
    files = corpuslib.git_tree(gitdir, *(f"data/{s}/text" for s in SPLITS))
    files = [(p, sha) for p, sha in files if p.endswith(".txt")]
    blobs = corpuslib.git_blobs(gitdir, [sha for _, sha in files])
    corpuslib.fresh_dir(outdir)
    index = []
    for (path, _), blob in zip(files, blobs):
        split, name = path.split("/")[1], os.path.basename(path)
        stem = name[:-4]
        m = meta.get((split, stem), {})
        first, body = split_title(blob.decode("utf-8", errors="replace"))
        publisher = m.get("publisher") or stem.split("_")[0]
        published = none_to_empty(m.get("publication_date")) or stem.split("_")[1]
        title = none_to_empty(m.get("title")) or first
        text = corpuslib.article_text(OUTLETS.get(publisher, publisher),
                                      f"polnear:{split}/{stem}", published,
                                      title, body)
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)
        index.append({"file": name, "split": split, "publisher": publisher,
                      "published": published,
                      "author": none_to_empty(m.get("author")),
                      "wire": none_to_empty(m.get("wire")),
                      "credit": none_to_empty(m.get("credit")),
                      "title": title})
    corpuslib.write_index(outdir, ["file", "split", "publisher", "published",
                                   "author", "wire", "credit", "title"], index)
    return len(index)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"polnear: {convert(sys.argv[1], sys.argv[2])} articles in {sys.argv[2]}")
