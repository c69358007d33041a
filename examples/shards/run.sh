#!/bin/sh
# The corpus analysis in shards on every core of one machine: the same
# rows as one sql/analyze.sql over news.db, in less time.
#
#   sh examples/shards/run.sh news.db [SHARDS [JOBS [BY]]]
#
#   SHARDS  how many shards (default 4)
#   JOBS    how many run at once (default: the number of cores)
#   BY      how articles are dealt out (examples/shards/deal.sh): range
#           (default: SHARDS runs of consecutive ids, so that each merge
#           appends to the tables), id (id modulo SHARDS), outlet (whole
#           outlets in turn), month (whole months of published in turn),
#           or an SQL expression over the articles' columns giving
#           0..SHARDS-1
#
# Writes news.db's table newswire_shard(article, shard), then the shards
# next to it (news.db.shards/shard_N.db), each an ordinary database with
# its slice of the articles, analysed by sql/shard.sql (shard.sh) under
# xargs -P (findutils); then merges them into news.db (sql/merge.sql) and runs
# sql/analyze.sql there for the steps across the corpus and the views.
# Restartable: run it again after a failure or a kill, and a shard whose
# articles did not change since it was prepared costs only its hashing.
# NEWSWIRE_EXT names the extension (default ./newswire, as .load takes it).
set -e
DB=$1
SHARDS=${2:-4}
JOBS=${3:-$(nproc 2>/dev/null || echo 2)}
BY=${4:-range}
EXT=${NEWSWIRE_EXT:-./newswire}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
SQLITE=${SQLITE3:-sqlite3}
[ -f "$DB" ] || { echo "examples/shards/run.sh: no database $DB" >&2; exit 2; }
case $SHARDS in ''|*[!0-9]*|0) echo "examples/shards/run.sh: SHARDS must be a whole number of 1 or more, not '$SHARDS'" >&2; exit 2 ;; esac
case $JOBS in ''|*[!0-9]*|0) echo "examples/shards/run.sh: JOBS must be a whole number of 1 or more, not '$JOBS'" >&2; exit 2 ;; esac
DIR=$DB.shards
QDIR=$(printf '%s' "$DIR" | sed "s/'/''/g")
mkdir -p "$DIR"

# 1. Deal the articles out (examples/shards/deal.sh).
sh "$HERE/examples/shards/deal.sh" "$DB" "$SHARDS" "$BY"

now() { date +%s.%N; }
t0=$(now)
# 2. The shards, JOBS at a time (examples/shards/shard.sh: the slice,
# then sql/shard.sql).  A shard that fails stops the run before the merge.
i=0; while [ $i -lt "$SHARDS" ]; do echo $i; i=$((i + 1)); done \
  | xargs -P "$JOBS" -I{} sh "$HERE/examples/shards/shard.sh" "$DB" {} \
  || { echo "examples/shards/run.sh: a shard failed; run the same command again to redo it" >&2; exit 1; }
# a shard from an earlier run with more shards holds nothing now
i=$SHARDS; while [ -f "$DIR/shard_$i.db" ]; do rm -f "$DIR/shard_$i.db"; i=$((i + 1)); done

t1=$(now)
# 3. The merge, one shard after another, then the steps across the corpus.
i=0; while [ $i -lt "$SHARDS" ]; do
  "$SQLITE" -bail "$DB" -cmd ".load '$EXT'" -cmd "ATTACH '$QDIR/shard_$i.db' AS shard" \
    < "$HERE/sql/merge.sql" > /dev/null
  i=$((i + 1))
done
t2=$(now)
"$SQLITE" -bail "$DB" -cmd ".load '$EXT'" < "$HERE/sql/analyze.sql"
t3=$(now)
echo "$t0 $t1 $t2 $t3" | awk -v n="$SHARDS" -v j="$JOBS" '{
  printf "examples/shards/run.sh: %d shards, %d at a time: %.1f s; merge %.1f s; steps across the corpus %.1f s\n", n, j, $2 - $1, $3 - $2, $4 - $3 }' >&2
