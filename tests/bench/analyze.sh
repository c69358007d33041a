#!/bin/sh
# make bench, corpus analysis: sql/analyze.sql over N generated articles
# with planted reuse (tests/bench/gen_articles.py), from scratch and then
# after adding 1% more articles.  Prints wall time, articles/s, database
# size and the recall of planted copies in article_reuse.
N=${1:-10000}
DB=build/bench/analyze_$N.db
PY=/usr/bin/python3
[ -x $PY ] || PY=python3
rm -f "$DB"
$PY tests/bench/gen_articles.py "$DB" "$N" | sed 's/^/  /' || exit 1
t0=$(date +%s.%N)
sqlite3 "$DB" -cmd ".load ./newswire" < sql/analyze.sql > /dev/null || exit 1
t1=$(date +%s.%N)
M=$((N / 100))
# +1%: new articles, generated like the first ones (ids after them)
$PY tests/bench/gen_articles.py "$DB" "$M" 11 $((N + 1)) > /dev/null || exit 1
t2=$(date +%s.%N)
sqlite3 "$DB" -cmd ".load ./newswire" < sql/analyze.sql > /dev/null || exit 1
t3=$(date +%s.%N)
recall=$(sqlite3 "$DB" -cmd ".load ./newswire" \
  "SELECT printf('%.3f', avg(EXISTS(SELECT 1 FROM reuse r WHERE r.source = p.source AND r.target = p.target))) FROM planted p")
size=$(du -m "$DB" | cut -f1)
echo "$t0 $t1 $t2 $t3 $N $M $recall $size" | awk '{
  printf "  analyze %d articles from scratch: %.1f s (%.0f articles/s); +%d articles: %.1f s (%.1f%% of scratch); recall of planted copies %s; database %d MB\n",
    $5, $2-$1, $5/($2-$1), $6, $4-$3, 100*($4-$3)/($2-$1), $7, $8 }'
