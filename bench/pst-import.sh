#!/usr/bin/env bash
# PST import benchmark: writes an Outlook data file of ITEMS items (default 100,000) in nested
# folders with the test-side PST writer (bodies of about BODY_KB KB as Outlook stores them, in
# UTF-16; an attachment on every tenth mail; appointments, contacts, tasks and notes among them),
# then imports it into a new case with a 512 MB heap. Prints the file's size, items/s, peak heap,
# and the wall and CPU seconds and peak RSS of the import.
#
#   bench/pst-import.sh [WORKDIR]      (default WORKDIR: /tmp/dossier-bench-pst)
#   ITEMS=20000 BODY_KB=24 bench/pst-import.sh /tmp/x
#   ITEMS=60000 ATTACH_KB=1400 bench/pst-import.sh /tmp/x    (about 10 GB: attachments of ~1.4 MB)
#
# Needs: mvn package and test-compile done (target/dossier.jar, target/test-classes).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/machine.sh && machine_line
work=${1:-/tmp/dossier-bench-pst}
items=${ITEMS:-100000}
body_kb=${BODY_KB:-24}
attach_kb=${ATTACH_KB:-}
mkdir -p "$work"
[ -f target/dossier.jar ] || mvn -q -DskipTests package
[ -f target/test-classes/app/dossier/bench/PstGenerator.class ] || mvn -q -DskipTests test-compile
pst="$work/bench-$items-$body_kb${attach_kb:+-$attach_kb}.pst"
if [ ! -f "$pst" ]; then
  echo "writing the PST (once):"
  java -Xmx1g -cp "target/dossier.jar:target/test-classes" app.dossier.bench.PstGenerator "$pst.part" "$items" "$body_kb" $attach_kb
  mv "$pst.part" "$pst"   # a file cut short by an interrupted run is never taken for a finished one
fi
ls -l "$pst" | awk '{printf "PST file: %.2f GB\n", $5 / 1e9}'
rm -rf "$work/case.dossier"
export DOSSIER_HOME="$work/home"
java -jar target/dossier.jar new "$work/case.dossier" >/dev/null
echo "import (java -Xmx512m):"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
  java @src/main/dist/dossier.jvm-options -Xmx512m -jar target/dossier.jar import "$work/case.dossier" "$pst" --stats --keep-pst-under 0
