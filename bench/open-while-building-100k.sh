#!/usr/bin/env bash
# Opening messages while the first timeline build of the 100,000-message case runs: the build on
# the case session's long lane, each message opened on its quick lane, as in the window. Prints
# the first build's time and p50/p95/max of opening a message (queueing included).
#
#   bench/open-while-building-100k.sh [WORKDIR] [OPENS]   (default WORKDIR: /tmp/bench-session, OPENS 300)
#
# Reuses WORKDIR/corpus/corpus.mbox (or links /tmp/dossier-bench/corpus, which bench/import-100k.sh
# generates); imports it into a fresh case so that the build is a first build (or copies the case
# BENCH_IMPORTED names, see below).
# Needs: mvn package done (target/dossier.jar), test classes compiled.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/bench-session}
opens=${2:-300}
mkdir -p "$work"
if [ ! -f "$work/corpus/corpus.mbox" ]; then
  if [ -f /tmp/dossier-bench/corpus/corpus.mbox ]; then
    ln -sfn /tmp/dossier-bench/corpus "$work/corpus"
  else
    echo "no corpus: run bench/import-100k.sh first (it generates one)" >&2
    exit 2
  fi
fi
[ -f target/dossier.jar ] || mvn -q -DskipTests package
rm -rf "$work/case.dossier"
export DOSSIER_HOME="$work/home"
if [ -n "${BENCH_IMPORTED:-}" ]; then
  # BENCH_IMPORTED names a case this script or bench/import-100k.sh imported and no build has read:
  # copied instead of imported again (the import takes minutes), so the build is still a first build.
  echo "copying the imported case $BENCH_IMPORTED"
  cp -r "$BENCH_IMPORTED" "$work/case.dossier"
else
  java -jar target/dossier.jar new "$work/case.dossier" >/dev/null
  echo "import (java -Xmx512m):"
  java @src/main/dist/dossier.jvm-options -Xmx512m -jar target/dossier.jar import "$work/case.dossier" "$work/corpus/corpus.mbox" --stats
fi
echo "open messages while the first timeline build runs (java -Xmx1g):"
# BENCH_JAVA_OPTS adds JVM options to the measured run, e.g. -Xlog:gc:file=gc.log to see GC pauses.
java @src/main/dist/dossier.jvm-options -Xmx1g ${BENCH_JAVA_OPTS:-} -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -cp "target/dossier.jar:target/test-classes" app.dossier.bench.OpenWhileBuildingBenchmark "$work/case.dossier" "$opens"
