#!/usr/bin/env bash
# Does the main job's answer hold? Runs the main job itself (`mvn -B -pl jmh verify`: build, tests, the quick
# matrix, the dashboard; timed), the quick profile once more, then the full profile, one after the other on one JDK
# (JAVA_HOME picks it), and prints two comparisons (org.clientcost.reports.QuickVsFull):
#   - every singleton and perRequest score of the first quick run against the full run's (issue 8: within 25%);
#   - every perRequest/singleton ratio of quick run 1 against quick run 2 (within 20%).
# The full run covers the quick profile's scheme only (http, --scheme=http): its https cells have no quick
# counterpart to compare and would double its time. About 9.5 + 8.5 + 77 minutes on the 2-core reference machine (JDK 17,
# 2026-12-06; 98 minutes in all). Run it on a quiet machine: nothing else running.
#
# Usage: scripts/quick-vs-full.sh [OUT_DIR]      (default jmh/target/quick-vs-full; each run's JSON, env file and
#                                                 printed summary go there, and comparison.txt at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-jmh/target/quick-vs-full}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=jmh/target/benchmarks.jar

mkdir -p "$out/quick-1"
echo "== $(date -u +%FT%TZ) quick-1: the main job, mvn -B -pl jmh verify"
start=$(date +%s)
mvn -B -pl jmh verify | tee "$out/quick-1.txt"
echo "main job wall time: $(( $(date +%s) - start )) s" | tee -a "$out/quick-1.txt"
cp jmh/target/jmh-result.json jmh/target/jmh-env.json jmh/target/jmh-summary.md "$out/quick-1/"

run() { # name profile
  echo "== $(date -u +%FT%TZ) $2 profile (http) -> $out/$1"
  "$java" -cp "$jar" org.clientcost.jmh.BenchmarkLauncher --profile="$2" --scheme=http --result="$out/$1/jmh-result.json" \
    | tee "$out/$1.txt"
}
run quick-2 quick
run full full

echo "== $(date -u +%FT%TZ) comparison"
"$java" -cp "$jar" org.clientcost.reports.QuickVsFull \
  "$out/quick-1/jmh-result.json" "$out/quick-2/jmh-result.json" "$out/full/jmh-result.json" \
  | tee "$out/comparison.txt"
