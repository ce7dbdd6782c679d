#!/usr/bin/env bash
# Memory under chunked request bodies: the built jar with -Xmx256m receives PARALLEL chunked JSON
# bodies of MEGABYTES each at once (no Content-Length: only counting the bytes as they are read
# bounds them), while the heap and the resident size are sampled every 100 ms.
# Usage: src/test/load/chunked-bodies.sh [megabytes] [parallel]
set -euo pipefail
cd "$(dirname "$0")/../../.."
megabytes=${1:-90}
parallel=${2:-3}
port=18082
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
[ -f target/cap-cooperation-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
java -Xmx256m -jar target/cap-cooperation-0.1.0-SNAPSHOT.jar --server.port=$port --logging.level.root=WARN \
  --spring.datasource.url="jdbc:h2:file:$work/data/capcoop" > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "localhost:$port/actuator/health" && break; sleep 0.5; done
heap() { jcmd $pid GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'; }
rss() { ps -o rss= -p $pid | tr -d ' '; }
echo "before: heap used $(( $(heap) / 1024 )) MB, RSS $(( $(rss) / 1024 )) MB"
( while kill -0 $pid 2>/dev/null; do echo "$(heap) $(rss)" >> "$work/samples"; sleep 0.1; done ) &
sampler=$!
# a valid answer padded with white space: it breaks none of the JSON reader's own limits (string
# length, token count), so only the count of bytes read stops it
body() { printf '{"answers": {"integration": "mutualiser"'; head -c "${megabytes}M" /dev/zero | tr '\0' ' '; printf '}}'; }
senders=()
for i in $(seq 1 "$parallel"); do
  ( body 2>/dev/null | curl -s -o /dev/null -w "body $i: HTTP %{http_code} in %{time_total} s\n" -H 'Content-Type: application/json' \
    -H 'Transfer-Encoding: chunked' --data-binary @- "localhost:$port/api/v1/recommendations" ) &
  senders+=($!)
done
wait "${senders[@]}" || true
sleep 1; kill $sampler 2>/dev/null || true
echo "peak during: heap used $(( $(sort -n "$work/samples" | tail -1 | cut -d' ' -f1) / 1024 )) MB," \
  "RSS $(( $(sort -k2 -n "$work/samples" | tail -1 | cut -d' ' -f2) / 1024 )) MB"
grep -c OutOfMemoryError "$work/app.log" | sed 's/^/OutOfMemoryError in the log: /' || true
curl -s "localhost:$port/actuator/health"; echo
