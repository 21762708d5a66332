#!/usr/bin/env bash
# Machine-noise probe behind "why two quick runs disagree on the sync cells" (README.md in this directory).
# Per JDK: cpu 60 s, handoff 120 s, tcp 120 s (free placement), then handoff and tcp 60 s each with every thread
# on CPU 0 (taskset; -XX:ActiveProcessorCount=2 so the JVMs size themselves as unpinned). About 15 minutes for two
# JDKs. Run it on a quiet machine: nothing else running.
# Usage: run.sh OUT_DIR [JAVA_HOME...]     (default: the java on PATH); prints summarize.sh's table at the end
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: run.sh OUT_DIR [JAVA_HOME...]}; shift
mkdir -p "$out"
homes=("$@"); [ ${#homes[@]} -gt 0 ] || homes=("")
port=18931
for home in "${homes[@]}"; do
  java="${home:+$home/bin/}java"
  v=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.version = //p')
  probe() { "$java" -XX:ActiveProcessorCount=2 "$here/HandoffNoiseProbe.java" "$@"; }
  tcp() { # seconds file [taskset prefix...]
    local s=$1 f=$2; shift 2
    "$@" "$java" -XX:ActiveProcessorCount=2 "$here/HandoffNoiseProbe.java" echo $port $((s + 30)) & local e=$!
    sleep 2
    "$@" "$java" -XX:ActiveProcessorCount=2 "$here/HandoffNoiseProbe.java" tcp $port "$s" > "$f"
    wait $e
  }
  echo "== $(date -u +%FT%TZ) java $v"
  probe cpu 60 > "$out/jdk$v-cpu.txt"
  probe handoff 120 > "$out/jdk$v-handoff.txt"
  tcp 120 "$out/jdk$v-tcp.txt"
  taskset -c 0 "$java" -XX:ActiveProcessorCount=2 "$here/HandoffNoiseProbe.java" handoff 60 > "$out/jdk$v-handoff-cpu0.txt"
  tcp 60 "$out/jdk$v-tcp-cpu0.txt" taskset -c 0
done
"$here/summarize.sh" "$out"/jdk*.txt | tee "$out/summary.txt"
echo "== $(date -u +%FT%TZ) done"
