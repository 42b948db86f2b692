#!/usr/bin/env bash
# Briefing benchmark, the issue's figures:
#  1. in one JVM with -Xmx1g, as the app makes them: the briefing of a case with 3,000 events and
#     300 exhibits chosen, every section on (first run, then warm), an older 4,500-event case, and
#     the sample case; wall and CPU seconds per run;
#  2. cold, as a user runs it: `target/dossier brief …` (the launcher the build puts beside the
#     jar, with the JVM options of docs/decisions/0043) of the sample case and of the 3,000-event
#     case, JVM start included, under /usr/bin/time (wall, user, sys, RSS), with JAVA_OPTS=-Xmx1g;
#     `--version` alone, for what JVM start and class loading cost without any work; and, for
#     comparison, one run each of the plain `java -Xmx1g -jar target/dossier.jar brief …`.
#
#   bench/briefing.sh [WORKDIR]      (default WORKDIR: /tmp/dossier-brief-bench)
#
# The cases are made once in WORKDIR (import and the first timeline build are not timed).
# Needs target/dossier.jar (mvn -o -DskipTests package) for the cold runs.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/machine.sh && machine_line
work=${1:-/tmp/dossier-brief-bench}
mkdir -p "$work"
[ -f target/classes/app/dossier/brief/BriefingService.class ] && [ -d target/test-classes/app/dossier/bench ] \
  || mvn -q -DskipTests test-compile
[ -f target/dossier.jar ] && [ -x target/dossier ] || { echo "target/dossier.jar or the launcher target/dossier missing: run mvn -o -DskipTests package" >&2; exit 2; }
cp=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)

echo "load before: $(uptime)"
echo "== in one JVM (-Xmx1g)"
/usr/bin/time -f "whole in-JVM benchmark: %e s wall, %U s user, %S s sys, %M KB max RSS" \
  java @src/main/dist/dossier.jvm-options -Xmx1g -Djava.util.logging.config.file=src/test/resources/logging.properties ${BENCH_JAVA_OPTS:-} \
  -cp "target/classes:target/test-classes:$cp" app.dossier.bench.BriefingBenchmark "$work"

echo "== cold: target/dossier with JAVA_OPTS=-Xmx1g (JVM start included)"
home="$work/home"
dossier() {
  java -Xmx1g -Ddossier.home="$home" -Djava.awt.headless=true -jar target/dossier.jar "$@"
}
sample="$work/cli-sample.dossier"
if [ ! -d "$sample" ]; then
  dossier sample "$sample" --lang en >/dev/null
  dossier timeline "$sample" --format csv >/dev/null # stores the analyses, as the first look at the timeline does
fi
timed() {
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KB max RSS" \
    env JAVA_OPTS="-Xmx1g -Ddossier.home=$home -Djava.awt.headless=true" target/dossier "$@" >/dev/null
}
plain() {
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KB max RSS" \
    java -Xmx1g -Ddossier.home="$home" -Djava.awt.headless=true -jar target/dossier.jar "$@" >/dev/null
}
for run in 1 2 3; do
  timed "--version alone, run $run" --version
done
for run in 1 2 3; do
  timed "cold brief of the sample case, run $run" brief "$sample" -o "$work/cli-sample.pdf" --lang en
done
exhibits=$(seq -s, 1 3 898) # the same 300 exhibits as in the JVM: 1, 4, 7, …, 898
for run in 1 2 3; do
  timed "cold brief of the 3,000-event case, 300 exhibits, run $run" brief "$work/large-3000.dossier" \
    -o "$work/cli-large-3000.pdf" --lang en --exhibits "$exhibits"
done
echo "== for comparison: plain java -Xmx1g -jar target/dossier.jar (the JVM's default options)"
plain "plain cold brief of the sample case" brief "$sample" -o "$work/cli-sample.pdf" --lang en
plain "plain cold brief of the 3,000-event case" brief "$work/large-3000.dossier" \
  -o "$work/cli-large-3000.pdf" --lang en --exhibits "$exhibits"
echo "load after: $(uptime)"
