#!/bin/sh
# make eval-public (claims): claims() on PolNeAR dev (public attribution gold), beside
# compromise's quotations on the same files.
#
# NW_PUBLIC_DATA names the fetched copy of github:networkdynamics/PolNeAR
# (a work tree or a bare git dir); default: the fetch mirror.  The copy is
# converted to /work/data/public/polnear-{train,dev} (NW_PUBLIC_OUT), never
# into the repository; data/test is held out and never read.
# NW_PUBLIC_SPLIT=train scores the training split instead.
set -e
src=${NW_PUBLIC_DATA:-}
if [ -z "$src" ]; then
  for d in /work/.mirror/networkdynamics+PolNeAR/repo /work/.mirror/*PolNeAR*/repo; do
    [ -d "$d" ] && { src=$d; break; }
  done
fi
if [ -z "$src" ] || [ ! -d "$src" ]; then
  echo "eval-public: no PolNeAR copy; set NW_PUBLIC_DATA (fetch github:networkdynamics/PolNeAR)" >&2
  exit 1
fi
[ -d "$src/repo" ] && [ ! -d "$src/data" ] && src=$src/repo
out=${NW_PUBLIC_OUT:-/work/data/public}
split=${NW_PUBLIC_SPLIT:-dev}
python3 tests/eval/public/polnear.py "$src" "$out" >/dev/null
mkdir -p build/eval
peer=build/eval/peer_polnear_$split.tsv
: > "$peer"
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  [ -d tests/eval/peer/node_modules ] ||
    (cd tests/eval/peer && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) ||
    echo "eval-public: npm install failed; peer skipped" >&2
  [ -d tests/eval/peer/node_modules ] &&
    node tests/eval/peer/quotes.mjs "$out/polnear-$split" > "$peer"
else
  echo "eval-public: node/npm not found; peer skipped" >&2
fi
py=/usr/bin/python3
[ -x "$py" ] || py=python3
$py tests/eval/public/score.py "$out/polnear-$split" ./newswire.so "$peer"
