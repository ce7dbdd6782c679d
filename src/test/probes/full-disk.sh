#!/usr/bin/env bash
# The issue's full-disk probe on the built jar, on a real file system: the H2 file on a small
# tmpfs (needs root), answers written while the disk fills up, is full, and has space again;
# health at each step, and every confirmed write looked for in the file at the end.
# Usage: sudo src/test/probes/full-disk.sh [extra arguments for the application...]
#   e.g. --capcoop.database.disk-reserve=0 to let H2 meet the full disk itself
set -euo pipefail
cd "$(dirname "$0")/../../.."
port=18084; work=$(mktemp -d); disk=$(mktemp -d); probes=$PWD/src/test/probes
mount -t tmpfs -o size=100m tmpfs "$disk"
trap 'kill $pid 2>/dev/null || true; umount "$disk"; rm -rf "$work" "$disk"' EXIT
[ -f target/cap-cooperation-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
cd "$work"
CAPCOOP_ADMIN_PASSWORD='probe passphrase 2026' java -Xmx256m -jar "$OLDPWD/target/cap-cooperation-0.1.0-SNAPSHOT.jar" \
  --server.port=$port --logging.level.root=WARN "--spring.datasource.url=jdbc:h2:file:$disk/capcoop" "$@" > app.log 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "localhost:$port/actuator/health" && break; sleep 0.5; done
health() { echo "health $1: $(curl -s -m 20 "localhost:$port/actuator/health")"; }
write() { python3 "$probes/confirmed-writes.py" "http://localhost:$port" "$1" "$2" 0 4 'probe passphrase 2026'; }
write 4 before.json
dd if=/dev/zero of="$disk/filler" bs=64k 2>/dev/null || true; echo "disk: $(df -h "$disk" | tail -1)"
write 6 full.json; health "while the disk is full"
rm "$disk/filler"; sleep 3; health "3 s after space came back"
write 4 after.json; sleep 11; health "11 s later"
echo "request threads spinning in H2: $(jstack $pid | grep -c registerVersionUsage || true)"
kill $pid; wait $pid 2>/dev/null || true
for phase in before full after; do echo "-- $phase"; python3 "$probes/check-writes.py" $phase.json "$disk/capcoop"; done
