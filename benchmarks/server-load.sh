#!/usr/bin/env bash
# Load benchmark of `livskraft serve` on loopback (bounded in time: about 3 x (SECONDS + SECONDS/3) per route).
#   benchmarks/server-load.sh            # 10 s per level, clients 1, 8, 64
#   SECONDS_PER_LEVEL=5 benchmarks/server-load.sh
#   SERVER_JAVA_OPTS="-Xmx512m" benchmarks/server-load.sh   # other JVM options for the server (here: G1, the JVM default)
# Prints a Markdown table: throughput and p50/p99 latency for POST /tag with a one-page text (seeds/000, the
# Kongsberg article, ~5 KB) and POST /case/assess (only while it answers 200), then the server's memory.
# The load client runs on the same machine as the server and competes for its cores: read the numbers as a
# lower bound for the server alone.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${SECONDS_PER_LEVEL:-10}"
heap="${SERVER_HEAP:-512m}"
jopts="${SERVER_JAVA_OPTS:--Xmx$heap -XX:+UseParallelGC}"
jar=livskraft-cli/target/livskraft.jar
if [[ ! -f "$jar" || -n "${REBUILD:-}" ]]; then
  mvn -B -ntp -q -pl livskraft-cli -am package -DskipTests -Dmaven.javadoc.skip=true
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp)
gclog=$(mktemp)
# shellcheck disable=SC2086
java $jopts -Xlog:gc:file="$gclog" -jar "$jar" serve --bind 127.0.0.1 --port "$port" >/dev/null 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log" "$gclog"' EXIT
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/ready" >/dev/null || { echo "server did not become ready"; cat "$log"; exit 1; }
client=benchmarks/src/main/java/io/github/livskraft/benchmarks/ServerLoad.java
echo "cores: $(nproc), server JVM options: $jopts, ${secs} s per level after a warm-up; client and server share the machine"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| route | body | clients | requests | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
cpu0=$(ticks)
java "$client" "http://127.0.0.1:$port/" "tag?textLang=nb" "text/plain; charset=utf-8" seeds/000_773ae6fac1e4b9cf.txt \
  "$secs" 1 8 64
cpu1=$(ticks)
tagged=$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^http_server_requests_seconds_count\{.*route="\/tag"/ {s+=$NF} END {printf "%.0f", s}')
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain' --data-binary @seeds/000_773ae6fac1e4b9cf.txt \
  "http://127.0.0.1:$port/case/assess")
if [[ "$status" == "200" ]]; then
  java "$client" "http://127.0.0.1:$port/" "case/assess" "text/plain; charset=utf-8" \
    seeds/000_773ae6fac1e4b9cf.txt "$secs" 1 8 64
else
  echo "| case/assess | – | – | – | – | – | – | answers $status (not available in this build) |"
fi
echo
heapUsed=$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}')
hz=$(getconf CLK_TCK)
python3 - "$cpu0" "$cpu1" "$hz" "$tagged" <<'PY'
import sys
c0, c1, hz, n = (float(x) for x in sys.argv[1:])
ms = (c1 - c0) / hz * 1000 / n if n else float("nan")
print(f"server CPU per /tag request (incl. warm-ups, GC, JIT, logging): {ms:.2f} ms over {n:.0f} requests"
      f" -> at most {2000 / ms:.0f} req/s if the server had both cores to itself")
PY
rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
echo "memory after the run: heap used ${heapUsed} MiB, process RSS ${rss} MiB"
python3 - "$gclog" <<'PY'
import re, sys
p = sorted(float(m) for m in re.findall(r"Pause.* (\d+\.\d+)ms", open(sys.argv[1]).read()))
if p:
    print(f"GC pauses over the whole run: {len(p)}, {sum(p):.0f} ms in all, median {p[len(p) // 2]:.1f} ms,"
          f" longest {p[-1]:.1f} ms")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
