# The analysis in shards (sql/shard.sql, sql/merge.sql, examples/shards/)
# gives the same corpus answers as one sql/analyze.sql: sourced by
# tests/run.sh (ok, bad, run, $EXT, $SQLITE, $OUT).  Every comparison is
# tests/shards/views.sql's output: every row of article_reuse,
# claim_variants, discrepancies, timeline and entity_variants, and the
# counts of the tables under them.
S=$OUT/shards
rm -rf "$S"; mkdir -p "$S"
# the shell the scripts run, with the sanitizers preloaded when sanitizing
printf '#!/bin/sh\nLD_PRELOAD="%s" exec "%s" "$@"\n' "$NW_PRELOAD" "$(command -v "$SQLITE")" > "$S/sqlite3"
chmod +x "$S/sqlite3"
QUIET="UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'"
views() {  # db -> db.views
  run "$SQLITE" "$1" -cmd ".load $EXT" < tests/shards/views.sql > "$1.views" 2>&1
}
one() {  # db: one process
  run "$SQLITE" -bail "$1" -cmd ".load $EXT" -cmd "$QUIET" < sql/analyze.sql > /dev/null 2>&1 && views "$1"
}
sharded() {  # db shards jobs by
  SQLITE3=$S/sqlite3 NEWSWIRE_EXT=$EXT sh examples/shards/run.sh "$@" > "$1.log" 2>&1 && views "$1"
}
same_views() {  # name a b
  if [ -s "$2.views" ] && grep -q '^counts|' "$2.views" && cmp -s "$2.views" "$3.views"; then
    ok "shards/$1 ($(grep -c '' "$2.views") rows the same as one process)"
  else
    bad "shards/$1"; diff "$2.views" "$3.views" | head -10; tail -3 "$3.log" 2>/dev/null
  fi
}

run "$SQLITE" "$S/articles.db" -cmd ".load $EXT" < sql/load.sql > /dev/null 2>&1
"$SQLITE" "$S/articles.db" "$QUIET"
cp "$S/articles.db" "$S/one.db"; one "$S/one.db"

