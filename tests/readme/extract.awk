# Extract every ```sql example of README.md (see tests/readme/check.sh).
#
#   awk -v dir=DIR -f tests/readme/extract.awk README.md
#
# writes, for the Nth example, DIR/N.sql (the block as written: output lines
# are SQL comments, so the block runs as is) and DIR/N.exp (the output it
# states), and one line per example to DIR/list:
#   N|README line|setup|section heading
# where setup is the text of a <!-- setup: ... --> or <!-- not run: ... -->
# comment on the last non-blank line before the block ("none" without one).
#
# The output a block states:
#   - a trailing comment on a line that ends a statement:
#       SELECT newswire_hash('abc');   -- e71fa2190541574b
#   - "-- " lines right after a line that ends a statement (or after such a
#     line), one per output line; a blank line or SQL ends them:
#       SELECT seq, text FROM sentences('One. Two.');
#       -- 1|One.
#       -- 2|Two.
# A comment line that does not follow a statement (after a blank line, or
# before the first statement) is prose and is not output.

function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }

# Split line L at its first "--" outside a string literal or a quoted
# identifier: sets CODE and COMMENT (COMMENT is "" without one; HAS_COMMENT
# tells an empty comment from none).  IN_STR carries a literal across lines.
function split_comment(l,    i, c, n) {
  n = length(l); CODE = l; COMMENT = ""; HAS_COMMENT = 0
  for (i = 1; i <= n; i++) {
    c = substr(l, i, 1)
    if (IN_STR != "") { if (c == IN_STR) IN_STR = ""; continue }
    if (c == "'" || c == "\"") { IN_STR = c; continue }
    if (c == "-" && substr(l, i + 1, 1) == "-") {
      CODE = substr(l, 1, i - 1); COMMENT = substr(l, i + 2); HAS_COMMENT = 1
      return
    }
  }
}

function start_block() {
  n++; in_sql = 1; after_stmt = 0; IN_STR = ""
  sqlf = dir "/" n ".sql"; expf = dir "/" n ".exp"
  printf "" > sqlf; printf "" > expf
  print n "|" NR "|" (marker == "" ? "none" : marker) "|" heading > (dir "/list")
  marker = ""
}

function end_block() { in_sql = 0; close(sqlf); close(expf) }

in_sql && /^```/ { end_block(); next }

in_sql {
  print > sqlf
  if (IN_STR == "" && after_stmt && $0 ~ /^[ \t]*--( |$)/) {
    out = $0; sub(/^[ \t]*--/, "", out); sub(/^ /, "", out)
    print out > expf
    next
  }
  split_comment($0)
  if (trim(CODE) != "") {
    after_stmt = (IN_STR == "" && trim(CODE) ~ /;$/)
    if (after_stmt && HAS_COMMENT) print trim(COMMENT) > expf
  } else if (IN_STR == "") {
    after_stmt = 0   # a blank line or a prose comment
  }
  next
}

/^```sql[ \t]*$/ { start_block(); next }

/^#+ / { heading = $0; sub(/^#+ +/, "", heading); gsub(/\|/, "/", heading) }

/^<!-- *(setup|not run): .*-->[ \t]*$/ {
  marker = $0; sub(/^<!-- */, "", marker); sub(/ *-->[ \t]*$/, "", marker)
  gsub(/\|/, "/", marker)
  next
}

/[^ \t]/ { marker = "" }
