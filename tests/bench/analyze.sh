#!/bin/sh
# make bench, corpus analysis: sql/analyze.sql over N generated articles
# with planted reuse (tests/bench/gen_articles.py), from scratch and then
# after adding 1% more articles.  Prints wall time, articles/s, peak
# memory, database size and the recall of planted copies in reuse.
N=${1:-10000}
DB=build/bench/analyze_$N.db
PY=/usr/bin/python3
[ -x $PY ] || PY=python3
mkdir -p build/bench
rm -f "$DB"
$PY tests/bench/gen_articles.py "$DB" "$N" | sed 's/^/  /' || exit 1
# one run of the analysis: "seconds peak-KB"
analyze() {
  /usr/bin/time -f "%e %M" -o build/bench/analyze.time \
    sqlite3 "$DB" -cmd ".load ./newswire" -cmd "UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'" \
      < sql/analyze.sql > /dev/null || exit 1
  cat build/bench/analyze.time
}
scratch=$(analyze)
M=$((N / 100))
# +1%: new articles, generated like the first ones (ids after them)
$PY tests/bench/gen_articles.py "$DB" "$M" 11 $((N + 1)) > /dev/null || exit 1
inc=$(analyze)
recall=$(sqlite3 "$DB" \
  "SELECT printf('%.3f', avg(EXISTS(SELECT 1 FROM reuse r WHERE r.source = p.source AND r.target = p.target))) FROM planted p")
# links found that were not planted: most join two copies of one source
# (two hops in the planted graph); the rest are false links
extra=$(sqlite3 "$DB" "WITH r AS (SELECT DISTINCT source, target FROM reuse),
  e AS (SELECT source a, target b FROM planted UNION SELECT target, source FROM planted)
  SELECT count(*), sum(NOT EXISTS(SELECT 1 FROM e x JOIN e y ON x.b = y.a
                                  WHERE x.a = r.source AND y.b = r.target))
  FROM r WHERE NOT EXISTS(SELECT 1 FROM planted p
                          WHERE p.source = r.source AND p.target = r.target)" | tr '|' ' ')
size=$(du -m "$DB" | cut -f1)
echo "$scratch $inc $N $M $recall $size $extra" | awk '{
  printf "  %d articles from scratch: %.1f s, %.0f articles/s, peak %.0f MB\n", $5, $1, $5/$1, $2/1024
  printf "  +%d articles (1%%): %.1f s = %.1f%% of scratch, peak %.0f MB\n", $6, $3, 100*$3/$1, $4/1024
  printf "  recall of planted copies %s; %d links not planted, of which %d not two copies of one source; database %d MB\n", $7, $9, $10, $8 }'
