#!/usr/bin/env bash
# Timeline benchmark on the case bench/import-100k.sh made: the first build (every message read
# and its analysis stored), the next build (stored analyses only) and a user decision applied to
# the kept draft, as the window does it. Prints seconds and the number of events.
#
#   bench/timeline-100k.sh [WORKDIR]      (default WORKDIR: /tmp/dossier-bench)
#
# Needs: bench/import-100k.sh run before (WORKDIR/case.dossier), mvn package done.
# Note: the case keeps the analyses and one kind decision this makes; re-import for a cold run.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/machine.sh && machine_line
work=${1:-/tmp/dossier-bench}
[ -d "$work/case.dossier" ] || { echo "run bench/import-100k.sh first" >&2; exit 2; }
[ -f target/dossier.jar ] || mvn -q -DskipTests package
export DOSSIER_HOME="$work/home"
# BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=build.jfr,settings=profile.
java @src/main/dist/dossier.jvm-options -Xmx1g ${BENCH_JAVA_OPTS:-} -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -cp "target/dossier.jar:target/test-classes" app.dossier.bench.TimelineBenchmark "$work/case.dossier"
