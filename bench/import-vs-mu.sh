#!/usr/bin/env bash
# Dossier beside mu and notmuch in one run, on the same 100,000 messages: `mu index` and
# `notmuch new` on the corpus as a Maildir (100,000 files), then Dossier's import of the same
# messages as one mbox with -Xmx512m (as bench/import-100k.sh), and of the Maildir. Prints wall and
# CPU seconds (user + sys) of each and how many times faster Dossier is than mu.
#
#   bench/import-vs-mu.sh [WORKDIR]      (default WORKDIR: /tmp/dossier-bench)
#   SOURCES=corpus.mbox bench/import-vs-mu.sh /tmp/x     (Dossier's mbox import only)
#
# Needs: mvn package done, python3 and ../shared (for the corpus, once), mu (Debian: maildir-utils)
# and notmuch; a tool that is missing is said and skipped. Neither tool writes into the Maildir:
# mu keeps its database under WORKDIR/mu, notmuch under WORKDIR/notmuch (its mail_root is the Maildir).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/machine.sh && machine_line
work=${1:-/tmp/dossier-bench}
shared=${SHARED:-../shared}
mkdir -p "$work"
if [ ! -f "$work/corpus/corpus.mbox" ] || [ ! -d "$work/corpus/Maildir" ]; then
  echo "generating the corpus (once)…"
  python3 "$shared/tools/gen_corpus.py" 100000 "$work/corpus" >/dev/null
fi
[ -f target/dossier.jar ] || mvn -q -DskipTests package
maildir=$(cd "$work/corpus/Maildir" && pwd -P)
timed() {  # NAME COMMAND...: runs it and prints one line of wall and CPU seconds
  local name=$1; shift
  local t; t=$(mktemp)
  /usr/bin/time -o "$t" -f "%e %U %S" "$@" >/dev/null
  read -r wall user sys < "$t"; rm -f "$t"
  printf "%-26s wall %7.1f s   CPU %7.1f s (user %.1f + sys %.1f)   load %s\n" "$name" "$wall" \
    "$(echo "$user + $sys" | bc)" "$user" "$sys" "$(cut -d' ' -f1 /proc/loadavg)"
  last_wall=$wall
}
mu_wall=
echo "the same messages in both forms; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v mu >/dev/null; then
  rm -rf "$work/mu"
  mu init --quiet --maildir="$maildir" --muhome="$work/mu" >/dev/null
  timed "mu index ($(mu --version | head -1 | awk '{print $NF}'))" mu index --quiet --muhome="$work/mu"
  mu_wall=$last_wall
else
  echo "mu: not installed (apt-get install maildir-utils)"
fi
if command -v notmuch >/dev/null; then
  rm -rf "$work/notmuch"; mkdir -p "$work/notmuch/db"
  printf '[database]\npath=%s\nmail_root=%s\n[new]\ntags=unread;inbox;\n[search]\nexclude_tags=\n' \
    "$work/notmuch/db" "$maildir" > "$work/notmuch/config"
  timed "notmuch new ($(notmuch --version | awk '{print $2}'))" env NOTMUCH_CONFIG="$work/notmuch/config" notmuch new --quiet
else
  echo "notmuch: not installed (apt-get install notmuch)"
fi
export DOSSIER_HOME="$work/home"
for source in ${SOURCES:-corpus.mbox Maildir}; do
  rm -rf "$work/vs.dossier"
  java -jar target/dossier.jar new "$work/vs.dossier" >/dev/null
  timed "dossier import $source" java @src/main/dist/dossier.jvm-options -Xmx512m -jar target/dossier.jar import "$work/vs.dossier" "$work/corpus/$source"
  [ -n "$mu_wall" ] && printf "  %.1f times as fast as mu index (wall)\n" "$(echo "$mu_wall / $last_wall" | bc -l)"
done
rm -rf "$work/vs.dossier"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
