#!/bin/sh
# Build and run each libFuzzer target for a bounded time.
#   tests/fuzz/run.sh SECONDS sql_entities claims ...
#   tests/fuzz/run.sh 0 sql_claims        build only (then run the binary
#                                         on files to replay them)
#
# Targets: tests/fuzz/fuzz_NAME.c.  One that includes fuzz_sql.h goes
# through the SQL glue: every ext/*.c is compiled in with -DSQLITE_CORE and
# linked with libsqlite3.  The others link the pure cores only.
# Sanitizers: ASan (leak detection on) and UBSan with
# -fno-sanitize-recover=undefined, so the first UBSan report stops the run.
# Inputs: text targets take up to 1 MiB (-max_len=1048576) and check their
# time per call (fuzz_util.h); seeds are tests/fuzz/seeds/*.* (all targets),
# tests/fuzz/seeds/NAME/* (and sql_NAME/* for a core target NAME) and
# examples/corpus (text targets).  A seed
# NAME.rep is "header line, then a unit": the unit is repeated up to about
# 1 MB; NAME.rep2 is a unit repeated into two texts of about 500 KB
# separated by 0x1E.  Dictionaries: tests/fuzz/dict/text.dict plus
# tests/fuzz/dict/NAME.dict if there is one.
# Kept in build/fuzz/: the corpora (corpus-NAME), logs (NAME.log), crash
# inputs (artifacts/NAME-crash-...).
# Prints one line per target (executions, cov:, ft:, corpus); exits
# non-zero if any target crashed, timed out, leaked, ran out of memory or
# had a UBSan report.
secs=$1; shift
[ -n "$secs" ] && [ $# -gt 0 ] || { echo "usage: $0 SECONDS TARGET..." >&2; exit 2; }
sh tests/deps.sh clang libclang-rt-dev || exit 1
CLANG=${CLANG:-clang}
PKG="sqlite3 icu-uc icu-i18n libpcre2-8"
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
CFLAGS="-std=c11 -g -O1 -fno-omit-frame-pointer $SAN -Wall -Wextra \
  -Wno-unused-function -Iext -DSQLITE_CORE $(pkg-config --cflags $PKG)"
LIBS="$(pkg-config --libs $PKG) -lstemmer -lm"
CORE="nw_text nw_segment nw_pattern nw_stem nw_similar nw_align nw_lexicon
  nw_lsh nw_dates nw_entities nw_ner nw_ner_model nw_lexicon_data nw_claims"
OUT=build/fuzz
OBJ=$OUT/obj
mkdir -p "$OBJ" "$OUT/artifacts"

# Compile each source once (again only when it or a header changed).
compile(){   # compile SRC OBJ
  if [ ! -f "$2" ] || [ -n "$(find "$1" ext/*.h -newer "$2" 2>/dev/null)" ]; then
    $CLANG $CFLAGS -fsanitize=fuzzer-no-link -c -o "$2" "$1" || exit 1
  fi
}
for src in ext/*.c build/gen/nw_lexicon_data.c; do
  compile "$src" "$OBJ/$(basename "$src" .c).o"
done
compile tests/c/nw_mem_libc.c "$OBJ/nw_mem_libc.o"
GLUE_OBJ=$(ls "$OBJ"/*.o | grep -v nw_mem_libc.o)
CORE_OBJ="$OBJ/nw_mem_libc.o"
for c in $CORE; do CORE_OBJ="$CORE_OBJ $OBJ/$c.o"; done

# Repeat file $1 (from byte $2 on) into $3 until it has $4 bytes or more.
repeat(){
  tail -c +"$2" "$1" > "$3.unit"
  [ -s "$3.unit" ] || { rm -f "$3.unit"; return; }
  cp "$3.unit" "$3"
  while [ "$(wc -c < "$3")" -lt "$4" ]; do
    cat "$3" "$3" > "$3.tmp" && mv "$3.tmp" "$3"
  done
  head -c "$4" "$3" > "$3.tmp" && mv "$3.tmp" "$3"
  rm -f "$3.unit"
}

# Copy and expand the seeds of target $1 into corpus $2.
seed(){
  cp tests/fuzz/seeds/*.* "$2"/ 2>/dev/null
  case $1 in signature|sql_signature|dates) ;;
    *) cp examples/corpus/*.txt "$2"/ ;; esac
  for f in tests/fuzz/seeds/"$1"/* tests/fuzz/seeds/sql_"$1"/*; do
    [ -f "$f" ] || continue
    b=$2/seed-$(basename "$f")
    case $f in
      *.rep)    # header line kept, the rest repeated
        hdr=$(head -n 1 "$f"); n=$(( ${#hdr} + 2 ))
        printf '%s\n' "$hdr" > "$b.hdr"
        repeat "$f" "$n" "$b.body" 1000000
        cat "$b.hdr" "$b.body" > "$b"; rm -f "$b.hdr" "$b.body" ;;
      *.rep2)   # two copies of the unit repeated, 0x1E between
        repeat "$f" 1 "$b.half" 500000
        { cat "$b.half"; printf '\036'; cat "$b.half"; } > "$b"
        rm -f "$b.half" ;;
      *) cp "$f" "$b" ;;
    esac
  done
}

# One line: "fuzz_NAME: $1", then executions, cov:, ft: and corpus from
# the log of $name.
summary(){
  log=$OUT/$name.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  last=$(grep -E "cov: [0-9]+" "$log" | tail -1)
  [ -n "$execs" ] || execs=$(echo "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
  cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
  corp=$(echo "$last" | sed -n 's/.*corp: \([^ ]*\).*/\1/p')
  echo "fuzz_$name: $1 ${secs}s execs: ${execs:-0} cov: ${cov:-0}" \
       "ft: ${ft:-0} corp: ${corp:-0}"
}

