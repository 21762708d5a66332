#!/usr/bin/env bash
# experiment: the three sync singleton cells, 20 s warm-up then 40 x 500 ms (20 s measured), free vs everything
# (launcher, target server, forks) on CPU 0 with -XX:ActiveProcessorCount=2; alternated, twice. About 9 minutes.
# usage (from the project root, after mvn -DskipTests install; nothing else running): bash run.sh OUT_DIR
set -u
jar=$PWD/jmh/target/benchmarks.jar
out=${1:?}; mkdir -p "$out"; cd "$out"
args='--jmh-args=-wi 4 -w 5s -i 40 -r 500ms -f 1 -p payload=hello -p mode=singleton'
for round in 1 2; do
  for mode in free cpu0; do
    name=$mode-$round; echo "== $(date -u +%T) $name"
    if [ $mode = free ]; then
      java -cp $jar org.clientcost.jmh.BenchmarkLauncher --profile=quick '--include=SyncCallBenchmark\.client' "$args" --result=$name/jmh-result.json > $name.txt 2>&1
    else
      JAVA_TOOL_OPTIONS=-XX:ActiveProcessorCount=2 taskset -c 0 java -cp $jar org.clientcost.jmh.BenchmarkLauncher --profile=quick '--include=SyncCallBenchmark\.client' "$args" --result=$name/jmh-result.json > $name.txt 2>&1
    fi
    echo "rc=$? $(grep 'wall time' $name.txt)"
  done
done
echo "== $(date -u +%T) done"
