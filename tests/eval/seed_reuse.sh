#!/bin/sh
# reuse_spans() against hand-marked reused passages of real articles that
# are never committed (issue 11): DIR holds the articles (the shared seeds:
# five reports of one statement), tests/eval/seed_reuse_gold.tsv the marks
# (file names, kinds and character offsets, no text).
#   sh tests/eval/seed_reuse.sh DIR [./newswire]
# A passage is found when one region of reuse_spans(source, target) covers
# at least half of its characters in the target and overlaps it in the
# source; a region is right when it overlaps a marked passage on both sides
# (the marks cover the statement's quotes, so a region of other shared text
# counts as wrong: a lower bound of precision).  Prints both and every
# region that matched no mark.
DIR=${1:?usage: seed_reuse.sh DIR [extension]}
EXT=${2:-./newswire}
{
  echo ".load $EXT"
  echo "CREATE TABLE doc(name TEXT PRIMARY KEY, body TEXT);"
  for f in "$DIR"/*.txt; do
    n=$(basename "$f")
    echo "INSERT INTO doc VALUES ('$n', readfile('$f'));"
  done
  cat tests/eval/seed_reuse.sql
} | sqlite3 :memory:
