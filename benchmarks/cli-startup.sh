#!/usr/bin/env bash
# Start-up of the livskraft command, measured side by side with a trivial Java program (issue 15):
#   benchmarks/cli-startup.sh [RUNS]        (default 15 runs of each; needs a built livskraft-cli/target)
# Build first: mvn -B -ntp -pl livskraft-cli -am package -DskipTests   (writes livskraft.jar, livskraft.jsa and the
# launcher livskraft). Prints median and mean wall time per command, with and without the CDS archive, and the
# bundled catalogue's first load inside a fresh JVM (a tiny main, CatalogueFirstLoad). Goal: `catalogue goal 1`
# at most 2x the trivial program; the catalogue's first load at most 100 ms. Run on an idle machine: the figures
# are wall times and a busy machine inflates them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
target=livskraft-cli/target
jar="$target/livskraft.jar"
jsa="$target/livskraft.jsa"
[ -f "$jar" ] || { echo "no $jar: build livskraft-cli first (see the comment at the top)" >&2; exit 1; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the trivial Java program
cat >"$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"${java}c" -d "$work" "$work/Hello.java"
# the catalogue's first load (compiled against the runnable jar, which holds sdg-core)
"${java}c" -d "$work" -cp "$jar" benchmarks/src/main/java/io/github/livskraft/benchmarks/CatalogueFirstLoad.java

cds=()
if [ -f "$jsa" ]; then cds=(-XX:SharedArchiveFile="$jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off); fi

# wall time of one run in milliseconds
wall() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# prints "median mean" of the numbers on stdin
stats() {
  sort -n | awk '{ v[NR] = $1; s += $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, s / NR }'
}

measure() { # label, command...
  local label="$1"; shift
  wall "$@" >/dev/null # one unmeasured run: file cache
  local i; for ((i = 0; i < runs; i++)); do wall "$@"; done | stats | {
    read -r median mean; printf '%-44s %10s %10s\n' "$label" "$median" "$mean"; echo "$label $median" >>"$work/medians"; }
}

printf '%-44s %10s %10s\n' "wall time, $runs runs (ms)" "median" "mean"
measure "trivial Java program (Hello)" "$java" -cp "$work" Hello
measure "livskraft --version (no CDS)" "$java" -jar "$jar" --version
measure "livskraft catalogue goal 1 (no CDS)" "$java" -jar "$jar" catalogue goal 1
if [ ${#cds[@]} -gt 0 ]; then
  measure "livskraft --version (CDS)" "$java" "${cds[@]}" -jar "$jar" --version
  measure "livskraft catalogue goal 1 (CDS)" "$java" "${cds[@]}" -jar "$jar" catalogue goal 1
else
  echo "(no $jsa: CDS rows skipped)"
fi
if [ -x "$target/livskraft" ]; then # the launcher: CDS when present, client compiler and serial GC for short commands
  measure "launcher livskraft --version" "$target/livskraft" --version
  measure "launcher livskraft catalogue goal 1" "$target/livskraft" catalogue goal 1
fi

echo
printf '%-44s %10s %10s\n' "catalogue first load in a fresh JVM (ms)" "median" "mean"
for ((i = 0; i < runs; i++)); do "$java" -cp "$work:$jar" io.github.livskraft.benchmarks.CatalogueFirstLoad; done \
  | stats | { read -r median mean; printf '%-44s %10s %10s\n' "SdgCatalogue.bundled(), in-JVM time" "$median" "$mean"; }
for ((i = 0; i < runs; i++)); do
  "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work:$jar" io.github.livskraft.benchmarks.CatalogueFirstLoad
done | stats | { read -r median mean
  printf '%-44s %10s %10s\n' "the same, client compiler + serial GC" "$median" "$mean"; }

echo
awk '/^trivial/ { base = $NF } /catalogue goal 1/ { printf "%-44s %9.2fx\n", $0 " / trivial", $NF / base }' \
  "$work/medians" | sed 's/ [0-9.]* \/ trivial/ \/ trivial/'
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1)"
