#!/usr/bin/python3
"""The mixed development set, like issue 11's 480 articles.

    python3 tests/eval/corpus/mix.py POLNEAR_DIR CONLL_DIR OUTDIR [N_POLNEAR N_CONLL]

Copies N_POLNEAR (300) PolNeAR *train* articles and N_CONLL (180) CoNLL
eng.train articles into OUTDIR.  The choice is deterministic:
- PolNeAR: the train files (index.tsv split=train) ordered by the SHA-1 of
  their file name, the first N_POLNEAR: a pseudo-random spread over the 7
  outlets and the 12 months that does not depend on file order;
- CoNLL: documents 1..N_CONLL in file order (Reuters, 21-23 August 1996 by their date lines):
  consecutive stories of the same days, with updates of one story, sports
  result tables and market reports, the hard cases the issue describes.
OUTDIR/index.tsv lists corpus and file of each article.
"""
import csv
import hashlib
import os
import shutil
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpuslib  # noqa: E402


def read_index(folder):
    with open(os.path.join(folder, "index.tsv"), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def choose(polnear_dir, conll_dir, n_polnear, n_conll):
    train = [r["file"] for r in read_index(polnear_dir) if r["split"] == "train"]
    train.sort(key=lambda name: hashlib.sha1(name.encode()).hexdigest())
    conll = sorted(r["file"] for r in read_index(conll_dir))
    return ([("polnear", polnear_dir, f) for f in train[:n_polnear]]
            + [("conll", conll_dir, f) for f in conll[:n_conll]])


def main(argv):
    if len(argv) not in (4, 6):
        sys.exit(__doc__)
    n_polnear, n_conll = (int(argv[4]), int(argv[5])) if len(argv) == 6 else (300, 180)
    chosen = choose(argv[1], argv[2], n_polnear, n_conll)
    corpuslib.fresh_dir(argv[3])
    for _, folder, name in chosen:
        shutil.copyfile(os.path.join(folder, name), os.path.join(argv[3], name))
    corpuslib.write_index(argv[3], ["corpus", "file"],
                          [{"corpus": c, "file": f} for c, _, f in chosen])
    print(f"mix: {len(chosen)} articles in {argv[3]}")


if __name__ == "__main__":
    main(sys.argv)
