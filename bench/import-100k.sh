#!/usr/bin/env bash
# Import benchmark: the 100,000-message mbox from shared/tools/gen_corpus.py (1.6 GB) into a new
# case with a 512 MB heap, parsing, storing and indexing included. Prints messages/s and peak heap,
# then measures full-text search latency on the result.
#
#   bench/import-100k.sh [WORKDIR]      (default WORKDIR: /tmp/dossier-bench)
#
# Needs: mvn package done (target/dossier.jar), python3, ../shared beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/machine.sh && machine_line
work=${1:-/tmp/dossier-bench}
shared=${SHARED:-../shared}
mkdir -p "$work"
if [ ! -f "$work/corpus/corpus.mbox" ]; then
  echo "generating the corpus (once)…"
  python3 "$shared/tools/gen_corpus.py" 100000 "$work/corpus" >/dev/null
fi
[ -f target/dossier.jar ] || mvn -q -DskipTests package
rm -rf "$work/case.dossier"
export DOSSIER_HOME="$work/home"
java -jar target/dossier.jar new "$work/case.dossier" >/dev/null
echo "import (java -Xmx512m), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU seconds beside wall seconds: on the shared 2-core machine the wall time says as much about the load.
/usr/bin/time -f "import: %e s wall, %U s user, %S s sys, max RSS %M KB" \
  java @src/main/dist/dossier.jvm-options -Xmx512m -jar target/dossier.jar import "$work/case.dossier" "$work/corpus/corpus.mbox" --stats
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "search:"
java @src/main/dist/dossier.jvm-options -Xmx512m -Djava.util.logging.config.file=src/test/resources/logging.properties -cp "target/dossier.jar:target/test-classes" app.dossier.bench.SearchBenchmark "$work/case.dossier"
