#!/usr/bin/env bash
# Capacity of target-server vs nginx on /hello, side by side, on this machine.
#
#   scripts/capacity-vs-nginx.sh            # 3 rounds of 10 s each, alternating
#   ROUNDS=5 DURATION=10s scripts/capacity-vs-nginx.sh
#
# What it measures: requests per second that one wrk process (wrk -t1 -c64, keep-alive, loopback)
# gets from each server answering GET /hello with the 13-byte "Hello, World!". nginx is the reference:
# 1 worker process, `return 200`, access log off (scripts/nginx-reference.sh). Both servers run at the
# same time on different ports and are measured alternately (ours, nginx, ours, nginx, ...) so slow
# drift on a shared machine hits both. Each server gets a short warm-up first (the JVM needs it for JIT).
#
# Every run is validated: no socket errors, no non-2xx answers, and the bytes read per response match
# the size of one full /hello answer from that server; a curl check before and after also compares
# status and body length. A failed check fails the script instead of printing a number.
#
# Also reports each server's CPU time per request (user + system, from /proc), which shows how much
# headroom a server has when the single wrk thread, not the server, is the limit.
#
# Prints each run's req/s, the medians and the ratio ours/nginx, and writes them to
# target-server/target/capacity-vs-nginx.txt. Installs wrk and nginx-light with apt-get if missing and
# builds target-server.jar if it is not there. Wrap it in `flock /tmp/clientcost-measure.lock` on a shared box.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/target-server/target/target-server.jar
out=$root/target-server/target/capacity-vs-nginx.txt
rounds=${ROUNDS:-3}
duration=${DURATION:-10s}
warmup=${WARMUP:-5s}
our_port=${OUR_PORT:-18091}
nginx_port=${NGINX_PORT:-18092}
# Same JVM options as org.clientcost.server.launch.TargetServerProcess.DEFAULT_JVM_ARGS.
jvm_opts=${JVM_OPTS:-"-Xms512m -Xmx512m -XX:+UseParallelGC"}
server_args=${SERVER_ARGS:-""}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "capacity: ROUNDS must be a positive integer, got '$rounds'" >&2; exit 2; }
[[ $duration =~ ^[1-9][0-9]*s$ && $warmup =~ ^[1-9][0-9]*s$ ]] || { echo "capacity: DURATION and WARMUP must look like 10s" >&2; exit 2; }

if ! command -v wrk >/dev/null 2>&1; then
  echo "capacity: installing wrk with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends wrk >&2
fi
if [[ ! -f $jar ]]; then
  echo "capacity: building $jar" >&2
  (cd "$root" && mvn -B -q -pl target-server package -DskipTests)
fi

server_pid=""
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid"; wait "$server_pid" || true; fi
  "$root/scripts/nginx-reference.sh" stop "$nginx_port" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log=$root/target-server/target/capacity-server.log
mkdir -p "$(dirname "$out")"
# shellcheck disable=SC2086
java $jvm_opts -jar "$jar" --host 127.0.0.1 --port "$our_port" $server_args > "$log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do grep -q '^listening on ' "$log" && break; sleep 0.1; done
grep -q '^listening on ' "$log" || { echo "capacity: target-server did not start; see $log" >&2; exit 1; }
"$root/scripts/nginx-reference.sh" start "$nginx_port" >&2

ours=http://127.0.0.1:$our_port/hello
theirs=http://127.0.0.1:$nginx_port/hello

# Size of one complete /hello answer (head + body) from a server; validates status and body first.
answer_size() {
  local url=$1 status body_len total
  read -r status body_len < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$url")
  [[ $status == 200 && $body_len == 13 ]] || { echo "capacity: $url answered $status with $body_len body bytes, expected 200 with 13" >&2; exit 1; }
  total=$(curl -s -o /dev/null -w '%{size_header} %{size_download}\n' "$url" | awk '{print $1 + $2}')
  echo "$total"
}

# wrk Lua hook that prints exact totals once at the end (no per-request Lua, so wrk stays fast).
lua=$(mktemp /tmp/capacity-XXXXXX.lua)
cat > "$lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("TOTALS %d %d %d %d %d %d %d %d\n", summary.requests, summary.bytes, summary.duration,
    e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

# CPU time (user + system, in clock ticks) used so far by a process and its children's threads.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)

