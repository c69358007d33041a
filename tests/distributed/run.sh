#!/bin/sh
# make test-distributed: the analysis in 3 shards run by Dask distributed on
# 127.0.0.1 with a worker killed (tests/distributed/test.py).  Installs
# python3-distributed when missing (tests/deps.sh); ends with
# "N passed, N failed".
EXT=${1:-./newswire}
sh tests/deps.sh python3-distributed sqlite3 || exit 1
PY=/usr/bin/python3
[ -x $PY ] || PY=python3
exec $PY tests/distributed/test.py "$EXT" build/test/distributed
