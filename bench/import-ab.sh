#!/usr/bin/env bash
# Side-by-side import of one mailbox by two builds, alternating, with wall and CPU time: on a
# shared machine the wall time says more about the load than the code, the CPU time less so.
#
#   bench/import-ab.sh BASE_JAR NEW_JAR MBOX [ROUNDS] [WORKDIR]
#
# A slice of the 100k corpus: off=$(grep -b -m 20001 '^From ' corpus.mbox | tail -1 | cut -d: -f1);
# head -c "$off" corpus.mbox > slice20k.mbox
set -euo pipefail
base=$1 new=$2 mbox=$3 rounds=${4:-2} work=${5:-/tmp/dossier-ab}
mkdir -p "$work"
export DOSSIER_HOME="$work/home"
for round in $(seq 1 "$rounds"); do
  for side in base new; do
    jar=$([ "$side" = base ] && echo "$base" || echo "$new")
    rm -rf "$work/$side.dossier"
    java -jar "$jar" new "$work/$side.dossier" >/dev/null
    /usr/bin/time -f "$side round $round: wall %e s, user %U s, sys %S s, max RSS %M KB" \
      java -Xmx512m -jar "$jar" import "$work/$side.dossier" "$mbox" --stats 2>&1 | grep -E "stats|round"
    echo "  load: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
