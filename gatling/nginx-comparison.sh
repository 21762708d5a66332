#!/usr/bin/env bash
# Runs one Gatling simulation (default MillionRequests) against target-server and against the reference nginx
# (1 worker, scripts/nginx-reference.sh), ROUNDS times each (default 3, alternating which goes first), in one session
# under the suite's measurement lock, and prints every run's throughput line. Extra arguments go to every Maven run.
#
#   [ROUNDS=3] [NGINX_PORT=18089] gatling/nginx-comparison.sh [-Dgatling.simulationClass=...] [-Drequests=...]
#
# nginx has no /stats, so its run passes -Dtarget.stats=false (the server cross-check is skipped and says so);
# the status/body validation, the zero-failure and the exact-count assertions still apply. Each run's report carries a
# run description ("target-server" / "nginx reference, 1 worker") so the two can be told apart on the dashboard.
# Logs: gatling/target/nginx-comparison/{target-server,nginx}-<round>.log. Each run is `gatling:test`, the simulation
# alone (no unit tests upstream, no dashboard step), so that only the simulations are timed; the next ordinary run
# rebuilds the dashboard with both reports.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${NGINX_PORT:-18089}
rounds=${ROUNDS:-3}
extra=("$@")
logs=$root/gatling/target/nginx-comparison
mkdir -p "$logs"
cd "$root"

run() { # run NAME [mvn args...]: one simulation run, its log in $logs/NAME.log
  local name=$1; shift
  mvn -B -pl gatling gatling:test "$@" "${extra[@]}" > "$logs/$name.log" 2>&1 \
    || { echo "nginx-comparison: run $name failed, see $logs/$name.log" >&2; return 1; }
  printf '%-16s %s\n' "$name" "$(grep -h '^\[result\]' "$logs/$name.log")"
  printf '%-16s %s\n' "" "$(grep -h 'Reports generated' "$logs/$name.log" | sed 's/.*file:/file:/')"
}

measure() {
  echo "nginx-comparison: $(date -u +%FT%TZ), $(java -version 2>&1 | head -1), $(nproc) cpus, $rounds round(s)"
  scripts/nginx-reference.sh start "$port"
  trap 'scripts/nginx-reference.sh stop "$port"' EXIT
  for round in $(seq 1 "$rounds"); do
    # Alternate the order so that a neighbour's burst of CPU does not always hit the same side.
    if (( round % 2 == 1 )); then order="ours nginx"; else order="nginx ours"; fi
    for who in $order; do
      if [[ $who == ours ]]; then
        run "target-server-$round" -Dgatling.runDescription="target-server"
      else
        run "nginx-$round" -Dgatling.runDescription="nginx reference, 1 worker" \
          -Dtarget.url="http://127.0.0.1:$port" -Dtarget.stats=false
      fi
    done
  done
}

if [[ ${CLIENTCOST_LOCKED:-} == 1 ]]; then
  measure
else
  CLIENTCOST_LOCKED=1 exec flock /tmp/clientcost-measure.lock "$0" "$@"
fi
