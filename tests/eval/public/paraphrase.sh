#!/bin/sh
# make eval-public (paraphrase): similar_passage() and signatures on the
# Microsoft Research Paraphrase Corpus, train split (4,076 news sentence
# pairs labelled paraphrase or not), beside word-set Jaccard and TF-IDF.
#
# NW_MSRP_DATA names the fetched copy of github:wooque/text-semantic-similarity
# (a work tree or a bare git dir); default: the fetch mirror.  Only
# data/msr_paraphrase_train.txt is read, copied to /work/data/public
# (NW_PUBLIC_OUT), never into the repository; the MSRP test file is held
# out and never read.
#
# NW_MSRP_ABLATE=1 also builds the extension without each resource or
# feature in turn (build/ablate/NAME/newswire.so: lexgen -x, -DNW_SIM_*)
# and prints what each contributes.
set -e
src=${NW_MSRP_DATA:-}
if [ -z "$src" ]; then
  for d in /work/.mirror/wooque+text-semantic-similarity/repo /work/.mirror/*text-semantic-similarity*/repo; do
    [ -d "$d" ] && { src=$d; break; }
  done
fi
if [ -z "$src" ] || [ ! -d "$src" ]; then
  echo "eval-public: no MSRP copy; set NW_MSRP_DATA (fetch github:wooque/text-semantic-similarity)" >&2
  exit 1
fi
out=${NW_PUBLIC_OUT:-/work/data/public}
mkdir -p "$out"
f=$out/msrp-train.txt
if [ -f "$src/data/msr_paraphrase_train.txt" ]; then
  cp "$src/data/msr_paraphrase_train.txt" "$f"
else
  git --git-dir="$src" show HEAD:data/msr_paraphrase_train.txt > "$f.tmp" || {
    echo "eval-public: $src holds no data/msr_paraphrase_train.txt" >&2; exit 1; }
  mv "$f.tmp" "$f"
fi
py=/usr/bin/python3
[ -x "$py" ] || py=python3
$py tests/eval/public/msrp.py "$f" ./newswire.so

[ "${NW_MSRP_ABLATE:-}" = 1 ] || exit 0
echo "ablations (similar_passage on the same pairs; each build leaves one thing out):"
iso=$(pkg-config --variable=prefix iso-codes 2>/dev/null || echo /usr)/share/iso-codes/json
cflags="-O2 -std=c11 -Wall -Wextra -Werror -fPIC -Iext $(pkg-config --cflags sqlite3 icu-uc icu-i18n libpcre2-8)"
libs="$(pkg-config --libs icu-uc icu-i18n libpcre2-8) -lstemmer -lm"
make -s build/gen/lexgen
ablate(){   # ablate NAME LEXGEN_SKIP CFLAGS...
  name=$1; skip=$2; shift 2
  d=build/ablate/$name
  mkdir -p "$d"
  build/gen/lexgen -d ext/lexicon -i "$iso" -w "${WORDNET:-/usr/share/wordnet}" \
    ${skip:+-x "$skip"} -o "$d/nw_lexicon_data.c" >/dev/null
  # shellcheck disable=SC2086
  cc $cflags "$@" -shared -o "$d/newswire.so" ext/*.c "$d/nw_lexicon_data.c" $libs
  NW_MSRP_LABEL=$name NW_MSRP_BRIEF=1 $py tests/eval/public/msrp.py "$f" "$d/newswire.so"
}
ablate all "" 
ablate no-wordnet-synsets synsets
ablate no-derivation derivation
ablate no-inflection inflection
ablate no-spelling spelling
ablate no-synonyms.tsv synonyms
ablate no-lexical-resources synsets,derivation,inflection,spelling,synonyms
ablate no-stop-words "" -DNW_SIM_W_STOP=0 -DNW_SIM_U_STOP=0
ablate names-count-fully "" -DNW_SIM_CARRY=0
ablate names-as-words "" -DNW_SIM_W_NAME=1 -DNW_SIM_U_NAME=1 -DNW_SIM_CARRY=0
ablate figures-as-words "" -DNW_SIM_W_NUMBER=1 -DNW_SIM_U_NUMBER=1
ablate no-added-clause-run "" -DNW_SIM_RUN=0
