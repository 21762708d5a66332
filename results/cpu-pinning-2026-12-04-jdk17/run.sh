#!/usr/bin/env bash
# experiment: quick profile unpinned vs pinned (server CPU 0, launcher+forks CPU 1), alternated, JDK 17
set -u
# usage (from the project root, after mvn -DskipTests install; nothing else running): bash run.sh OUT_DIR
jar=$PWD/jmh/target/benchmarks.jar
out=${1:?usage: run.sh OUT_DIR}
mkdir -p "$out" && cd "$out"
for round in 1 2; do
  for mode in free pinned; do
    name=$mode-$round
    echo "== $(date -u +%T) $name"
    if [ $mode = free ]; then
      java -cp $jar org.clientcost.jmh.BenchmarkLauncher --profile=quick --result=$name/jmh-result.json > $name.txt 2>&1
    else
      JAVA_TOOL_OPTIONS=-XX:ActiveProcessorCount=2 taskset -c 0 java -cp $jar org.clientcost.jmh.BenchmarkLauncher --profile=quick --result=$name/jmh-result.json > $name.txt 2>&1 &
      lp=$!
      for i in $(seq 1 300); do sp=$(pgrep -f org.clientcost.server.TargetServerMain | head -1); [ -n "$sp" ] && break; sleep 0.05; done
      taskset -a -p -c 1 $lp > /dev/null
      echo "launcher $lp -> cpu1, server $sp stays cpu0: $(taskset -p $sp)"
      wait $lp
    fi
    echo "rc=$? $(grep 'wall time' $name.txt)"
  done
done
echo "== $(date -u +%T) done"
