#!/bin/sh
# Run every newswire test against the extension named by $1 (a path without
# the .so suffix, as .load takes it), from the repository root.
#
#   tests/sql/NAME.sql  run by the real sqlite3 shell; output must equal
#                       tests/sql/NAME.out (update with NW_UPDATE=1)
#   tests/c/test_*.c    C unit tests of the pure cores
#   tests/load/*        the extension loaded from C and from Python
#   tests/host/         sql/analyze.sql from the shell, Python, sqlite-utils
#                       and Node, which must agree (tests/host/hosts.sh)
#   tests/shards/       the analysis in shards, the same rows as one process
#   tests/big/linear.c  every function linear on big texts (NW_BIG_SIZES)
#   tests/readme/       every sql example of README.md prints what it states
#   tests/report/       the demo and its HTML report, in headless Chromium
#
# With NW_SANITIZE=1 the shell runs with ASan/UBSan preloaded and the C
# tests are built with the same sanitizers.  Ends with "N passed, N failed".
EXT=${1:-./newswire}
SQLITE=${SQLITE3:-sqlite3}
CC=${CC:-cc}
OUT=build/test
mkdir -p "$OUT"
pass=0; fail=0

ok()   { pass=$((pass+1)); echo "ok   $1"; }
bad()  { fail=$((fail+1)); echo "FAIL $1"; }

SAN_CFLAGS=""
if [ -n "$NW_SANITIZE" ]; then
  SAN_CFLAGS="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=undefined,float-cast-overflow -fno-omit-frame-pointer"
  NW_PRELOAD="$($CC -print-file-name=libasan.so) $($CC -print-file-name=libubsan.so)"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
fi

# Run a command with the sanitizer runtimes preloaded when sanitizing.
run() {
  if [ -n "$NW_PRELOAD" ]; then LD_PRELOAD="$NW_PRELOAD" "$@"; else "$@"; fi
}

