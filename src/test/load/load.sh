#!/usr/bin/env bash
# Load run against the built jar, started from its extracted layout (with a class data sharing
# archive) with -Xmx256m on an empty data folder: start-up time, a questionnaire step, the result page and the API under wrk,
# then memory; then the CPU time the application spends per request on a question page, the plan page and its PDFs and
# documents (CAPCOOP_LOAD_RUNS=plan: those only). Needs wrk (apt-get install wrk).
# Usage: src/test/load/load.sh [seconds per run] [seconds of warm-up]
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration=${1:-20}
warmup=${2:-120}
port=${CAPCOOP_LOAD_PORT:-18080}
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; cp "$work/app.log" target/load-app.log 2>/dev/null; rm -rf "$work"' EXIT # the application's log stays in target/

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/cap-cooperation-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
java -Djarmode=tools -jar target/cap-cooperation-0.1.0-SNAPSHOT.jar extract --destination "$work/app" >/dev/null
# Class data sharing: one training run that stops once the context is refreshed writes the archive.
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$work/app/cap-cooperation-0.1.0-SNAPSHOT.jar" --server.port=$port \
  --spring.datasource.url="jdbc:h2:file:$work/training/capcoop" >/dev/null 2>&1 || true

java -Xmx256m -XX:SharedArchiveFile="$work/app.jsa" -jar "$work/app/cap-cooperation-0.1.0-SNAPSHOT.jar" --server.port=$port \
  --spring.datasource.url="jdbc:h2:file:$work/data/capcoop" --logging.level.root=WARN \
  --logging.level.fr.capcooperation.CapCooperationApplication=INFO > "$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null localhost:$port/actuator/health && break; sleep 0.5; done
echo "start-up: $(grep -o 'Started CapCooperationApplication in [0-9.]* seconds' "$work/app.log" | grep -o '[0-9.]* seconds')"

# A finished questionnaire, walked through its HTML forms with the CSRF cookie.
jar="$work/cookies"; base="http://localhost:$port"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "$base/questionnaire" | csrf)
journey=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -d "_csrf=$token" "$base/questionnaire")
answer() { curl -s -c "$jar" -b "$jar" -o /dev/null -d "_csrf=$token" "$@"; }
answer -d integration=structurer "$journey/questions/integration"
answer -d partners=associations -d partners=public "$journey/questions/partners"
answer -d member_count=2 "$journey/questions/member_count"
answer -d legal_entity=oui "$journey/questions/legal_entity"
answer -d purpose=formation "$journey/questions/purpose"
answer -d surplus=reinvestis "$journey/questions/surplus"
answer -d duration=indeterminee "$journey/questions/duration"
answer -d governance=une_voix "$journey/questions/governance"
lines=""; for l in besoins volontariat projet_conjoint valeurs objectifs solidarite qualite; do lines="$lines -d readiness.$l=oui"; done
answer $lines "$journey/questions/readiness"
answer "$journey/resultat"
curl -s -o /dev/null -w 'result page: HTTP %{http_code}\n' "$journey/resultat"

run() { # name connections url [wrk args...]
  local name=$1 connections=$2; shift 2
  echo "== $name, $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in'
}
# CPU time of the application process (user + system, from /proc) per request, over a run of 4 connections;
# every page is warmed up first (the JIT compiles what they share), then each is measured twice.
ticks=$(getconf CLK_TCK)
cpu() { # name url
  local name=$1 url=$2 before after report requests
  before=$(awk '{print $14 + $15}' /proc/$pid/stat)
  report=$(wrk -t1 -c4 -d"${duration}s" "$url")
  after=$(awk '{print $14 + $15}' /proc/$pid/stat)
  requests=$(awk '/requests in/ {print $1}' <<<"$report")
  awk -v n="$name" -v r="$requests" -v t=$((after - before)) -v hz="$ticks" \
    'BEGIN { printf "%-40s %8d requests  %7.2f ms of CPU each\n", n, r, t * 1000 / hz / r }'
  grep -E 'Non-2xx|Socket errors' <<<"$report" || true # a redirect or an error would be cheaper than the page
}
plan_pages() {
  answer -d targetDate=2027-06-15 -d done=gip.convention "$journey/plan"
  curl -s -o /dev/null -w 'plan page: HTTP %{http_code}\n' "$journey/plan"
  local pages=("question page (purpose)|$journey/questions/purpose" "plan page|$journey/plan"
    "plan (PDF)|$journey/plan/pdf" "dossier pour votre accompagnateur (PDF)|$journey/plan/dossier"
    "draft document (DOCX, GIP convention)|$journey/plan/documents/convention_constitutive_gip")
  echo "warm-up: ${duration}s on each page"
  for page in "${pages[@]}"; do wrk -t1 -c4 -d"${duration}s" "${page#*|}" >/dev/null; done
  for round in 1 2; do
    echo "== CPU per request, round $round, 4 connections, ${duration}s each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    for page in "${pages[@]}"; do cpu "${page%%|*}" "${page#*|}"; done
  done
}
if [ "${CAPCOOP_LOAD_RUNS:-all}" = plan ]; then
  plan_pages
  echo "memory: RSS $(ps -o rss= -p $pid | awk '{printf "%.0f MB", $1/1024}') with -Xmx256m"
  exit 0
fi

# Warm-up, not reported: under load the JIT compiler shares the two cores with the requests and
# needs about two minutes to compile the hot paths (figures of a cold start: docs/benchmarks.md).
echo "warm-up: ${warmup}s"
wrk -t2 -c16 -d"$((warmup / 4))s" "$journey/questions/purpose" >/dev/null
wrk -t2 -c16 -d"$((warmup / 4))s" -s src/test/load/recommendation.lua "$base/api/v1/recommendations" >/dev/null
wrk -t2 -c32 -d"$((warmup / 2))s" "$journey/resultat" >/dev/null
run "questionnaire step (GET)" 64 "$journey/questions/purpose"
run "result page" 32 "$journey/resultat"
run "result page" 64 "$journey/resultat"
run "API recommendation (POST)" 64 -s src/test/load/recommendation.lua "$base/api/v1/recommendations"
plan_pages
echo "memory: RSS $(ps -o rss= -p $pid | awk '{printf "%.0f MB", $1/1024}') with -Xmx256m"
curl -sf -o /dev/null "$base/actuator/health" && echo "still healthy after the load"
