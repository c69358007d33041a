#!/bin/sh
# make eval-public: every capability on public development data that nobody
# here wrote, each beside its peers on the same files.  One script a
# capability, tests/eval/public/<name>.sh (claims: PolNeAR dev; others as
# they come), each converting its own fetched copy outside the repository
# and never reading a held-out test split.
#
# NW_PUBLIC_ONLY=name[,name...] runs only those.  A script whose data is
# missing says so and counts as failed, so a missing copy is never silent.
cd "$(dirname "$0")/../../.." || exit 1
fail=0
for s in tests/eval/public/*.sh; do
  name=$(basename "$s" .sh)
  [ "$name" = run ] && continue
  case ",${NW_PUBLIC_ONLY:-$name}," in *",$name,"*) ;; *) continue ;; esac
  echo "== eval-public: $name"
  sh "$s" || { echo "eval-public: $name failed" >&2; fail=1; }
done
exit $fail
