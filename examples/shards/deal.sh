#!/bin/sh
# Deal the articles of news.db out to shards: writes news.db's table
# newswire_shard(article, shard), which examples/shards/run.sh and
# examples/dask/run.py read.
#
#   sh examples/shards/deal.sh news.db SHARDS [BY]
#
#   BY  range (default: SHARDS runs of consecutive ids), id (id modulo
#       SHARDS), outlet (whole outlets in turn), month (whole months of
#       published in turn), or an SQL expression over the articles'
#       columns giving 0..SHARDS-1
set -e
DB=$1; SHARDS=$2; BY=${3:-range}
SQLITE=${SQLITE3:-sqlite3}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
[ -f "$DB" ] || { echo "examples/shards/deal.sh: no database $DB" >&2; exit 2; }
case $SHARDS in ''|*[!0-9]*|0) echo "examples/shards/deal.sh: SHARDS must be a whole number of 1 or more, not '$SHARDS'" >&2; exit 2 ;; esac
case $BY in
  id)     SLICE="id % $SHARDS" ;;
  range)  SLICE="ntile($SHARDS) OVER (ORDER BY id) - 1" ;;
  outlet) SLICE="(dense_rank() OVER (ORDER BY coalesce(source, '')) - 1) % $SHARDS" ;;
  month)  SLICE="(dense_rank() OVER (ORDER BY coalesce(substr(published, 1, 7), '')) - 1) % $SHARDS" ;;
  *)      SLICE=$BY ;;
esac
"$SQLITE" -bail "$DB" <<SQL
.read "$HERE/sql/schema.sql"
DROP TABLE IF EXISTS newswire_shard;
CREATE TABLE newswire_shard(article INTEGER PRIMARY KEY, shard INTEGER NOT NULL);
INSERT INTO newswire_shard SELECT id, $SLICE FROM articles;
CREATE INDEX newswire_shard_shard ON newswire_shard(shard, article);
SQL
bad=$("$SQLITE" "$DB" "SELECT count(*) FROM newswire_shard WHERE shard IS NULL OR shard <> CAST(shard AS INTEGER) OR shard NOT BETWEEN 0 AND $SHARDS - 1")
[ "$bad" = 0 ] || { echo "examples/shards/deal.sh: BY ($BY) put $bad articles outside the whole numbers 0..$((SHARDS - 1))" >&2; exit 2; }
