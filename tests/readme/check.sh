#!/bin/sh
# Every ```sql example of README.md, run through the real sqlite3 shell with
# the extension loaded, must print the output the README states.
#
#   sh tests/readme/check.sh [./newswire]     (from the repository root)
#
# tests/run.sh sources this file (one test per example, counted in its
# total); alone it prints its own "N passed, N failed".
#
# The convention (also in README.md, section Tests):
#   - the output of a statement is written after it as SQL comments: on the
#     line that ends the statement ("SELECT 1;  -- 1"), or as "-- " lines
#     right below it, one per output line (the shell's default list mode:
#     columns joined by "|", NULL as nothing, no headers; errors as the
#     shell prints them).  "..." stands for lines or text not shown.
#     A comment after a blank line is prose.  A statement with no output
#     comment must print nothing.
#   - each example runs alone in a fresh database, unless the line before
#     the block says what it needs:
#       <!-- setup: corpus -->    examples/corpus loaded by sql/load.sql
#       <!-- setup: analysis -->  the corpus, then sql/analyze.sql
#       <!-- setup: previous -->  the database the previous example left
#       <!-- not run: REASON -->  not run (say why)
# tests/readme/extract.awk reads the blocks, tests/readme/match.awk compares.

if ! command -v ok >/dev/null 2>&1; then
  # Run alone: the helpers tests/run.sh provides.
  EXT=${1:-./newswire}
  SQLITE=${SQLITE3:-sqlite3}
  OUT=build/test
  pass=0; fail=0
  ok()  { pass=$((pass+1)); echo "ok   $1"; }
  bad() { fail=$((fail+1)); echo "FAIL $1"; }
  run() { "$@"; }
  readme_alone=1
fi

readme=${NW_README:-README.md}   # another file: to test this script
RD="$OUT/readme"
rm -rf "$RD"; mkdir -p "$RD"
awk -v dir="$RD" -f tests/readme/extract.awk "$readme"

# Build the database a setup names, once: $RD/setup-NAME.db.  Fails (with
# the shell's output in $RD/setup-NAME.log) if a statement fails.
readme_setup() {
  [ -f "$RD/setup-$1.db" ] && return 0
  case $1 in
    corpus)
      printf '.load %s\n.read sql/load.sql\n' "$EXT" |
        run "$SQLITE" -bail "$RD/setup-$1.tmp" > "$RD/setup-$1.log" 2>&1 ;;
    analysis)
      readme_setup corpus && cp "$RD/setup-corpus.db" "$RD/setup-$1.tmp" &&
      printf '.load %s\n%s\n.read sql/analyze.sql\n' "$EXT" \
        "UPDATE newswire_settings SET value = 1 WHERE key = 'quiet';" | run "$SQLITE" -bail "$RD/setup-$1.tmp" > "$RD/setup-$1.log" 2>&1 ;;
    *) echo "unknown setup '$1'; write corpus, analysis or previous" \
         > "$RD/setup-$1.log"; false ;;
  esac && mv "$RD/setup-$1.tmp" "$RD/setup-$1.db"
}

readme_prev=""    # the database the last example that ran left
readme_skipped=0
while IFS='|' read -r n line setup heading; do
  name="readme: $heading ($readme:$line)"
  db="$RD/$n.db"
  case $setup in
    "not run:"*)
      if [ -n "$(echo "${setup#not run:}" | tr -d ' ')" ]; then
        echo "skip $name:${setup#not run:}"
        readme_skipped=$((readme_skipped+1))
      else
        bad "$name"; echo "  <!-- not run: --> gives no reason"
      fi
      continue ;;
    none) : ;;
    "setup: previous")
      if [ -z "$readme_prev" ]; then
        bad "$name"; echo "  setup: previous, but no example ran before it"
        continue
      fi
      cp "$readme_prev" "$db" || { bad "$name"; continue; } ;;
    "setup: "*)
      s=${setup#setup: }
      if ! readme_setup "$s"; then
        bad "$name"; echo "  setup $s failed:"; tail -20 "$RD/setup-$s.log"
        continue
      fi
      cp "$RD/setup-$s.db" "$db" || { bad "$name"; continue; } ;;
    *) bad "$name"; echo "  unknown marker <!-- $setup -->"; continue ;;
  esac
  # .read, so that "near line N" in an error counts the block's lines.
  printf '.load %s\n.read %s\n' "$EXT" "$RD/$n.sql" |
    run "$SQLITE" "$db" > "$RD/$n.got" 2>&1
  readme_prev=$db
  if awk -f tests/readme/match.awk "$RD/$n.exp" "$RD/$n.got"; then
    ok "$name"
  else
    bad "$name"
    echo "  expected ($readme, after line $line; ... = anything):"
    head -20 "$RD/$n.exp" | sed 's/^/    /'
    echo "  got:"
    head -20 "$RD/$n.got" | sed 's/^/    /'
  fi
done < "$RD/list"
echo "readme: $readme_skipped examples marked not run"

if [ -n "$readme_alone" ]; then
  echo "$pass passed, $fail failed"
  [ "$fail" = 0 ]
fi