# Every way of dealing the articles out, and one shard alone.
for by in id:3 range:3 outlet:3 month:2 id:1 "id % 2:2"; do
  b=${by%:*}; n=${by##*:}; f=$(printf '%s' "$b" | tr -c 'a-z0-9' _)
  cp "$S/articles.db" "$S/$f$n.db"
  sharded "$S/$f$n.db" "$n" 2 "$b"
  same_views "by-$f-$n" "$S/one.db" "$S/$f$n.db"
done

# Again with nothing changed: no article merged or analysed again.
sharded "$S/id3.db" 3 2 id
if grep -q '^0 new or changed articles, 0 removed' "$S/id3.db.log" \
   && [ "$("$SQLITE" "$S/id3.db" 'SELECT count(*) FROM prepared')" = 0 ]; then
  same_views "again-unchanged" "$S/one.db" "$S/id3.db"
else bad "shards/again-unchanged"; tail -3 "$S/id3.db.log"
fi

# Dealt again after articles were added and removed: no article changes
# shard (by range, outlet or month: the new ones are dealt among
# themselves); another number of shards deals everything again.
for by in range outlet month; do
  cp "$S/articles.db" "$S/deal-$by.db"
  SQLITE3=$S/sqlite3 sh examples/shards/deal.sh "$S/deal-$by.db" 3 "$by" > /dev/null 2>&1
  "$SQLITE" "$S/deal-$by.db" "CREATE TABLE dealt AS SELECT * FROM newswire_shard WHERE article <> 3;
    DELETE FROM articles WHERE id = 3;
    INSERT INTO articles(source, url, published, title, body)
      SELECT 'A new outlet', url || '#new', '2031-05-01', title, body FROM articles WHERE id <= 2"
  SQLITE3=$S/sqlite3 sh examples/shards/deal.sh "$S/deal-$by.db" 3 "$by" > /dev/null 2>&1
  moved=$("$SQLITE" "$S/deal-$by.db" "SELECT (SELECT count(*) FROM dealt d JOIN newswire_shard s USING (article) WHERE s.shard <> d.shard)
    || ' ' || (SELECT count(*) FROM newswire_shard) || ' ' || (SELECT count(*) FROM articles)
    || ' ' || (SELECT count(*) FROM newswire_shard WHERE article = 3)")
  SQLITE3=$S/sqlite3 sh examples/shards/deal.sh "$S/deal-$by.db" 2 "$by" > /dev/null 2>&1
  two=$("$SQLITE" "$S/deal-$by.db" "SELECT count(DISTINCT shard) || ' ' || max(shard) FROM newswire_shard")
  n=$("$SQLITE" "$S/deal-$by.db" "SELECT count(*) FROM articles")
  if [ "$moved" = "0 $n $n 0" ] && [ "$two" = "2 1" ]; then
    ok "shards/deal-stable-$by (dealt again: 0 moved, the new dealt, the removed gone; 2 shards: dealt again)"
  else bad "shards/deal-stable-$by (moved, dealt, articles, removed: $moved; 2 shards: $two)"
  fi
done

# A shard that fails (a trigger refuses its claims): the run stops before
# the merge, says how to go on, and the same command afterwards gives the
# same answers; the shards that had finished are not analysed again.
cp "$S/articles.db" "$S/fail.db"
mkdir -p "$S/fail.db.shards"
run "$SQLITE" "$S/fail.db.shards/shard_1.db" -cmd ".load $EXT" < sql/shard.sql > /dev/null 2>&1
"$SQLITE" "$S/fail.db.shards/shard_1.db" \
  "CREATE TRIGGER refuse BEFORE INSERT ON claim BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
SQLITE3=$S/sqlite3 NEWSWIRE_EXT=$EXT sh examples/shards/run.sh "$S/fail.db" 3 1 > "$S/fail.log" 2>&1
rc=$?
merged=$("$SQLITE" "$S/fail.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'prepared'" 2>&1)
"$SQLITE" "$S/fail.db.shards/shard_1.db" 'DROP TRIGGER refuse'
before=$("$SQLITE" "$S/fail.db.shards/shard_0.db" 'SELECT max(id) FROM passage')
sharded "$S/fail.db" 3 1
after=$("$SQLITE" "$S/fail.db.shards/shard_0.db" 'SELECT max(id) FROM passage')
if [ $rc != 0 ] && grep -q 'run the same command again' "$S/fail.log" && [ "$merged" = 0 ] \
   && [ -n "$before" ] && [ "$before" = "$after" ]; then
  same_views "failed-shard-redone" "$S/one.db" "$S/fail.db"
else bad "shards/failed-shard-redone (rc $rc, prepared $merged, shard 0 passages $before then $after)"; tail -3 "$S/fail.log"
fi

# An article edited after its shard prepared it is analysed again by
# sql/analyze.sql (its body no longer has the prepared hash); one added
# after a sharded run is analysed by the next one.
EDIT="UPDATE articles SET body = replace(body, 'the', 'a') WHERE id = 2"
ADD="INSERT INTO articles(source, url, published, title, body)
     SELECT source, url || '#again', published, title, body FROM articles WHERE id = 4"
cp "$S/articles.db" "$S/edit.db"
SQLITE3=$S/sqlite3 NEWSWIRE_EXT=$EXT sh examples/shards/run.sh "$S/edit.db" 2 2 > /dev/null 2>&1
"$SQLITE" "$S/edit.db" "$EDIT; $ADD"
cp "$S/one.db" "$S/one-edit.db"; "$SQLITE" "$S/one-edit.db" "$EDIT; $ADD"; one "$S/one-edit.db"
sharded "$S/edit.db" 2 2 id
same_views "edited-and-added" "$S/one-edit.db" "$S/edit.db"
cp "$S/articles.db" "$S/stale.db"
for i in 0 1; do
  run "$SQLITE" -bail "$S/stale.db" -cmd ".load $EXT" -cmd "ATTACH '$S/edit.db.shards/shard_$i.db' AS shard" \
    < sql/merge.sql > /dev/null 2>&1
done
"$SQLITE" "$S/stale.db" "$EDIT; $ADD"
one "$S/stale.db"
same_views "merged-then-edited" "$S/one-edit.db" "$S/stale.db"

# A shard's prepared article whose published date changed before the
# corpus run is analysed again (its about_hash differs), in the shard.
cp "$S/articles.db" "$S/pub.db"
SQLITE3=$S/sqlite3 sh examples/shards/deal.sh "$S/pub.db" 2 > /dev/null 2>&1
mkdir -p "$S/pub.db.shards"
SQLITE3=$S/sqlite3 NEWSWIRE_EXT=$EXT sh examples/shards/shard.sh "$S/pub.db" 0 > /dev/null 2>&1
PUB="UPDATE articles SET published = '2026-01-15', source = 'Another outlet' WHERE id = (SELECT min(article) FROM newswire_shard WHERE shard = 0)"
"$SQLITE" "$S/pub.db" "$PUB"
cp "$S/articles.db" "$S/one-pub.db"; "$SQLITE" "$S/one-pub.db" "CREATE TABLE newswire_shard(article, shard);
  INSERT INTO newswire_shard SELECT article, shard FROM (SELECT id AS article, ntile(2) OVER (ORDER BY id) - 1 AS shard FROM articles); $PUB"
one "$S/one-pub.db"
sharded "$S/pub.db" 2 2
same_views "published-changed-after-prepare" "$S/one-pub.db" "$S/pub.db"

# A shard keeps the full names of an article's earlier version in its
# person_name; the merge takes the names of the versions it takes only
# (a lone "Kamau" must take the one full name the corpus has).
"$SQLITE" "$S/kamau.db" < sql/schema.sql
"$SQLITE" "$S/kamau.db" "INSERT INTO articles(id, source, url, published, body) VALUES
 (1, 'Daily', 'u1', '2024-03-04', 'Peter Kamau said on Monday that the council approved the water plan for the town.'),
 (2, 'Daily', 'u2', '2024-03-05', 'Kamau said the vote on the water plan was close, and the council will meet again.');
$QUIET"
mkdir -p "$S/kamau.db.shards"
SQLITE3=$S/sqlite3 sh examples/shards/deal.sh "$S/kamau.db" 1 > /dev/null 2>&1
SQLITE3=$S/sqlite3 NEWSWIRE_EXT=$EXT sh examples/shards/shard.sh "$S/kamau.db" 0 > /dev/null 2>&1
"$SQLITE" "$S/kamau.db" "UPDATE articles SET body = replace(body, 'Peter', 'Ruth') WHERE id = 1"
cp "$S/kamau.db" "$S/one-kamau.db"; one "$S/one-kamau.db"
sharded "$S/kamau.db" 1 1
if grep -q 'person:rt_km' "$S/kamau.db.views"; then
  same_views "earlier-version-names-left-out" "$S/one-kamau.db" "$S/kamau.db"
else bad "shards/earlier-version-names-left-out (no person:rt_km)"; grep -i kamau "$S/kamau.db.views" | head -3
fi

# sql/reset.sql on the corpus and on the shards, then the same command:
# everything is analysed again (no prepared row survives a reset).
cp "$S/articles.db" "$S/reset.db"
SQLITE3=$S/sqlite3 NEWSWIRE_EXT=$EXT sh examples/shards/run.sh "$S/reset.db" 2 2 > /dev/null 2>&1
for f in "$S/reset.db" "$S/reset.db.shards/shard_0.db" "$S/reset.db.shards/shard_1.db"; do
  run "$SQLITE" "$f" -cmd ".load $EXT" < sql/reset.sql > /dev/null 2>&1
done
sharded "$S/reset.db" 2 2
same_views "after-reset" "$S/one.db" "$S/reset.db"

# The shared checks name the script that was run.
cp "$S/articles.db" "$S/unloaded.db"
"$SQLITE" "$S/unloaded.db" < sql/shard.sql > "$S/unloaded.out" 2>&1
if grep -q "sql/shard.sql: the newswire extension is not loaded" "$S/unloaded.out" \
   && ! grep -q "sql/analyze.sql" "$S/unloaded.out"; then
  ok "shards/messages-name-shard-sql (sql/shard.sql without the extension says sql/shard.sql)"
else bad "shards/messages-name-shard-sql"; head -3 "$S/unloaded.out"
fi

# sql/merge.sql refuses a run without a shard, or with a database that is
# no shard, saying what to do; merging a shard twice adds nothing.
run "$SQLITE" -bail "$S/one.db" -cmd ".load $EXT" < sql/merge.sql > "$S/merge-none.out" 2>&1
run "$SQLITE" -bail "$S/one.db" -cmd ".load $EXT" -cmd "ATTACH '$S/articles.db' AS shard" \
  < sql/merge.sql > "$S/merge-other.out" 2>&1
run "$SQLITE" -bail "$S/one.db" -cmd ".load $EXT" -cmd "ATTACH '$S/id3.db.shards/shard_0.db' AS shard" \
  < sql/merge.sql > "$S/merge-twice.out" 2>&1
if grep -q "attach the shard first" "$S/merge-none.out" \
   && grep -q "no shard prepared by this newswire" "$S/merge-other.out" \
   && grep -q '^0 articles merged from a shard; 0 prepared' "$S/merge-twice.out"; then
  ok "shards/merge-errors (no shard attached; not a shard; merged twice: 0 articles)"
else bad "shards/merge-errors"; cat "$S"/merge-*.out | head -6
fi
