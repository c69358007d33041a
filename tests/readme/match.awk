# Does the output an example printed match the output README.md states?
#
#   awk -f tests/readme/match.awk EXPECTED GOT     (exit 0: it matches)
#
# Lines must be equal, except that "..." stands for anything: a line that
# is only "..." matches any number of lines (rows not shown), and "..."
# inside a line matches any text there (a version number, a path).

function line_matches(pat, s,    parts, k, np, pos, at) {
  if (index(pat, "...") == 0) return pat == s
  np = split(pat, parts, /\.\.\./)
  if (substr(s, 1, length(parts[1])) != parts[1]) return 0
  pos = length(parts[1]) + 1
  for (k = 2; k < np; k++) {
    at = index(substr(s, pos), parts[k])
    if (at == 0) return 0
    pos += at - 1 + length(parts[k])
  }
  return length(s) - pos + 1 >= length(parts[np]) &&
         substr(s, length(s) - length(parts[np]) + 1) == parts[np]
}

# expected lines i.. against got lines j..
function matches(i, j,    k) {
  if (i > ne) return j > ng
  if (want[i] == "...") {
    for (k = j; k <= ng + 1; k++) if (matches(i + 1, k)) return 1
    return 0
  }
  if (j > ng || !line_matches(want[i], have[j])) return 0
  return matches(i + 1, j + 1)
}

FILENAME == ARGV[1] { want[++ne] = $0 }
FILENAME == ARGV[2] { have[++ng] = $0 }
END { exit matches(1, 1) ? 0 : 1 }
