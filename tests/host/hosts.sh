# Sourced by tests/run.sh (uses ok, bad, run, EXT, OUT, SQLITE, py): the
# corpus analysis from every host.  sql/analyze.sql runs on examples/corpus
# from the sqlite3 shell (with -bail, from another folder), from Python's
# sqlite3 executescript(), through sqlite-utils and from Node's
# better-sqlite3 12 db.exec() (installed by npm ci into tests/host/node_modules
# on first use); each must print the same tests/host/dump.sql (table
# counts, each step's rows, the article_reuse rows) as the shell.  A step
# made to fail on purpose must leave nothing marked analysed.
H=$OUT/host
ROOT=$(pwd)
mkdir -p "$H"
rm -f "$H"/*.db "$H"/*.out
case $EXT in /*) EXT_ABS=$EXT ;; *) EXT_ABS=$ROOT/$EXT ;; esac
QUIET="UPDATE newswire_settings SET value = 1 WHERE key = 'quiet'"
FAIL="CREATE TRIGGER fail_claims BEFORE INSERT ON claim BEGIN SELECT RAISE(ABORT, 'injected failure'); END"

# The committed sql/analyze.sql, shard.sql and merge.sql are what their parts give.
if sh sql/gen_analyze.sh | cmp -s - sql/analyze.sql \
   && sh sql/gen_analyze.sh shard | cmp -s - sql/shard.sql \
   && sh sql/gen_analyze.sh merge | cmp -s - sql/merge.sql; then
  ok "host/generated (sql/analyze.sql, shard.sql and merge.sql are sql/gen_analyze.sh's output)"
else
  bad "host/generated: sql/analyze.sql, shard.sql or merge.sql differs from its parts; run make sql/analyze.sql"
fi

# The articles, loaded once by the shell's sql/load.sql.
run "$SQLITE" "$H/articles.db" -cmd ".load $EXT" < sql/load.sql > "$H/load.log" 2>&1
"$SQLITE" "$H/articles.db" "$QUIET"

# The shell, from another folder (the script reads no other file).
cp "$H/articles.db" "$H/shell.db"
if (cd "$H" && run "$SQLITE" -bail shell.db -cmd ".load $EXT_ABS" \
      < "$ROOT/sql/analyze.sql") > "$H/shell.log" 2>&1 \
   && grep -q '^8 new or changed articles, 0 removed; in all 8 articles analysed' "$H/shell.log" \
   && run "$SQLITE" "$H/shell.db" -cmd ".load $EXT" < tests/host/dump.sql > "$H/shell.out" 2>&1 \
   && grep -q '^articles 8, analyzed 8, ' "$H/shell.out"
then ok "host/shell (sqlite3 -bail from $H: $(head -1 "$H/shell.out"))"
else bad "host/shell"; tail -5 "$H/shell.log" "$H/shell.out"
fi

# The shell with -bail and a step that fails: exit status 1, one error
# line, nothing marked analysed.  And from a folder without newswire.so:
# the shell's own first line says so.
cp "$H/articles.db" "$H/bail.db"
run "$SQLITE" "$H/bail.db" -cmd ".load $EXT" < sql/analyze/1-schema.sql > /dev/null 2>&1
"$SQLITE" "$H/bail.db" "$FAIL"
run "$SQLITE" -bail "$H/bail.db" -cmd ".load $EXT" < sql/analyze.sql > "$H/bail.out" 2> "$H/bail.err"
rc=$?
(cd "$H" && "$SQLITE" -bail bail.db -cmd ".load ./newswire" < "$ROOT/sql/analyze.sql") \
  > /dev/null 2> "$H/folder.err"
if [ $rc = 1 ] && [ "$(wc -l < "$H/bail.err")" = 1 ] && grep -q 'injected failure' "$H/bail.err" \
   && [ "$("$SQLITE" "$H/bail.db" 'SELECT count(*) FROM analyzed')" = 0 ] \
   && [ "$(wc -l < "$H/folder.err")" = 1 ] && grep -q 'newswire.so: cannot open' "$H/folder.err"
then ok "host/shell-errors (a failed step under -bail: exit 1, one line, 0 analysed; wrong folder: one line)"
else bad "host/shell-errors (rc $rc)"; cat "$H/bail.err" "$H/folder.err" | cut -c1-200
fi

# The loaders on files with every header problem (tests/data/headers):
# examples/load.py and load.cjs must load the same articles and report the
# same problems (load_report) as sql/load.sql.
LOADED="SELECT id, source, url, published, title, body FROM articles ORDER BY id;
SELECT file, url, problem FROM load_report ORDER BY rowid"
rm -f "$H"/headers-*.db
run "$SQLITE" "$H/headers-shell.db" -cmd ".load $EXT" -cmd ".parameter set @dir tests/data/headers" \
  < sql/load.sql > /dev/null 2>&1
"$SQLITE" "$H/headers-shell.db" "$LOADED" > "$H/headers-shell.out" 2>&1
loaded_same() {  # host
  "$SQLITE" "$H/headers-$1.db" "$LOADED" > "$H/headers-$1.out" 2>&1
  if [ -s "$H/headers-shell.out" ] && cmp -s "$H/headers-shell.out" "$H/headers-$1.out"; then
    ok "host/load-$1 (tests/data/headers: same articles and load_report as sql/load.sql)"
  else
    bad "host/load-$1"; diff "$H/headers-shell.out" "$H/headers-$1.out" | head -10
  fi
}

# Compare a host's dump with the shell's.
same() {  # name log
  if [ -s "$H/$1.out" ] && cmp -s "$H/shell.out" "$H/$1.out"; then
    ok "host/$1 (same counts, steps and article_reuse rows as the shell)"
  else
    bad "host/$1"; diff "$H/shell.out" "$H/$1.out" | head -10; tail -5 "$H/$1.log"
  fi
}

if [ -z "$py" ]; then
  echo "skip host/python: no python3 here was built with extension loading"
else
  for mode in python python-failure; do
    flag=; [ $mode = python-failure ] && flag=--fail-first
    ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" run "$py" examples/load.py "$H/$mode.db" examples/corpus "$EXT" \
      > "$H/$mode.log" 2>&1 \
    && ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" run "$py" tests/host/analyze.py "$EXT" "$H/$mode.db" $flag \
      > "$H/$mode.out" 2>> "$H/$mode.log"
    same $mode
  done
  ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" run "$py" examples/load.py "$H/headers-python.db" \
    tests/data/headers "$EXT" > /dev/null 2>&1
  loaded_same python
  if "$py" -c 'import sqlite_utils' 2>/dev/null; then
    cp "$H/articles.db" "$H/sqlite-utils.db"
    ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" run "$py" -c '
import sqlite_utils, sys
db = sqlite_utils.Database(sys.argv[2])
db.conn.enable_load_extension(True)
db.conn.load_extension(sys.argv[1])
db.executescript(open("sql/analyze.sql").read())
for (line,) in db.execute(open("tests/host/dump.sql").read()):
    print(line)' "$EXT" "$H/sqlite-utils.db" > "$H/sqlite-utils.out" 2> "$H/sqlite-utils.log"
    same sqlite-utils
  else
    echo "skip host/sqlite-utils: $py has no sqlite_utils (apt-get install sqlite-utils)"
  fi
fi

# Node: better-sqlite3 12 (13 crashes with the extension), npm ci on first use.
node_ready() { (cd tests/host && node -e 'require("better-sqlite3")') > /dev/null 2>&1; }
if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
  echo "skip host/node: node or npm not found (apt-get install nodejs npm)"
elif [ -n "$NW_SANITIZE" ]; then
  echo "skip host/node: not run under the sanitizers (node would need the ASan runtime preloaded)"
else
  if ! node_ready; then
    echo "host/node: npm ci in tests/host (first use: better-sqlite3 12, built from source when no prebuilt binary can be fetched; minutes)"
    (cd tests/host && npm ci --no-audit --no-fund --fetch-retries=1) > "$H/npm.log" 2>&1
  fi
  if ! node_ready; then
    echo "skip host/node: better-sqlite3 could not be installed (no registry, or its build failed; see $H/npm.log)"
  else
    for mode in node node-failure; do
      flag=; [ $mode = node-failure ] && flag=--fail-first
      NODE_PATH=tests/host/node_modules node examples/load.cjs "$H/$mode.db" examples/corpus "$EXT" \
        > "$H/$mode.log" 2>&1 \
      && NODE_PATH=tests/host/node_modules node tests/host/analyze.cjs "$EXT" "$H/$mode.db" $flag \
        > "$H/$mode.out" 2>> "$H/$mode.log"
      same $mode
    done
    NODE_PATH=tests/host/node_modules node examples/load.cjs "$H/headers-node.db" tests/data/headers "$EXT" \
      > /dev/null 2>&1
    loaded_same node
  fi
fi
