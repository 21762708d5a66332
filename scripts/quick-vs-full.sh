#!/usr/bin/env bash
# Does the main job's answer hold? Runs the quick profile twice and then the full profile, one after the other
# on one JDK (JAVA_HOME picks it), and prints two comparisons (org.clientcost.reports.QuickVsFull):
#   - every singleton and perRequest score of the first quick run against the full run's (issue 8: within 25%);
#   - every perRequest/singleton ratio of quick run 1 against quick run 2 (within 20%).
# About 6 + 6 + 65 minutes on the 2-core reference machine. Run it on a quiet machine: nothing else running.
#
# Usage: scripts/quick-vs-full.sh [OUT_DIR]      (default jmh/target/quick-vs-full; each run's JSON, env file and
#                                                 printed summary go there, and comparison.txt at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-jmh/target/quick-vs-full}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=jmh/target/benchmarks.jar

echo "== $(date -u +%FT%TZ) building benchmarks.jar (no tests, no benchmark run)"
mvn -B -q -pl jmh package -DskipTests
mkdir -p "$out"

run() { # name profile
  echo "== $(date -u +%FT%TZ) $2 profile -> $out/$1"
  "$java" -cp "$jar" org.clientcost.jmh.BenchmarkLauncher --profile="$2" --result="$out/$1/jmh-result.json" \
    | tee "$out/$1.txt"
}
run quick-1 quick
run quick-2 quick
run full full

echo "== $(date -u +%FT%TZ) comparison"
"$java" -cp "$jar" org.clientcost.reports.QuickVsFull \
  "$out/quick-1/jmh-result.json" "$out/quick-2/jmh-result.json" "$out/full/jmh-result.json" \
  | tee "$out/comparison.txt"
