#!/bin/sh
# Build the real development corpora outside the repository (issue 11):
#   sh tests/eval/corpus/build.sh [OUT]        (OUT defaults to /work/data/real)
# Needs the two fetched git directories (fetch github:networkdynamics/PolNeAR
# and github:ZhixiuYe/HSCRF-pytorch); give them as POLNEAR_GIT and CONLL_GIT
# if they are not at the default mirror paths.  Writes OUT/polnear (train+dev),
# OUT/conll (eng.train), OUT/mix480 (300 + 180) and OUT/READY.
# The text is the publishers': it must never enter git.
set -eu
here=$(dirname "$0")
out=${1:-/work/data/real}
POLNEAR_GIT=${POLNEAR_GIT:-/work/.mirror/networkdynamics+PolNeAR/repo}
CONLL_GIT=${CONLL_GIT:-/work/.mirror/ZhixiuYe+HSCRF-pytorch/repo/.git}
py=/usr/bin/python3
[ -x "$py" ] || py=python3
case "$(cd "$(dirname "$out")" 2>/dev/null && pwd)/" in
  "$(git -C "$here" rev-parse --show-toplevel)"/*)
    echo "build.sh: $out is inside the repository; the text must stay outside" >&2
    exit 1;;
esac
mkdir -p "$out"
rm -f "$out/READY"
$py "$here/polnear.py" "$POLNEAR_GIT" "$out/polnear"
$py "$here/conll.py" "$CONLL_GIT" "$out/conll"
$py "$here/mix.py" "$out/polnear" "$out/conll" "$out/mix480" 300 180
count() { ls "$1" | grep -c '\.txt$'; }
{
  echo "$out/polnear	$(count "$out/polnear")	PolNeAR train+dev; header Source (outlet name), URL polnear:<split>/<name>, Published (YYYY-MM-DD, metadata), Title (metadata); body = text without its title line, paragraphs by blank lines; index.tsv: split, publisher, author, wire, credit"
  echo "$out/conll	$(count "$out/conll")	CoNLL-2003 eng.train (Reuters Aug 1996); header Source: Reuters, URL conll2003:eng.train#NNNN, Title (first sentence); NO Published (date only in the body's date line, e.g. 'BRUSSELS 1996-08-22', first or second body line after a byline); one sentence a line, detokenized; index.tsv: dateline place/date"
  echo "$out/mix480	$(count "$out/mix480")	300 PolNeAR train (first by SHA-1 of file name) + 180 CoNLL train (docs 1-180); files copied from the two folders above, same headers; index.tsv: corpus, file"
} > "$out/READY.tmp"
mv "$out/READY.tmp" "$out/READY"
cat "$out/READY"
