#!/usr/bin/env bash
# Prints one line on the machine a benchmark runs on: machines of one kind differ (the same code took
# 2.3-2.4 times as long on one as on another, README "Benchmarks"), so every figure needs its machine.
# Sourced by the benchmarks; runs alone too: bench/machine.sh
machine_line() {
  # awk stops at the first match by itself: with "| head" and pipefail a benchmark could die of SIGPIPE.
  local model mhz family cpumodel javaversion
  model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
  mhz=$(awk -F': ' '/^cpu MHz/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
  family=$(awk -F': ' '/^cpu family/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
  cpumodel=$(awk -F': ' '/^model[[:space:]]*:/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
  javaversion=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}' || true)
  echo "machine: $(nproc) cores, ${model:-unknown CPU} (family ${family:-?} model ${cpumodel:-?}, ${mhz:-?} MHz)," \
    "java ${javaversion:-?}, load $(cut -d' ' -f1-3 /proc/loadavg)"
}
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  machine_line
fi
