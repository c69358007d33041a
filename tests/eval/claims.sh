#!/bin/sh
# make eval-claims: run compromise's quotations (installing it on first
# use) and compare both with claims() on the annotated paragraphs.
mkdir -p build/eval
: > build/eval/peer_claims.tsv
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  [ -d tests/eval/peer/node_modules ] ||
    (cd tests/eval/peer && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) ||
    echo "eval-claims: npm install failed; peer skipped" >&2
  [ -d tests/eval/peer/node_modules ] &&
    node tests/eval/peer/claims.mjs > build/eval/peer_claims.tsv
else
  echo "eval-claims: node/npm not found; peer skipped" >&2
fi
sqlite3 :memory: -cmd ".load ./newswire" < tests/eval/claims.sql
