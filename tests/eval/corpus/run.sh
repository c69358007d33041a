#!/bin/sh
# make eval-corpus DIR=folder [NAME=name] [LABELS=folder]
#   (or: sh tests/eval/corpus/run.sh FOLDER, from the repository root)
#
# Loads FOLDER (.txt articles, sql/load.sql) into a fresh database
# build/eval-corpus/NAME/corpus.db, runs sql/analyze.sql once, and prints
# the corpus figures a reviewer needs (figures.sql): articles loaded and
# skipped, article_reuse pairs and their share distribution, best_source,
# reuse_links and reuse rows, discrepancies by kind, seconds per step,
# total seconds and peak memory.  The views are materialised once
# (views.sql) and the results exported as CSV beside the database; when
# tests/eval/corpus/labels/NAME/ (or LABELS) exists, score.py scores them
# against the labels there.
# NAME defaults to the folder's base name.  Nothing is written to FOLDER.
# JUDGE=folder (outside git) also dumps the best_source and discrepancies
# rows for labellers to judge (judge.py).
set -u
DIR=${1:-${DIR:-}}
[ -n "$DIR" ] || { echo "eval-corpus: give the folder: make eval-corpus DIR=folder" >&2; exit 2; }
[ -d "$DIR" ] || { echo "eval-corpus: no folder $DIR" >&2; exit 2; }
NAME=${NAME:-$(basename "$DIR")}
here=$(dirname "$0")
OUT=${OUT:-build/eval-corpus/$NAME}
LABELS=${LABELS:-$here/labels/$NAME}
SQLITE=${SQLITE3:-sqlite3}
EXT=${NW_EXT:-./newswire}
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
DB=$OUT/corpus.db
fail() { echo "eval-corpus: $*" >&2; exit 1; }

files=$(find "$DIR" -name '*.txt' -type f | wc -l)
[ "$files" -gt 0 ] || fail "$DIR has no .txt files"
rm -rf "$OUT"; mkdir -p "$OUT" || exit 1
qdir=$(printf '%s' "$DIR" | sed "s/'/''/g")
# GNU time's peak memory when it is there, else only the clock
timed() {  # timed LABEL command...: runs it, its figures in $OUT/LABEL.time
  label=$1; shift
  t0=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then /usr/bin/time -v -o "$OUT/$label.time" "$@"; rc=$?
  else "$@"; rc=$?; fi
  t1=$(date +%s.%N)
  echo "$label $(awk "BEGIN { printf \"%.3f\", $t1 - $t0 }")" >> "$OUT/clock"
  return $rc
}
peak() { [ -f "$OUT/$1.time" ] && sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$1.time"; }

echo "eval-corpus: $files .txt files of $DIR into $DB"
timed load "$SQLITE" -bail "$DB" -cmd ".load $EXT" -cmd ".parameter set @dir '$qdir'" \
  ".read sql/load.sql" "UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'" \
  > "$OUT/load.log" 2>&1 || { tail -5 "$OUT/load.log" >&2; fail "loading failed (log: $OUT/load.log)"; }
timed analyze "$SQLITE" -bail "$DB" -cmd ".load $EXT" ".read sql/analyze.sql" \
  > "$OUT/analyze.log" 2>&1 || { tail -5 "$OUT/analyze.log" >&2; fail "the analysis failed (log: $OUT/analyze.log)"; }
# the views are computed when read: materialised once, timed apart
timed views "$SQLITE" -bail "$DB" -cmd ".load $EXT" ".read $here/views.sql" \
  > "$OUT/views.log" 2>&1 || { tail -5 "$OUT/views.log" >&2; fail "reading the views failed (log: $OUT/views.log)"; }
# CSV for score.py and judge.py (the articles without their bodies)
"$SQLITE" -bail "$DB" -cmd ".headers on" -cmd ".mode csv" \
  ".once $OUT/articles.csv" \
  "SELECT a.id, a.url, a.source, a.published, z.reference_date, z.status,
          length(a.body) AS body_length FROM articles a
   LEFT JOIN analyzed z ON z.article = a.id ORDER BY a.id" \
  ".once $OUT/reuse.csv" "SELECT * FROM reuse ORDER BY source, target, seq" \
  ".once $OUT/article_reuse.csv" "SELECT * FROM eval_article_reuse ORDER BY target, source" \
  ".once $OUT/discrepancies.csv" "SELECT * FROM eval_discrepancies" \
  || fail "exporting the CSV files failed"

clock() { sed -n "s/^$1 //p" "$OUT/clock"; }
"$SQLITE" "$DB" -cmd ".parameter set @files $files" \
  -cmd ".parameter set @load_seconds $(clock load)" \
  -cmd ".parameter set @analyze_seconds $(clock analyze)" \
  -cmd ".parameter set @views_seconds $(clock views)" \
  -cmd ".parameter set @load_messages $(grep -c . "$OUT/load.log")" \
  -cmd ".parameter set @peak_load_kb '$(peak load)'" \
  -cmd ".parameter set @peak_analyze_kb '$(peak analyze)'" \
  -cmd ".parameter set @peak_views_kb '$(peak views)'" \
  ".read $here/figures.sql" || fail "figures.sql failed"
[ -s "$OUT/load.log" ] && echo "(loader messages: $OUT/load.log)"

if [ -d "$LABELS" ]; then
  echo
  $PY "$here/score.py" "$OUT" "$DIR" "$LABELS" || fail "scoring failed"
else
  echo
  echo "no labels in $LABELS: not scored (tests/eval/corpus/score.py describes the label files)"
fi
if [ -n "${JUDGE:-}" ]; then
  $PY "$here/judge.py" "$OUT" "$DIR" "$JUDGE" "$NAME" || fail "judge.py failed"
fi