# --- SQL scripts through the real shell
for sql in tests/sql/*.sql; do
  name=$(basename "$sql" .sql)
  exp="tests/sql/$name.out"
  got="$OUT/$name.out"
  sed "s#^\.load \./newswire\$#.load $EXT#" "$sql" > "$OUT/$name.sql"
  run "$SQLITE" :memory: < "$OUT/$name.sql" > "$got" 2>&1
  if [ -n "$NW_UPDATE" ]; then cp "$got" "$exp"; fi
  if diff -u "$exp" "$got" > "$OUT/$name.diff" 2>&1; then
    ok "sql/$name"
  else
    bad "sql/$name"; head -40 "$OUT/$name.diff"
  fi
done

# --- C unit tests of the cores (linked with malloc instead of SQLite)
PKG_CFLAGS=$(pkg-config --cflags icu-uc icu-i18n libpcre2-8)
PKG_LIBS=$(pkg-config --libs icu-uc icu-i18n libpcre2-8)
for src in tests/c/test_*.c; do
  name=$(basename "$src" .c)
  if $CC -std=c11 -g -O1 -Wall -Wextra -Werror $SAN_CFLAGS -Iext $PKG_CFLAGS \
       -o "$OUT/$name" "$src" tests/c/nw_mem_libc.c ext/nw_text.c \
       ext/nw_segment.c ext/nw_pattern.c ext/nw_stem.c ext/nw_similar.c ext/nw_align.c ext/nw_lexicon.c ext/nw_lsh.c ext/nw_dates.c ext/nw_entities.c ext/nw_ner.c ext/nw_ner_model.c build/gen/nw_lexicon_data.c ext/nw_claims.c $PKG_LIBS -lstemmer -lm \
       > "$OUT/$name.log" 2>&1 && "$OUT/$name" >> "$OUT/$name.log" 2>&1; then
    ok "c/$name ($(grep -c '^ok' "$OUT/$name.log") checks)"
  else
    bad "c/$name"; tail -20 "$OUT/$name.log"
  fi
done

# --- Big inputs: every function linear, against sentences() on the same
# text (tests/big/linear.c).  NW_BIG_SIZES in MB ("2 8" here, make test-big
# runs "2 8 32", "0" skips it).  Under the sanitizers, which slow some code
# far more than other code, smaller sizes and only the ratio checks.
if [ -n "$NW_SANITIZE" ]; then
  BIG_SIZES=${NW_BIG_SIZES:-0.5 2}; BIG_FLAGS=-ratio-only
else
  BIG_SIZES=${NW_BIG_SIZES:-2 8}; BIG_FLAGS=
fi
if [ "$BIG_SIZES" = 0 ]; then
  echo "skip big/linear: NW_BIG_SIZES=0"
elif $CC -std=c11 -O2 -Wall -Wextra -Werror $SAN_CFLAGS -o "$OUT/linear" \
     tests/big/linear.c $(pkg-config --cflags --libs sqlite3) \
     > "$OUT/linear.log" 2>&1 \
   && "$OUT/linear" "$EXT" $BIG_FLAGS $BIG_SIZES >> "$OUT/linear.log" 2>&1
then ok "big/linear ($BIG_SIZES MB, $(grep -c '^ok' "$OUT/linear.log") checks)"
else bad "big/linear ($BIG_SIZES MB)"; grep -E '^FAIL|error|linear:' "$OUT/linear.log" | head -40
fi

# --- Loading from C with sqlite3_load_extension()
if $CC -std=c11 -Wall -Wextra -Werror $SAN_CFLAGS -o "$OUT/load_c" \
     tests/load/load_c.c $(pkg-config --cflags --libs sqlite3) \
     > "$OUT/load_c.log" 2>&1 && "$OUT/load_c" "$EXT" >> "$OUT/load_c.log" 2>&1
then ok "load/c"; else bad "load/c"; tail -5 "$OUT/load_c.log"; fi

# --- Many connections in many threads
if $CC -std=c11 -Wall -Wextra -Werror $SAN_CFLAGS -pthread -o "$OUT/threads" \
     tests/load/threads.c $(pkg-config --cflags --libs sqlite3) \
     > "$OUT/threads.log" 2>&1 && "$OUT/threads" "$EXT" >> "$OUT/threads.log" 2>&1
then ok "load/threads"; else bad "load/threads"; tail -5 "$OUT/threads.log"; fi

# --- Loading from Python's standard sqlite3 module
py=""
for cand in ${PYTHON:-} /usr/bin/python3 python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c \
     'import sqlite3,sys; sys.exit(0 if hasattr(sqlite3.connect(":memory:"),"enable_load_extension") else 1)' \
     2>/dev/null; then py=$cand; break; fi
done
if [ -z "$py" ]; then
  echo "skip load/python: no python3 here was built with extension loading"
# Python frees little at exit, so LeakSanitizer would report the
# interpreter, not newswire: leaks are checked by the other tests.
elif ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" \
     run "$py" tests/load/load_python.py "$EXT" > "$OUT/load_py.log" 2>&1; then
  ok "load/python ($py)"
else
  bad "load/python ($py)"; tail -5 "$OUT/load_py.log"
fi

# --- Every sql example of README.md, one test each (tests/readme/check.sh)
. tests/readme/check.sh
# --- The report and the demo, the report opened in headless Chromium
# (tests/report/run.sh; skipped with the reason without Chromium or Node)
NW_PRELOAD="$NW_PRELOAD" sh tests/report/run.sh "$EXT" > "$OUT/report.log" 2>&1
case $? in
  0)  ok "report ($(grep -c '^ok' "$OUT/report.log") checks)" ;;
  77) echo "skip report/chromium: $(tail -1 "$OUT/report.log")" ;;
  *)  bad "report"; grep -E '^FAIL|^skip' "$OUT/report.log" | head -20 ;;
esac
# --- The corpus analysis from every host (tests/host/hosts.sh)
. tests/host/hosts.sh
# --- The analysis in shards gives the same answers (tests/shards/shards.sh)
. tests/shards/shards.sh

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
