#!/bin/sh
# make bench: throughput (MB/s) and peak memory of each text function over
# a generated news-like corpus (BENCH_MB, default 100), one process per
# function so that each peak is its own.  Then the same input through a
# peer where one is installed: ICU's uconv (Debian icu-devtools) for
# normalisation.
MB=${BENCH_MB:-100}
export BENCH_MB
mkdir -p build/bench
cc -O2 -std=c11 -o build/bench/bench tests/bench/bench.c \
  $(pkg-config --cflags --libs sqlite3 icu-uc) || exit 1
echo "newswire bench: ${MB} MB generated corpus, one core"
# ICU's own word and sentence BreakIterators over the same bodies are the
# reference: each function's MB/s is also given as a ratio to one of them.
for f in icu-words icu-sentences normalize sentences passages tokens tokens1 \
         signature entities claims; do
  build/bench/bench ./newswire $f "$MB" || exit 1
done > build/bench/lines.txt
cat build/bench/lines.txt
# similar_passage() on sentence pairs of the same corpus (issue 14: >= 50,000
# pairs/s, under 20 us for two 40-word sentences)
for f in similar similar40; do
  build/bench/bench ./newswire $f 20 || exit 1
done
awk '{ mbs[$1] = $6 }
  END {
    w = mbs["icu-words"]; s = mbs["icu-sentences"]
    if( w>0 && s>0 ){
      printf "ratios to ICU in this run (word break %.1f MB/s, sentence break %.1f MB/s):\n", w, s
      printf "  tokens (all columns) %.2fx word break; tokens (start only) %.2fx; passage_signature %.2fx\n", mbs["tokens"]/w, mbs["tokens1"]/w, mbs["signature"]/w
      printf "  sentences %.2fx sentence break; passages %.2fx; normalize %.2fx word break\n", mbs["sentences"]/s, mbs["passages"]/s, mbs["normalize"]/w
      printf "  entities %.1f MB/s, claims %.1f MB/s (%.2fx and %.2fx word break)\n", mbs["entities"], mbs["claims"], mbs["entities"]/w, mbs["claims"]/w
    }
  }' build/bench/lines.txt
if command -v uconv >/dev/null 2>&1; then
  build/bench/bench ./newswire --write build/bench/corpus.txt "$MB"
  start=$(date +%s.%N)
  uconv -f utf-8 -t utf-8 -x '::NFKC; ::Lower;' build/bench/corpus.txt > /dev/null || exit 1
  end=$(date +%s.%N)
  echo "$start $end $MB" | awk '{ t=$2-$1; printf "peer: uconv -x \"::NFKC; ::Lower;\" (ICU transliterator, no quote/diacritic mapping): %.2f s, %.1f MB/s\n", t, $3/t }'
else
  echo "peer: uconv not installed (apt-get install icu-devtools) - skipped"
fi

# entities(): the npm peers (compromise + chrono-node) on 5 MB of the same
# generated corpus (they run at well under 1 MB/s).
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  [ -d tests/eval/peer/node_modules ] ||
    (cd tests/eval/peer && npm ci --silent --no-audit --no-fund >/dev/null 2>&1)
  build/bench/bench ./newswire --write build/bench/corpus5.txt 5 &&
    node tests/eval/peer/bench.mjs build/bench/corpus5.txt
  build/bench/bench ./newswire entities 5
else
  echo "peer: node/npm not installed - entities peer skipped"
fi

# Bad input at scale: one 50 MB line with no sentence end, through each
# function, in its own process: time and peak memory must stay linear.
echo "50 MB single line (no punctuation, accented words):"
TIME=""
rm -f build/bench/rss
[ -x /usr/bin/time ] && TIME="/usr/bin/time -o build/bench/rss -f %M"
for q in "count(*) FROM sentences((SELECT x FROM t))" \
         "count(*) FROM passages((SELECT x FROM t))" \
         "count(*) FROM tokens((SELECT x FROM t)) WHERE length(stem)>0" \
         "length(normalize((SELECT x FROM t)))"; do
  start=$(date +%s.%N)
  $TIME sqlite3 :memory: ".load ./newswire" \
    "CREATE TABLE t AS SELECT replace(hex(zeroblob(10000000)),'00','Łódź ') AS x" \
    "SELECT $q" > /dev/null || exit 1
  end=$(date +%s.%N)
  echo "$start $end" | awk -v q="$q" -v m="$(cat build/bench/rss 2>/dev/null)" \
    '{ printf "  %.2f s, peak %s MB (shell, line and copies included)  SELECT %s\n", $2-$1, (m=="" ? "?" : int(m/1024)), q }'
done

# similar_passage / passage_index: build the index and list all pairs over
# 100k and 1M generated passages with planted near-duplicates; the same
# pair-finding with scikit-learn (Debian python3-sklearn) on the 100k set.
cc -O2 -std=c11 -o build/bench/bench_index tests/bench/bench_index.c \
  $(pkg-config --cflags --libs sqlite3) -lm || exit 1
echo
echo "passage_index (threshold 0.5; recall of planted pairs with Jaccard >= 0.5):"
ours=$(build/bench/bench_index ./newswire 100000 0.5) || exit 1
echo "  $ours"
build/bench/bench_index ./newswire ${BENCH_INDEX_MAX:-1000000} 0.5 --db build/bench/index.db | sed 's/^/  /'
# MATCH from a fresh process on that file (the bands are read from disk)
build/bench/bench_index ./newswire ${BENCH_INDEX_MAX:-1000000} --query build/bench/index.db | sed 's/^/  /'
rm -f build/bench/index.db
sh tests/deps.sh python3-sklearn >/dev/null 2>&1
if /usr/bin/python3 -c "import sklearn" 2>/dev/null; then
  build/bench/bench_index ./newswire 100000 --write build/bench/passages.txt
  peer=$(/usr/bin/python3 tests/bench/peer_tfidf.py build/bench/passages.txt 0.5)
  echo "  $peer"
  t_ours=$(echo "$ours" | sed -n 's/.*total *\([0-9.]*\) s.*/\1/p')
  t_peer=$(echo "$peer" | sed -n 's/.*0\.50 *\([0-9.]*\) s.*/\1/p')
  echo "$t_ours $t_peer" | awk '{ if ($1 > 0) printf "  ratio on 100k: scikit-learn takes %.1fx the time of passage_index (build + all pairs)\n", $2/$1 }'
else
  echo "  peer: python3-sklearn not installed (apt-get install python3-sklearn) - skipped"
fi
echo
echo "corpus analysis (sql/analyze.sql; BENCH_ARTICLES, default \"10000 100000\"):"
for n in ${BENCH_ARTICLES:-10000 100000}; do sh tests/bench/analyze.sh $n; done
echo
echo "corpus analysis in shards (examples/shards/run.sh, one job per core, beside one process; per-shard, merge and corpus-step times, shuffle volume):"
for n in ${BENCH_ARTICLES:-10000 100000}; do sh tests/bench/shards.sh $n; done
echo
make -s eval-similarity
