#!/bin/sh
# make bench-shards: the analysis of N generated articles (BENCH_ARTICLES,
# default 100000) by one process (sql/analyze.sql) and in shards on every
# core (examples/shards/run.sh: JOBS jobs, default the number of cores, and
# as many shards), in the same run; then the corpus answers of both
# (tests/shards/views.sql) compared.  Ends with one line:
#   shards: N articles, 1 process X s, J jobs Y s, speed-up Z.ZZx, views identical: yes
N=${1:-${BENCH_ARTICLES:-100000}}
J=${2:-${BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}}
S=${3:-${BENCH_SHARDS:-$J}}
B=build/bench/shards
PY=/usr/bin/python3
[ -x $PY ] || PY=python3
mkdir -p $B
rm -rf $B/one.db $B/sharded.db $B/sharded.db.shards
$PY tests/bench/gen_articles.py $B/one.db "$N" > /dev/null || exit 1
cp $B/one.db $B/sharded.db
now() { date +%s.%N; }
t0=$(now)
sqlite3 -bail $B/one.db -cmd ".load ./newswire" -cmd "UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'" \
  < sql/analyze.sql > /dev/null || exit 1
t1=$(now)
sqlite3 $B/sharded.db "UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'"
sh examples/shards/run.sh $B/sharded.db "$S" "$J" > /dev/null 2> $B/sharded.log || { cat $B/sharded.log; exit 1; }
t2=$(now)
sed 's/^/  /' $B/sharded.log
# the answers of both, side by side (two processes)
sqlite3 $B/one.db -cmd ".load ./newswire" < tests/shards/views.sql > $B/one.views &
sqlite3 $B/sharded.db -cmd ".load ./newswire" < tests/shards/views.sql > $B/sharded.views
wait
same=no
[ -s $B/one.views ] && cmp -s $B/one.views $B/sharded.views && same=yes
echo "  $(wc -l < $B/one.views) rows of article_reuse, claim_variants, discrepancies, timeline, entity_variants and counts compared"
# the shuffle an engine grouping band keys itself would move: every band
# key of every shard (passage_bands(), 8-byte key + 4-byte id), and the
# shards' databases the merge reads
rows=0; bytes=0
for f in $B/sharded.db.shards/shard_*.db; do
  r=$(sqlite3 "$f" -cmd ".load ./newswire" "SELECT count(*) FROM passage_bands('pidx')")
  rows=$((rows + r)); bytes=$((bytes + $(wc -c < "$f")))
done
echo "$rows $bytes $N" | awk '{ printf "  shuffle: %d band keys (%.1f MB at 12 bytes, %.0f per article); shards %.0f MB (%.1f KB per article) read by the merge\n", $1, $1 * 12 / 1e6, $1 / $3, $2 / 1e6, $2 / $3 / 1024 }'
echo "$t0 $t1 $t2" | awk -v n="$N" -v j="$J" -v same="$same" '{
  printf "shards: %d articles, 1 process %.1f s, %d jobs %.1f s, speed-up %.2fx, views identical: %s\n",
         n, $2 - $1, j, $3 - $2, ($2 - $1) / ($3 - $2), same }'
