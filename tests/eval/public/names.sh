#!/bin/sh
# make eval-public (names): entities()' people, organisations, places and
# other names on CoNLL-2003 eng.testa (exact match, conlleval's measure),
# beside compromise's on the same texts.
#
# NW_PUBLIC_DATA_CONLL names the fetched copy of github:ZhixiuYe/HSCRF-pytorch
# (a work tree or a bare git dir); default: the fetch mirror.  eng.train and
# eng.testa are converted to /work/data/public/conll-{train,testa}.jsonl
# (NW_PUBLIC_OUT), never into the repository; eng.testb is held out and
# never read.  NW_PUBLIC_SPLIT=train scores the training split instead.
set -e
src=${NW_PUBLIC_DATA_CONLL:-}
if [ -z "$src" ]; then
  for d in /work/.mirror/ZhixiuYe+HSCRF-pytorch/repo /work/.mirror/*HSCRF*/repo; do
    [ -d "$d" ] && { src=$d; break; }
  done
fi
if [ -z "$src" ] || [ ! -d "$src" ]; then
  echo "eval-public: no CoNLL-2003 copy; set NW_PUBLIC_DATA_CONLL (fetch github:ZhixiuYe/HSCRF-pytorch)" >&2
  exit 1
fi
out=${NW_PUBLIC_OUT:-/work/data/public}
split=${NW_PUBLIC_SPLIT:-testa}
py=/usr/bin/python3
[ -x "$py" ] || py=python3
$py tests/eval/public/conll.py "$src" "$out" >/dev/null
mkdir -p build/eval
peer=build/eval/peer_conll_$split.tsv
: > "$peer"
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  [ -d tests/eval/peer/node_modules ] ||
    (cd tests/eval/peer && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) ||
    echo "eval-public: npm install failed; peer skipped" >&2
  [ -d tests/eval/peer/node_modules ] &&
    node tests/eval/peer/names.mjs "$out/conll-$split.jsonl" > "$peer"
else
  echo "eval-public: node/npm not found; peer skipped" >&2
fi
$py tests/eval/public/names.py "$out/conll-$split.jsonl" ./newswire.so "$peer"
