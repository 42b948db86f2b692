#!/usr/bin/env bash
# Briefing benchmark: a case of about 3,000 events (1,500 generated mails) with 300 exhibits
# chosen, every section on, rendered twice with -Xmx1g; then the sample case's briefing three
# times. Prints seconds, pages and pages/s per run and the peak heap.
#
#   bench/briefing.sh [WORKDIR]      (default WORKDIR: /tmp/dossier-brief-bench)
#
# The large case is made once in WORKDIR (import and first timeline build are not timed).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/dossier-brief-bench}
[ -f target/classes/app/dossier/brief/BriefingService.class ] && [ -d target/test-classes/app/dossier/bench ] \
  || mvn -q -DskipTests test-compile
cp=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -Xmx1g -Djava.util.logging.config.file=src/test/resources/logging.properties \
  -cp "target/classes:target/test-classes:$cp" app.dossier.bench.BriefingBenchmark "$work"
