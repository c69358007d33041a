#!/bin/sh
# Build and run each libFuzzer target for a bounded time.
#   tests/fuzz/run.sh SECONDS normalize sentences ...
# Seeds come from examples/corpus and tests/fuzz/seeds; new inputs are kept
# in build/fuzz/corpus-NAME.  Exit status is non-zero if any target crashed.
secs=$1; shift
sh tests/deps.sh clang libclang-rt-dev || exit 1
CLANG=${CLANG:-clang}
FLAGS="-std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -Iext $(pkg-config --cflags icu-uc icu-i18n libpcre2-8)"
LIBS="$(pkg-config --libs icu-uc icu-i18n libpcre2-8) -lstemmer -lm"
CORE="tests/c/nw_mem_libc.c ext/nw_text.c ext/nw_segment.c ext/nw_pattern.c ext/nw_stem.c ext/nw_similar.c ext/nw_align.c ext/nw_lexicon.c ext/nw_lsh.c ext/nw_dates.c ext/nw_entities.c ext/nw_lexicon_data.c ext/nw_claims.c"
mkdir -p build/fuzz
status=0
for name in "$@"; do
  bin=build/fuzz/fuzz_$name
  corpus=build/fuzz/corpus-$name
  mkdir -p "$corpus"
  cp examples/corpus/*.txt tests/fuzz/seeds/* "$corpus"/ 2>/dev/null
  $CLANG $FLAGS -o "$bin" "tests/fuzz/fuzz_$name.c" $CORE $LIBS || exit 1
  echo "fuzz_$name: ${secs}s"
  if ! "$bin" -max_total_time="$secs" -max_len=65536 -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build/fuzz/ \
       "$corpus" > "build/fuzz/$name.log" 2>&1; then
    echo "fuzz_$name: FAILED (see build/fuzz/$name.log)"; tail -30 "build/fuzz/$name.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "build/fuzz/$name.log" | tail -2
  fi
done
exit $status
