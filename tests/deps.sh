#!/bin/sh
# Install the Debian/Ubuntu packages named on the command line that are
# missing.  As root it runs apt-get; otherwise it prints the command to run
# and fails, so `make demo` and `make test` stop with the fix on screen.
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
      missing="$missing $p"
  done
else
  # Not Debian: trust what is on the machine if the build can find it.
  command -v sqlite3 >/dev/null && command -v pkg-config >/dev/null &&
    pkg-config --exists sqlite3 icu-uc icu-i18n libpcre2-8 && exit 0
  echo "newswire: install SQLite, PCRE2, ICU, libstemmer and pkg-config" >&2
  exit 1
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "newswire: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq $missing >/dev/null && exit 0
  echo "newswire: apt-get failed" >&2
  exit 1
fi
echo "newswire: missing packages:$missing; run as root:" >&2
echo "apt-get install -y $*"
exit 1
