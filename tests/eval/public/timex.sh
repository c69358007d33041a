#!/bin/sh
# make eval-public (timex): entities()' dates, times, durations and sets on
# TempEval-3's TBAQ-cleaned training data (TimeBank to develop, AQUAINT to
# check that rules generalise), TempEval-3 style per TIMEX3 type, beside
# chrono-node on the same files.
#
# NW_PUBLIC_DATA names the fetched copy of github:qiangning/StructTempRel-EMNLP17
# (a work tree or a bare git dir); default: the fetch mirror.  Only
# data/TempEval3/Training/TBAQ-cleaned/{TimeBank,AQUAINT} is read (converted
# to /work/data/public/tbaq-{timebank,aquaint}, NW_PUBLIC_OUT); Evaluation/
# and every other folder of that repository are held out and never read.
# Per-mention errors go to build/eval/tbaq_{timebank,aquaint}_errors.tsv.
set -e
src=${NW_PUBLIC_DATA:-}
if [ -z "$src" ]; then
  for d in /work/.mirror/qiangning+StructTempRel-EMNLP17/repo /work/.mirror/*StructTempRel*/repo; do
    [ -d "$d" ] && { src=$d; break; }
  done
fi
if [ -z "$src" ] || [ ! -d "$src" ]; then
  echo "eval-public: no TBAQ copy; set NW_PUBLIC_DATA (fetch github:qiangning/StructTempRel-EMNLP17)" >&2
  exit 1
fi
out=${NW_PUBLIC_OUT:-/work/data/public}
py=/usr/bin/python3
[ -x "$py" ] || py=python3
$py tests/eval/public/tbaq.py convert "$src" "$out"
mkdir -p build/eval/tbaq-peer
rm -f build/eval/tbaq-peer/*.tsv
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  [ -d tests/eval/peer/node_modules ] ||
    (cd tests/eval/peer && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) ||
    echo "eval-public: npm install failed; peer skipped" >&2
  if [ -d tests/eval/peer/node_modules ]; then
    for c in timebank aquaint; do
      node tests/eval/peer/timex.mjs "$out/tbaq-$c" > build/eval/tbaq-peer/tbaq-$c.tsv
    done
  fi
else
  echo "eval-public: node/npm not found; peer skipped" >&2
fi
$py tests/eval/public/tbaq.py score "$out" ./newswire.so build/eval/tbaq-peer
