#!/bin/sh
# make eval-entities: run the npm peers (installing them on first use)
# and compare both with entities() on the hand-annotated set.
mkdir -p build/eval
: > build/eval/peer_entities.tsv
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  if [ ! -d tests/eval/peer/node_modules ]; then
    (cd tests/eval/peer && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) ||
      echo "eval-entities: npm install failed; peers skipped" >&2
  fi
  if [ -d tests/eval/peer/node_modules ]; then
    node tests/eval/peer/entities.mjs > build/eval/peer_entities.tsv ||
      echo "eval-entities: the peer script failed" >&2
  fi
else
  echo "eval-entities: node/npm not found (apt-get install nodejs npm); peers skipped" >&2
fi
sqlite3 :memory: -cmd ".load ./newswire" < tests/eval/entities.sql
