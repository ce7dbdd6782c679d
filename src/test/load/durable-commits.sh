#!/usr/bin/env bash
# The cost of durable commits on the embedded database: the answer POST (one read, one update,
# one commit) under wrk, with H2 writing each commit to its file before it returns (WRITE_DELAY=0,
# what ships) and with H2's own default (commits written in the background up to a second later).
# Needs wrk. Usage: src/test/load/durable-commits.sh [seconds per run] [connections] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration=${1:-20}
connections=${2:-16}
port=18081
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/cap-cooperation-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
base="http://localhost:$port"

measure() { # name url-options
  local name=$1 options=$2
  rm -rf "$work/data"
  java -Xmx256m -jar target/cap-cooperation-0.1.0-SNAPSHOT.jar --server.port=$port --logging.level.root=WARN \
    --spring.datasource.url="jdbc:h2:file:$work/data/capcoop;AUTO_SERVER=FALSE$options" > "$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/actuator/health" && break; sleep 0.5; done
  local jar="$work/cookies"; rm -f "$jar"
  TOKEN=$(curl -s -c "$jar" -b "$jar" "$base/questionnaire" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  COOKIE="XSRF-TOKEN=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")"
  JOURNEYS=""
  for _ in $(seq 1 128); do
    JOURNEYS="$JOURNEYS $(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' -d "_csrf=$TOKEN" "$base/questionnaire" | sed "s|^http://[^/]*||")"
  done
  export TOKEN COOKIE JOURNEYS
  wrk -t2 -c"$connections" -d15s -s src/test/load/answer.lua "$base" >/dev/null # warm-up
  echo "== answer POST, $name, $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s src/test/load/answer.lua "$base" \
    | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in'
  kill $pid; wait $pid 2>/dev/null || true; pid=""
}
rounds=${3:-1}
for round in $(seq 1 "$rounds"); do # alternate the two, the machine's load moves
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  measure "durable commits (WRITE_DELAY=0, as shipped)" ""
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  measure "H2 default (WRITE_DELAY=500: written in the background, up to about a second later)" ";WRITE_DELAY=500"
done