status=0
for name in "$@"; do
  src=tests/fuzz/fuzz_$name.c
  bin=$OUT/fuzz_$name
  corpus=$OUT/corpus-$name
  [ -f "$src" ] || { echo "fuzz_$name: no $src" >&2; status=1; continue; }
  if grep -q '"fuzz_sql.h"' "$src"; then objs=$GLUE_OBJ; else objs=$CORE_OBJ; fi
  $CLANG $CFLAGS -fsanitize=fuzzer -o "$bin" "$src" $objs $LIBS || exit 1
  [ "$secs" = 0 ] && { echo "fuzz_$name: built $bin"; continue; }
  mkdir -p "$corpus"
  seed "$name" "$corpus"
  dict=$OUT/$name.dict
  cat tests/fuzz/dict/text.dict > "$dict"
  [ -f tests/fuzz/dict/$name.dict ] && cat tests/fuzz/dict/$name.dict >> "$dict"
  case $name in
    signature|sql_signature|dates) maxlen=4096 ;;
    sql_index|sql_shadow|sql_aliases) maxlen=65536 ;;
    *) maxlen=1048576 ;;
  esac
  # FUZZ_KEEP_GOING=1: go on after a finding (to count them), as
  # libFuzzer's fork mode does; the run still fails if there was one.
  keep=""
  [ "${FUZZ_KEEP_GOING:-0}" = 1 ] &&
    keep="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
  touch "$OUT/$name.stamp"
  # halt_on_error: stop at the first UBSan report even if a flag was lost.
  UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1 \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  LSAN_OPTIONS=suppressions=tests/lsan.supp FUZZ_DB_DIR=$OUT \
    "$bin" $keep -max_total_time="$secs" -max_len=$maxlen \
    -timeout=90 -rss_limit_mb=2560 -malloc_limit_mb=2048 -dict="$dict" \
    -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$name-" \
    "$corpus" > "$OUT/$name.log" 2>&1
  rc=$?
  rm -f "$OUT"/newswire-fuzz-*.db "$OUT"/newswire-fuzz-*.db-journal
  # libFuzzer rewrites an input found again: count what this run wrote
  # (slow-unit-*: libFuzzer's note of an input over 10 s, not a failure)
  found=$(find "$OUT/artifacts" -name "$name-*" ! -name "$name-slow-unit-*" \
          -newer "$OUT/$name.stamp" | wc -l)
  if [ $rc != 0 ] || [ $found -gt 0 ]; then
    summary "FAILED ($found finding(s) in $OUT/artifacts, see $OUT/$name.log)"
    grep -E "ERROR|runtime error|fuzz:|SUMMARY|Test unit written" \
      "$OUT/$name.log" | head -8
    grep -E "^ +#[0-9]+ " "$OUT/$name.log" | head -12
    status=1
  else
    summary ok
  fi
done
exit $status
