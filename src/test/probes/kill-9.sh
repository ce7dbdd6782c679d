#!/usr/bin/env bash
# The issue's kill -9 probe on the built jar: answers and publications for SECONDS, kill -9 in
# the middle, then every confirmed write looked for in the H2 file.
# Usage: src/test/probes/kill-9.sh [seconds] [extra arguments for the application...]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-8}; shift || true
port=18083; work=$(mktemp -d); probes=$PWD/src/test/probes
trap 'rm -rf "$work"' EXIT
[ -f target/cap-cooperation-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
jar=$PWD/target/cap-cooperation-0.1.0-SNAPSHOT.jar
cd "$work"
CAPCOOP_ADMIN_PASSWORD='probe passphrase 2026' java -Xmx256m -jar "$jar" --server.port=$port --logging.level.root=WARN "$@" \
  > app.log 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "localhost:$port/actuator/health" && break; sleep 0.5; done
python3 "$probes/confirmed-writes.py" "http://localhost:$port" "$seconds" out.json $pid 4 'probe passphrase 2026'
wait $pid 2>/dev/null || true
python3 "$probes/check-writes.py" out.json data/capcoop
