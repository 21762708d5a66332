#!/usr/bin/env bash
# First look at the gateway under load: wrk -t1 -c64 against GET /proxy/hello, sync style, for each client
# (jdk, okhttp, ahc) with one shared client (singleton) and with a client per request (perRequest), one run
# after the other in one session, against one target server.
#
#   scripts/gateway-first-look.sh                  # 6 runs of 10 s, each after a 15 s warm-up
#   DURATION=10s WARMUP=15s CLIENTS="jdk okhttp" GATEWAY_ARGS="--max-threads 8192" scripts/gateway-first-look.sh
#
# What it measures: requests per second a gateway (own JVM) answers when every request makes one upstream call
# to the target server (own JVM), and the ratio perRequest/singleton per client: the price of building a client
# per request inside a service handler. Each gateway gets a 15 s wrk warm-up first, not counted: the clients' JIT warm-up takes 5-10 s here.
#
# Every run is validated: the gateway must answer 200 "Hello, World!" to curl before and after, wrk must see no
# socket errors and no non-2xx answers (a perRequest gateway that hits its --max-threads limit answers 503, and
# such a run is reported as invalid with the count), and the bytes wrk read must be whole answers. After each run
# it prints the gateway's and the upstream's /stats, and the gateway's own shutdown line (threads left behind).
# Any invalid run makes the script exit 1 after the summary.
#
# Writes the summary to gateway/target/first-look.txt. Builds the jars if they are missing; installs wrk with
# apt-get if it is missing. Wrap it in `flock /tmp/clientcost-measure.lock` on a shared machine.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
server_jar=$root/target-server/target/target-server.jar
gateway_jar=$root/gateway/target/gateway.jar
out_dir=$root/gateway/target
duration=${DURATION:-10s}
warmup=${WARMUP:-15s}
# Both JVMs get the target server's harness options (TargetServerProcess.DEFAULT_JVM_ARGS).
jvm_opts=${JVM_OPTS:-"-Xms512m -Xmx512m -XX:+UseParallelGC"}
gateway_args=${GATEWAY_ARGS:-""}
clients=${CLIENTS:-"jdk okhttp ahc"}
[[ $duration =~ ^[1-9][0-9]*s$ && $warmup =~ ^[1-9][0-9]*s$ ]] || { echo "first-look: DURATION and WARMUP must look like 10s" >&2; exit 2; }

if ! command -v wrk >/dev/null 2>&1; then
  echo "first-look: installing wrk with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends wrk >&2
fi
if [[ ! -f $server_jar || ! -f $gateway_jar ]]; then
  echo "first-look: building the jars" >&2
  (cd "$root" && mvn -B -q -pl target-server,gateway package -DskipTests)
fi
mkdir -p "$out_dir"

pids=()
stop_all() { for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT

# Starts a jar in the background with its output in a log; sets started_pid and started_url once it listens.
start() {
  local log=$1; shift
  # shellcheck disable=SC2086
  java $jvm_opts -jar "$@" > "$log" 2>&1 &
  started_pid=$!
  pids+=("$started_pid")
  for _ in $(seq 1 300); do
    if grep -q '^listening on ' "$log"; then
      started_url=$(sed -n 's/^listening on //p' "$log" | head -1)
      return
    fi
    kill -0 "$started_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "first-look: $* did not start; see $log" >&2
  exit 1
}

# Fails unless url answers 200 with exactly "Hello, World!".
check_hello() {
  local body
  body=$(curl -s --max-time 15 -w ' %{http_code}' "$1/proxy/hello")
  [[ $body == "Hello, World! 200" ]] || { echo "first-look: $1/proxy/hello answered '$body'" >&2; return 1; }
}

# wrk's own totals, printed once at the end (no per-request Lua).
lua=$(mktemp /tmp/first-look-XXXXXX.lua)
cat > "$lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %d %d %d %d %d %d %d %d\n", summary.requests, summary.bytes, summary.duration,
    e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

start "$out_dir/first-look-upstream.log" "$server_jar" --host 127.0.0.1 --port 0
upstream=$started_url
summary=$out_dir/first-look.txt
invalid=0
declare -A rate shown
{
  echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine:  $(nproc) cpus, $(uname -sr), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "jdk:      $(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.vendor|java.runtime.version/{printf "%s ", $2}')"
  echo "load:     wrk -t1 -c64 -d$duration GET /proxy/hello after a $warmup warm-up; gateway sync style; JVM options $jvm_opts; gateway args ${gateway_args:-(defaults)}"
} | tee "$summary"

for client in $clients; do
  for mode in singleton perRequest; do
    log=$out_dir/first-look-$client-$mode.log
    # shellcheck disable=SC2086
    start "$log" "$gateway_jar" --upstream "$upstream" --client "$client" --mode "$mode" --style sync $gateway_args
    gateway_pid=$started_pid
    gateway=$started_url
    check_hello "$gateway" || exit 1
    size=$(curl -s -o /dev/null -w '%{size_header} %{size_download}\n' "$gateway/proxy/hello" | awk '{print $1 + $2}')
    wrk -t1 -c64 -d"$warmup" -s "$lua" "$gateway/proxy/hello" > /dev/null
    before=$(curl -s "$upstream/stats")
    report=$(wrk -t1 -c64 -d"$duration" -s "$lua" "$gateway/proxy/hello")
    upstream_after=$(curl -s "$upstream/stats")
    gateway_after=$(curl -s "$gateway/stats")
    read -r requests bytes micros econnect eread ewrite etimeout estatus < <(awk '/^WRK/{print $2,$3,$4,$5,$6,$7,$8,$9}' <<<"$report")
    verdict=valid
    if (( requests == 0 || econnect + eread + ewrite + etimeout + estatus > 0 )); then
      verdict="INVALID: errors connect=$econnect read=$eread write=$ewrite timeout=$etimeout non-2xx=$estatus"
    elif (( bytes < requests * size || bytes > (requests + 64) * size )); then
      verdict="INVALID: $bytes bytes for $requests answers of $size bytes"
    elif ! check_hello "$gateway"; then
      verdict="INVALID: wrong answer after the run"
    fi
    kill -TERM "$gateway_pid"; wait "$gateway_pid" || true
    rate[$client-$mode]=$(awk -v r="$requests" -v us="$micros" 'BEGIN { printf "%.0f", r / (us / 1e6) }')
    shown[$client-$mode]=${rate[$client-$mode]}
    [[ $verdict == valid ]] || { invalid=1; shown[$client-$mode]=invalid; }
    {
      echo
      echo "$client $mode sync: ${rate[$client-$mode]} requests/s ($requests in $((micros / 1000)) ms), $verdict"
      echo "  gateway /stats:  $gateway_after"
      echo "  upstream /stats: before $before"
      echo "                   after  $upstream_after"
      echo "  gateway:         $(grep '^stopped' "$log" || echo '(no stopped line)')"
    } | tee -a "$summary"
  done
done

{
  echo
  echo "client   singleton req/s   perRequest req/s   perRequest/singleton"
  # An invalid run shows "invalid" and no ratio: its requests/s counted refused or wrong answers.
  for client in $clients; do
    awk -v c="$client" -v s="${shown[$client-singleton]}" -v p="${shown[$client-perRequest]}" \
      'BEGIN { r = (s ~ /^[0-9]+$/ && p ~ /^[0-9]+$/ && s > 0) ? sprintf("%.3f", p / s) : "-";
               printf "%-8s %15s %18s %22s\n", c, s, p, r }'
  done
} | tee -a "$summary"
rm -f "$lua"
exit "$invalid"