# Runs wrk once against url while watching the server's CPU; validates the run, then prints
# "req/s cpu-microseconds-per-request cpu-percent-of-one-core".
measure() {
  local url=$1 seconds=$2 size=$3 pids=$4 report requests bytes micros econn eread ewrite etimeout estatus t0 t1
  # shellcheck disable=SC2086
  t0=$(cpu_ticks $pids)
  report=$(wrk -t1 -c64 -d"$seconds" -s "$lua" "$url")
  # shellcheck disable=SC2086
  t1=$(cpu_ticks $pids)
  read -r requests bytes micros econn eread ewrite etimeout estatus < <(awk '/^TOTALS/{print $2,$3,$4,$5,$6,$7,$8,$9}' <<<"$report")
  if (( requests == 0 || econn + eread + ewrite + etimeout + estatus > 0 )); then
    echo "capacity: invalid run against $url: requests=$requests errors connect=$econn read=$eread write=$ewrite timeout=$etimeout non-2xx=$estatus" >&2
    exit 1
  fi
  # Whole answers only: bytes read must be requests x answer size, give or take answers cut off at the end (< 64).
  if (( bytes < requests * size || bytes > (requests + 64) * size )); then
    echo "capacity: invalid run against $url: $bytes bytes for $requests answers of $size bytes" >&2
    exit 1
  fi
  awk -v r="$requests" -v us="$micros" -v t=$(( t1 - t0 )) -v hz="$ticks_per_second" \
    'BEGIN { printf "%.0f %.2f %.0f\n", r / (us / 1e6), t / hz * 1e6 / r, 100 * t / hz / (us / 1e6) }'
}

median_decimal() { sort -g | awk '{a[NR]=$1} END { if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2] + a[NR/2+1]) / 2 }'; }
median() { sort -n | awk '{a[NR]=$1} END { if (NR % 2) print a[(NR+1)/2]; else printf "%.0f\n", (a[NR/2] + a[NR/2+1]) / 2 }'; }

our_size=$(answer_size "$ours")
nginx_size=$(answer_size "$theirs")
our_pids=$server_pid
nginx_pids=$(pgrep -P "$(cat /tmp/clientcost-nginx-$nginx_port/nginx.pid)" | tr '\n' ' ')
[[ -n $nginx_pids ]] || { echo "capacity: cannot find the nginx worker process" >&2; exit 1; }
echo "warm-up: $warmup each" >&2
measure "$ours" "$warmup" "$our_size" "$our_pids" >/dev/null
measure "$theirs" "$warmup" "$nginx_size" "$nginx_pids" >/dev/null
measure "$ours" "$warmup" "$our_size" "$our_pids" >/dev/null

our_runs=(); nginx_runs=(); our_cpu=(); nginx_cpu=()
for round in $(seq 1 "$rounds"); do
  read -r o o_us o_pct < <(measure "$ours" "$duration" "$our_size" "$our_pids")
  read -r n n_us n_pct < <(measure "$theirs" "$duration" "$nginx_size" "$nginx_pids")
  our_runs+=("$o"); our_cpu+=("$o_us")
  nginx_runs+=("$n"); nginx_cpu+=("$n_us")
  echo "round $round: target-server $o req/s ($o_us us CPU/request, ${o_pct}% of a core), nginx $n req/s ($n_us us CPU/request, ${n_pct}% of a core)" >&2
done
answer_size "$ours" >/dev/null
answer_size "$theirs" >/dev/null

our_median=$(printf '%s\n' "${our_runs[@]}" | median)
nginx_median=$(printf '%s\n' "${nginx_runs[@]}" | median)
our_cpu_median=$(printf '%s\n' "${our_cpu[@]}" | median_decimal)
nginx_cpu_median=$(printf '%s\n' "${nginx_cpu[@]}" | median_decimal)
ratio=$(awk -v a="$our_median" -v b="$nginx_median" 'BEGIN { printf "%.2f", a / b }')
transport=$(grep -m1 '^transport:' "$log" | sed 's/^transport: //')
nginx_version=$(nginx -v 2>&1 | sed 's/.*: //')

{
  echo "date:            $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine:         $(nproc) cpus, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "jdk:             $(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.vendor|java.runtime.version/{printf "%s ", $2}')"
  echo "target-server:   $transport; JVM options: $jvm_opts; args: ${server_args:-(defaults)}"
  echo "nginx:           $nginx_version, 1 worker, access_log off, return 200"
  echo "load:            wrk -t1 -c64 -d$duration, GET /hello, loopback, $rounds alternating rounds after a $warmup warm-up"
  echo "target-server:   ${our_runs[*]} req/s   (median $our_median)"
  echo "nginx:           ${nginx_runs[*]} req/s   (median $nginx_median)"
  echo "server CPU per request (medians): target-server $our_cpu_median us, nginx $nginx_cpu_median us"
  echo "ratio ours/nginx (medians): $ratio"
} | tee "$out"
rm -f "$lua"
