#!/bin/sh
# make demo: load a folder of articles, analyse it, tell on the terminal
# what was found, and write the report (build/report.html).
#
#   sh examples/demo.sh [FOLDER]        or   DIR=FOLDER make demo
#
# FOLDER holds .txt articles (sql/load.sql) and/or .json ones
# (sql/load_json.sql); it defaults to examples/corpus.  DB names the
# database (default build/demo.db, made afresh each run; a DB you name is
# kept and analysed incrementally), OUT the folder for report.html,
# reuse.dot and reuse.svg (default build).  The graph is drawn with
# Graphviz's dot when it is installed (NW_DOT names another command);
# without it the report says so and the demo still succeeds.
DIR=${1:-${DIR:-examples/corpus}}
OUT=${OUT:-build}
DOT=${NW_DOT:-dot}
if [ -z "$DB" ]; then DB=$OUT/demo.db; FRESH=1; else FRESH=; fi
SQLITE=${SQLITE3:-sqlite3}
EXT=${NW_EXT:-./newswire}

fail() { echo "demo: $*" >&2; exit 1; }
[ -d "$DIR" ] || fail "no folder $DIR; give a folder of .txt or .json articles"
ntxt=$(find "$DIR" -name '*.txt' -type f | wc -l)
njson=$(find "$DIR" -name '*.json' -type f | wc -l)
[ $((ntxt + njson)) -gt 0 ] || fail "$DIR has no .txt or .json files"
mkdir -p "$OUT" "$(dirname "$DB")" || exit 1
[ -n "$FRESH" ] && rm -f "$DB"
# sqlite3 -cmd takes the folder inside a quoted SQL string
qdir=$(printf '%s' "$DIR" | sed "s/'/''/g")

echo "newswire demo: $ntxt .txt and $njson .json files of $DIR"
echo "   into the database $DB"
# Load (the loaders report duplicate URLs), then the analysis, once; its
# step lines go to $OUT/analyze.log, its progress lines to the terminal.
{ [ "$ntxt" = 0 ] || echo ".read sql/load.sql"; [ "$njson" = 0 ] || echo ".read sql/load_json.sql"; } |
  "$SQLITE" "$DB" -cmd ".load $EXT" -cmd ".parameter set @dir '$qdir'" || fail "loading failed"
"$SQLITE" "$DB" -cmd ".load $EXT" ".read sql/analyze.sql" > "$OUT/analyze.log" ||
  { tail -5 "$OUT/analyze.log" >&2; fail "the analysis failed (the log is $OUT/analyze.log)"; }

# The report: the graph drawn by Graphviz if it can be, then one SELECT.
"$SQLITE" "$DB" -cmd ".load $EXT" ".read sql/report.sql" "DELETE FROM report_graph" \
  ".headers off" ".mode list" ".once $OUT/reuse.dot" "SELECT dot FROM reuse_dot" || fail "sql/report.sql failed"
rm -f "$OUT/reuse.svg"
if ! command -v "$DOT" >/dev/null 2>&1; then
  graph="Graphviz is not installed (apt-get install graphviz); its input is $OUT/reuse.dot"
elif "$DOT" -Tsvg "$OUT/reuse.dot" > "$OUT/reuse.svg" 2> "$OUT/dot.log"; then
  graph=
else
  graph="dot failed on $OUT/reuse.dot: $(head -1 "$OUT/dot.log")"; rm -f "$OUT/reuse.svg"
fi
qgraph=$(printf '%s' "$graph" | sed "s/'/''/g")
if [ -z "$graph" ]; then fill="INSERT INTO report_graph(svg) VALUES (readfile('$OUT/reuse.svg'))"
else fill="INSERT INTO report_graph(note) VALUES ('$qgraph')"; fi
"$SQLITE" "$DB" -cmd ".load $EXT" "$fill" ".headers off" ".mode list" \
  ".once $OUT/report.html" "SELECT html FROM report" || fail "writing the report failed"

# The story.
"$SQLITE" "$DB" -cmd ".load $EXT" -cmd ".parameter set @out '$OUT'" ".read examples/demo.sql" ||
  fail "examples/demo.sql failed"
echo
if [ -z "$graph" ]; then echo "   The reuse graph: $OUT/reuse.svg (also inside the report)."
else printf '   No reuse graph: %s.\n' "$graph" | sed 's/; /;\n   /'; fi
echo "   More questions: examples/*.sql; the database:"
echo "   sqlite3 $DB -cmd '.load ./newswire'"
