#!/usr/bin/env bash
# Start-up of the livskraft command, measured side by side with a trivial Java program (issue 15):
#   benchmarks/cli-startup.sh [RUNS]        (default 15 runs of each; needs a built livskraft-cli/target)
# Build first: mvn -B -ntp -pl livskraft-cli -am package -DskipTests   (writes livskraft.jar, the launcher livskraft,
# its class path livskraft.classpath with lib/, and the static CDS archive livskraft.jsa). Runs the commands
# interleaved (one run of each in turn, so that a change in the machine's load hits all of them alike) and prints
# the median and lowest wall time per command, the runnable jar without the launcher's start-up image, and the
# bundled catalogue's first load inside a fresh JVM (a tiny main, CatalogueFirstLoad). Goal: `catalogue goal 1`
# at most 2x the trivial program; the catalogue's first load at most 100 ms. Run on an idle machine: the figures
# are wall times and a busy machine inflates them (the load average is printed with them).
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

launcher="$target/livskraft"
[ -x "$launcher" ] || { echo "no $launcher: build livskraft-cli first" >&2; exit 1; }
[ -f "$target/livskraft.classpath" ] || echo "(no livskraft.classpath: the launcher runs livskraft.jar)"
[ -f "$target/livskraft.jsa" ] || echo "(no livskraft.jsa: the launcher runs without its CDS archive)"

# wall time of one run in milliseconds
wall() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# prints "median lowest" of the numbers on stdin
stats() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, v[1] }'
}

labels=(
  "trivial Java program (Hello)"
  "java -jar livskraft.jar catalogue goal 1"
  "launcher livskraft --version"
  "launcher livskraft catalogue goal 1"
  "launcher livskraft catalogue search klima"
)
run_case() { # index
  case "$1" in
    0) wall "$java" -cp "$work" Hello ;;
    1) wall "$java" -jar "$jar" catalogue goal 1 ;;
    2) wall "$launcher" --version ;;
    3) wall "$launcher" catalogue goal 1 ;;
    4) wall "$launcher" catalogue search klima ;;
  esac
}
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in "${!labels[@]}"; do run_case "$c" >/dev/null; done # one unmeasured run of each: file cache
for ((i = 0; i < runs; i++)); do
  for c in "${!labels[@]}"; do run_case "$c" >>"$work/times.$c"; done
done
printf '%-44s %10s %10s\n' "wall time, $runs runs interleaved (ms)" "median" "lowest"
for c in "${!labels[@]}"; do
  stats <"$work/times.$c" | { read -r median low; printf '%-44s %10s %10s\n' "${labels[$c]}" "$median" "$low"
    echo "${labels[$c]} $median" >>"$work/medians"; }
done

echo
printf '%-44s %10s %10s\n' "catalogue first load in a fresh JVM (ms)" "median" "lowest"
for ((i = 0; i < runs; i++)); do "$java" -cp "$work:$jar" io.github.livskraft.benchmarks.CatalogueFirstLoad; done \
  | stats | { read -r median low; printf '%-44s %10s %10s\n' "SdgCatalogue.bundled(), in-JVM time" "$median" "$low"; }
for ((i = 0; i < runs; i++)); do
  "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work:$jar" io.github.livskraft.benchmarks.CatalogueFirstLoad
done | stats | { read -r median low
  printf '%-44s %10s %10s\n' "the same, client compiler + serial GC" "$median" "$low"; }

echo
awk '/^trivial/ { base = $NF } /catalogue goal 1/ { printf "%-44s %9.2fx\n", $0 " / trivial", $NF / base }' \
  "$work/medians" | sed 's/ [0-9.]* \/ trivial/ \/ trivial/'
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1)"
