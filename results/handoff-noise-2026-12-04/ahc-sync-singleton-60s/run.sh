#!/usr/bin/env bash
# experiment: AHC sync singleton (/hello), no warm-up, 120 x 500 ms (60 s) in one fork: twice on JDK 17 and once on
# JDK 25 with -XX:+PrintCompilation in the fork, then once on JDK 17 with sample_threads.py watching which CPU each
# thread runs on, then three runs with a 40 s warm-up. About 8 minutes. Then: python3 analyse.py > analysis.txt (in this directory, on the copied files).
# usage (from the project root, after mvn -DskipTests install; nothing else running): bash run.sh OUT_DIR
set -u
here=$(cd "$(dirname "$0")" && pwd)
jar=$PWD/jmh/target/benchmarks.jar
out=${1:?usage: run.sh OUT_DIR}; mkdir -p "$out"
cell='--include=SyncCallBenchmark\.client'
jmh='-wi 0 -i 120 -r 500ms -f 1 -p payload=hello -p mode=singleton -p client=ahc'
launch() { # java name extra-jmh-args
  "$1" -cp "$jar" org.clientcost.jmh.BenchmarkLauncher --profile=quick "$cell" "--jmh-args=$jmh $3" \
    --result="$out/$2-jmh-result.json" > "$out/$2-printed.txt" 2>&1
  echo "$2 rc=$?"
}
launch java long-a "-jvmArgsAppend -XX:+PrintCompilation"
launch java long-b "-jvmArgsAppend -XX:+PrintCompilation"
launch /usr/lib/jvm/temurin-25-jdk-amd64/bin/java long-25 "-jvmArgsAppend -XX:+PrintCompilation"
python3 "$here/sample_threads.py" "$out/placement-samples.txt" 75 & sampler=$!
launch java placement ""
wait $sampler
for f in "$out"/long-*-printed.txt; do gzip -c "$f" > "${f%-printed.txt}-printed-with-PrintCompilation.txt.gz"; done
gzip -f "$out/placement-samples.txt"
# Then the cell with a 40 s warm-up (8 x 5 s) and the quick profile's 10 x 500 ms, three times (about 2.5 minutes).
jmh='-wi 8 -w 5s -i 10 -r 500ms -f 1 -p payload=hello -p mode=singleton -p client=ahc'
for r in 1 2 3; do launch java "warmup40-$r" ""; done
