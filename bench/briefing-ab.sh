#!/usr/bin/env bash
# Briefings by two builds back to back, alternating, wall and CPU seconds of each process:
#  1. cold `java -Xmx1g -jar dossier.jar brief` of the sample case, as a user runs it;
#  2. the same with JVM options a launcher could pass (BRIEF_AB_OPTS, e.g. "-XX:TieredStopAtLevel=1"), new build only;
#  3. in one JVM (-Xmx1g), BriefingBenchmark's 3,000-event case (300 exhibits, three runs) from each
#     build's target/classes and target/test-classes.
#
#   bench/briefing-ab.sh BASE_DIR NEW_DIR [WORKDIR] [ROUNDS]
#
# BASE_DIR and NEW_DIR are built checkouts (mvn -o -DskipTests package), WORKDIR holds the cases
# that bench/briefing.sh made (default /tmp/dossier-brief-bench; cli-sample.dossier, large-3000.dossier).
set -euo pipefail
base=$1 new=$2 work=${3:-/tmp/dossier-brief-bench} rounds=${4:-2}
cp=$(cd "$new" && mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
echo "load before: $(uptime)"
cold() {
  local side=$1 dir=$2; shift 2
  /usr/bin/time -f "cold brief of the sample, $side $*: %e s wall, %U s user, %S s sys, %M KB max RSS" \
    java -Xmx1g "$@" -Ddossier.home="$work/home" -Djava.awt.headless=true -jar "$dir/target/dossier.jar" \
    brief "$work/cli-sample.dossier" -o "$work/ab-$side.pdf" --lang en >/dev/null
}
for round in $(seq 1 "$rounds"); do
  cold base "$base"
  cold new "$new"
  if [ -n "${BRIEF_AB_OPTS:-}" ]; then
    # shellcheck disable=SC2086
    cold new "$new" $BRIEF_AB_OPTS
  fi
  echo "  load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
for side in base new; do
  dir=$([ "$side" = base ] && echo "$base" || echo "$new")
  echo "== in one JVM, $side"
  /usr/bin/time -f "$side, whole in-JVM run: %e s wall, %U s user, %S s sys, %M KB max RSS" \
    java -Xmx1g -Dbench.only3000=true -Djava.util.logging.config.file="$new/src/test/resources/logging.properties" \
    -cp "$dir/target/classes:$dir/target/test-classes:$cp" app.dossier.bench.BriefingBenchmark "$work" 2>&1 \
    | grep -v -e "fallback font" -e "PDType1Font <init>"
  echo "  load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "load after: $(uptime)"
