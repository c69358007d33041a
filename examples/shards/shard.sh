#!/bin/sh
# One shard of examples/shards/run.sh: news.db.shards/shard_N.db gets the
# articles newswire_shard deals to shard N and news.db's settings (the
# articles no longer dealt to it go), then sql/shard.sql analyses what is
# new or changed there.  Quiet: several run at once.
#
#   sh examples/shards/shard.sh news.db N
set -e
DB=$1; N=$2
EXT=${NEWSWIRE_EXT:-./newswire}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
SQLITE=${SQLITE3:-sqlite3}
case $N in ''|*[!0-9]*) echo "examples/shards/shard.sh: N must be a shard number, not '$N'" >&2; exit 2 ;; esac
QDB=$(printf '%s' "$DB" | sed "s/'/''/g")
"$SQLITE" -bail "$DB.shards/shard_$N.db" -cmd ".load '$EXT'" <<SQL >/dev/null
.read "$HERE/sql/schema.sql"
ATTACH '$QDB' AS corpus;
BEGIN;
DELETE FROM articles WHERE id NOT IN (SELECT article FROM corpus.newswire_shard WHERE shard = $N);
INSERT OR REPLACE INTO articles(id, source, url, published, title, body)
  SELECT a.id, a.source, a.url, a.published, a.title, a.body
  FROM corpus.articles a JOIN corpus.newswire_shard s ON s.article = a.id AND s.shard = $N
  WHERE NOT EXISTS (SELECT 1 FROM main.articles b WHERE b.id = a.id AND b.source IS a.source
                    AND b.url IS a.url AND b.published IS a.published AND b.title IS a.title
                    AND b.body IS a.body);
DELETE FROM newswire_settings;
INSERT INTO newswire_settings SELECT * FROM corpus.newswire_settings;
UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';
COMMIT;
DETACH corpus;
.read "$HERE/sql/shard.sql"
SQL
