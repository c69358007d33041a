#!/bin/sh
# make eval-public (paraphrase): similar_passage() and signatures on the
# Microsoft Research Paraphrase Corpus, train split (4,076 news sentence
# pairs labelled paraphrase or not), beside word-set Jaccard and TF-IDF.
#
# NW_MSRP_DATA names the fetched copy of github:wooque/text-semantic-similarity
# (a work tree or a bare git dir); default: the fetch mirror.  Only
# data/msr_paraphrase_train.txt is read, copied to /work/data/public
# (NW_PUBLIC_OUT), never into the repository; the MSRP test file is held
# out and never read.
set -e
src=${NW_MSRP_DATA:-}
if [ -z "$src" ]; then
  for d in /work/.mirror/wooque+text-semantic-similarity/repo /work/.mirror/*text-semantic-similarity*/repo; do
    [ -d "$d" ] && { src=$d; break; }
  done
fi
if [ -z "$src" ] || [ ! -d "$src" ]; then
  echo "eval-public: no MSRP copy; set NW_MSRP_DATA (fetch github:wooque/text-semantic-similarity)" >&2
  exit 1
fi
out=${NW_PUBLIC_OUT:-/work/data/public}
mkdir -p "$out"
f=$out/msrp-train.txt
if [ -f "$src/data/msr_paraphrase_train.txt" ]; then
  cp "$src/data/msr_paraphrase_train.txt" "$f"
else
  git --git-dir="$src" show HEAD:data/msr_paraphrase_train.txt > "$f.tmp" || {
    echo "eval-public: $src holds no data/msr_paraphrase_train.txt" >&2; exit 1; }
  mv "$f.tmp" "$f"
fi
py=/usr/bin/python3
[ -x "$py" ] || py=python3
$py tests/eval/public/msrp.py "$f" ./newswire.so
