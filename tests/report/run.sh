#!/bin/sh
# The report (sql/report.sql) and the demo (examples/demo.sh), checked in
# headless Chromium: run by tests/run.sh, from the repository root.
#
#   sh tests/report/run.sh [EXT]
#
# 1. The demo on examples/corpus: exits 0, a numbered story, no line over
#    100 columns, no box drawing; it writes build/report.html, which
#    tests/report/check.js opens in Chromium: no console error, nothing
#    fetched, no script, every shown pair's marked regions exactly its rows
#    in reuse (the reuse_spans() regions the analysis kept: those that
#    overlap prose in both articles); screenshot build/report.png.
# 2. A corpus with <script>, an onerror image and a closing </style> in an
#    article's outlet, title and body, with Graphviz hidden: the demo still
#    exits 0, nothing runs, the markup shows as text, the report says why it
#    has no graph; screenshot build/test/report/hostile.png.
# Prints ok/FAIL lines; exit 0 all good, 1 a failure, 77 skipped (the
# reason on the last line).  Chromium is installed (tests/deps.sh) when
# missing and root.  NW_PRELOAD (sanitizer runtimes) is preloaded into
# sqlite3 only.
EXT=${1:-./newswire}
OUT=build/test/report
rm -rf "$OUT"; mkdir -p "$OUT"
fails=0
ok()  { echo "ok   $1"; }
bad() { fails=$((fails+1)); echo "FAIL $1"; }
skip() { echo "$1"; exit 77; }

SQLITE=sqlite3
if [ -n "$NW_PRELOAD" ]; then
  printf '#!/bin/sh\nLD_PRELOAD="%s" exec sqlite3 "$@"\n' "$NW_PRELOAD" > "$OUT/sqlite3"
  chmod +x "$OUT/sqlite3"; SQLITE=$OUT/sqlite3
fi

# the demo: exit status, the story's shape
demo() {  # demo NAME FOLDER OUTDIR [env...]
  name=$1; dir=$2; out=$3; shift 3
  env "$@" SQLITE3="$SQLITE" NW_EXT="$EXT" OUT="$out" DB="$OUT/$name.db" \
    sh examples/demo.sh "$dir" > "$OUT/$name.story" 2> "$OUT/$name.err"
  rc=$?
  if [ $rc = 0 ]; then ok "demo $name exits 0"; else bad "demo $name exits $rc"; tail -5 "$OUT/$name.err"; fi
  wide=$(LC_ALL=C.UTF-8 wc -L < "$OUT/$name.story")   # display columns, not bytes
  [ "$wide" -le 100 ] && ok "demo $name at most 100 columns ($wide)" || bad "demo $name has a line of $wide columns"
  if grep -q '[┌│└╭]' "$OUT/$name.story"; then bad "demo $name draws boxes"; else ok "demo $name draws no boxes"; fi
  n=$(grep -c '^[1-5]\. ' "$OUT/$name.story")
  [ "$n" = 5 ] && ok "demo $name tells 5 numbered sections" || bad "demo $name has $n numbered sections"
}

# what the page must show: the shown pairs, their bodies, their reuse rows
# (reuse_spans() regions that overlap prose in both articles)
expected() {  # expected DB INJECTED SVG(true|false) > json
  "$SQLITE" "$1" -cmd ".load $EXT" -noheader -list "
    SELECT json_object('injected', $2, 'svg', json('$3'), 'pairs', (
      SELECT json_group_array(json_object('source', l.source, 'target', l.target,
               'a_body', s.body, 'b_body', t.body, 'spans', (
                 SELECT json_group_array(json_object('seq', r.seq, 'kind', r.kind,
                          'a_start', r.a_start, 'a_length', r.a_length,
                          'b_start', r.b_start, 'b_length', r.b_length))
                 FROM reuse r WHERE r.source = l.source AND r.target = l.target)))
      FROM reuse_links l JOIN articles s ON s.id = l.source JOIN articles t ON t.id = l.target))"
}

# 1. the example corpus
demo example examples/corpus build
[ -s build/report.html ] && ok "build/report.html written" || bad "no build/report.html"
pairs=$("$SQLITE" "$OUT/example.db" -cmd ".load $EXT" -noheader -list "SELECT count(*) FROM reuse_links")
[ "$pairs" -gt 0 ] && ok "example corpus has $pairs links to show" || bad "example corpus shows no link"
if command -v dot >/dev/null 2>&1; then svg=true; else svg=false; fi
if [ $svg = true ]; then
  grep -q '<svg' build/report.html && ok "report holds the SVG graph" || bad "report lacks the SVG graph"
fi

# 2. hostile markup in an article that copies the statement
mkdir -p "$OUT/hostile"
cp examples/corpus/01_statement.txt "$OUT/hostile/"
inj='<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
{ printf 'Source: Evil </style><b>Outlet</b> %s\nURL: https://example.org/"><script>window.__pwned=3</script>\n' "$inj"
  printf 'Published: 2025-05-20\nTitle: Title %s\n\n' "$inj"
  sed '1,/^$/d' examples/corpus/01_statement.txt | sed "3s#\$# $inj#"
  printf '\nA closing line %s & more.\n' "$inj"; } > "$OUT/hostile/02_hostile.txt"
demo hostile "$OUT/hostile" "$OUT/hostile" NW_DOT=/nonexistent/dot
grep -q 'window.__pwned' "$OUT/hostile/report.html" && grep -q '&lt;script&gt;' "$OUT/hostile/report.html" &&
  ! grep -q '<script' "$OUT/hostile/report.html" &&
  ok "hostile markup escaped in the HTML" || bad "hostile markup not escaped"

# the browser
chromium=$(command -v chromium || command -v chromium-browser)
if [ -z "$chromium" ] && [ "$(id -u)" = 0 ]; then
  sh tests/deps.sh chromium > "$OUT/deps.log" 2>&1
  chromium=$(command -v chromium || command -v chromium-browser)
fi
if [ -z "$chromium" ] || ! command -v node >/dev/null 2>&1; then
  [ $fails = 0 ] || exit 1
  if [ -z "$chromium" ]; then skip "the Chromium checks: no chromium (apt-get install chromium as root)"; fi
  skip "the Chromium checks: no node"
fi
expected "$OUT/example.db" NULL $svg > "$OUT/example.json"
node tests/report/check.js "$chromium" build/report.html "$OUT/example.json" build/report.png ||
  fails=$((fails+1))
expected "$OUT/hostile.db" "'$inj'" false > "$OUT/hostile.json"
node tests/report/check.js "$chromium" "$OUT/hostile/report.html" "$OUT/hostile.json" "$OUT/hostile.png" ||
  fails=$((fails+1))
[ $fails = 0 ]
