#!/usr/bin/env bash
# Builds the JMH jar and prints a table of results.
#   benchmarks/run.sh                 # all benchmarks, default (short) settings
#   benchmarks/run.sh Catalogue       # only benchmarks whose name matches the regex
# Extra JMH options may follow the regex, e.g. `benchmarks/run.sh JsonStat -prof gc`.
set -euo pipefail
cd "$(dirname "$0")/.."
filter="${1:-.}"
shift || true
mvn -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
out="benchmarks/target/jmh-result.csv"
java -jar benchmarks/target/benchmarks.jar "$filter" -rf csv -rff "$out" "$@" >benchmarks/target/jmh-output.txt
python3 - "$out" <<'PY' 2>/dev/null || cat "$out"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
w = max([len(r["Benchmark"]) for r in rows] + [9])
print(f'{"Benchmark":<{w}}  {"Mode":>6}  {"Score":>14}  {"Error":>12}  Unit')
for r in rows:
    print(f'{r["Benchmark"]:<{w}}  {r["Mode"]:>6}  {float(r["Score"]):>14.3f}  {r["Score Error (99.9%)"]:>12}  {r["Unit"]}')
PY
