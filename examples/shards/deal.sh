#!/bin/sh
# Deal the articles of news.db out to shards: writes news.db's table
# newswire_shard(article, shard), which examples/shards/run.sh and
# examples/dask/run.py read, and newswire_shard_deal(shards, by), how.
#
#   sh examples/shards/deal.sh news.db SHARDS [BY]
#
#   BY  range (default: SHARDS runs of consecutive ids), id (id modulo
#       SHARDS), outlet (whole outlets in turn), month (whole months of
#       published in turn), or an SQL expression over the articles'
#       columns giving 0..SHARDS-1
#
# Dealing is stable: dealt again with the same SHARDS and BY, an article
# keeps its shard (a shard prepares only what is new to it) and only the
# new articles are dealt, by BY among themselves (range: SHARDS runs of
# the new ids; outlet, month: an outlet or month already dealt goes where
# it went, a new one in turn).  Another SHARDS or BY deals everything
# again.
set -e
DB=$1; SHARDS=$2; BY=${3:-range}
SQLITE=${SQLITE3:-sqlite3}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
[ -f "$DB" ] || { echo "examples/shards/deal.sh: no database $DB" >&2; exit 2; }
case $SHARDS in ''|*[!0-9]*|0) echo "examples/shards/deal.sh: SHARDS must be a whole number of 1 or more, not '$SHARDS'" >&2; exit 2 ;; esac
# GROUP: what outlet and month keep together (NULL for the other ways)
GROUP=NULL
case $BY in
  id)     SLICE="id % $SHARDS" ;;
  # new articles in runs, the first run where the last dealing stopped
  # (so that one article at a time goes round the shards)
  range)  SLICE="(ntile($SHARDS) OVER (ORDER BY id) - 1
                  + (SELECT count(*) FROM newswire_shard)) % $SHARDS" ;;
  outlet) GROUP="coalesce(source, '')" ;;
  month)  GROUP="coalesce(substr(published, 1, 7), '')" ;;
  *)      SLICE=$BY ;;
esac
if [ "$GROUP" != NULL ]; then
  # a group dealt before keeps its shard; new groups in turn after them
  SLICE="coalesce(known.shard, (dense_rank() OVER (ORDER BY known.shard IS NOT NULL, $GROUP) - 1
           + (SELECT count(*) FROM temp.nw_known)) % $SHARDS)"
fi
QBY=$(printf '%s' "$BY" | sed "s/'/''/g")
"$SQLITE" -bail "$DB" <<SQL
.read "$HERE/sql/schema.sql"
CREATE TABLE IF NOT EXISTS newswire_shard_deal(shards INTEGER, by TEXT);
-- another way of dealing, or none recorded: everything is dealt again
DROP TABLE IF EXISTS temp.nw_same;
CREATE TEMP TABLE nw_same AS SELECT EXISTS (SELECT 1 FROM newswire_shard_deal
  WHERE shards = $SHARDS AND by = '$QBY') AND EXISTS (SELECT 1 FROM sqlite_schema
  WHERE name = 'newswire_shard') AS same;
CREATE TABLE IF NOT EXISTS newswire_shard(article INTEGER PRIMARY KEY, shard INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS newswire_shard_shard ON newswire_shard(shard, article);
BEGIN;
DELETE FROM newswire_shard WHERE NOT (SELECT same FROM temp.nw_same)
  OR article NOT IN (SELECT id FROM articles);
DELETE FROM newswire_shard_deal;
INSERT INTO newswire_shard_deal VALUES ($SHARDS, '$QBY');
DROP TABLE IF EXISTS temp.nw_known;
CREATE TEMP TABLE nw_known(grp TEXT PRIMARY KEY, shard INTEGER);
INSERT INTO temp.nw_known SELECT $GROUP, min(s.shard) FROM newswire_shard s
  JOIN articles ON articles.id = s.article WHERE $GROUP IS NOT NULL GROUP BY 1;
INSERT INTO newswire_shard
  SELECT id, $SLICE FROM articles LEFT JOIN temp.nw_known known ON known.grp = $GROUP
  WHERE id NOT IN (SELECT article FROM newswire_shard);
COMMIT;
DROP TABLE temp.nw_known;
DROP TABLE temp.nw_same;
SQL
bad=$("$SQLITE" "$DB" "SELECT count(*) FROM newswire_shard WHERE shard IS NULL OR shard <> CAST(shard AS INTEGER) OR shard NOT BETWEEN 0 AND $SHARDS - 1")
[ "$bad" = 0 ] || { "$SQLITE" "$DB" "DELETE FROM newswire_shard_deal"; echo "examples/shards/deal.sh: BY ($BY) put $bad articles outside the whole numbers 0..$((SHARDS - 1))" >&2; exit 2; }
