#!/bin/sh
# make demo: load a folder of articles and show what newswire finds in it.
#   DIR=path/to/folder DB=news.db make demo
# DIR defaults to examples/corpus, DB to a database in build/.
DIR=${DIR:-examples/corpus}
DB=${DB:-build/demo.db}
mkdir -p "$(dirname "$DB")"
echo "newswire demo: loading $DIR into $DB"
sqlite3 "$DB" -cmd ".load ./newswire" -cmd ".parameter set @dir '$DIR'" \
  ".read sql/load.sql" ".read examples/demo.sql"
echo
echo "The database is $DB; open it with:  sqlite3 $DB -cmd '.load ./newswire'"
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg build/reuse.dot > build/reuse.svg && echo "The reuse graph is in build/reuse.svg"
else
  echo "The reuse graph is in build/reuse.dot (apt-get install graphviz to render it as SVG)"
fi
