#!/usr/bin/env bash
# Prints one line per probe output file, leaving out the first 4 windows (2 s: the probe's own JIT warm-up):
#   - the 500 ms windows: p10 / median / p90, max/min, and the share within 20% of the median;
#   - 5 s blocks (10 consecutive windows, as long as the quick profile measures a cell): the lowest and highest
#     block mean and their ratio, i.e. how far apart two quick-length samples of the same work can land.
# Usage: summarize.sh FILE...
set -euo pipefail
printf '%-24s %7s %8s %8s %8s %7s %7s | %6s %8s %8s %7s\n' \
  file windows p10 median p90 max/min 'in±20%' blocks 'low 5s' 'high 5s' high/low
for f in "$@"; do
  awk '{print $2}' "$f" | tail -n +5 | awk -v name="$(basename "$f" .txt)" '
    { v[NR] = $1; s[NR] = $1 }
    END {
      n = NR
      # insertion sort of s (a few hundred values)
      for (i = 2; i <= n; i++) { x = s[i]; j = i - 1; while (j > 0 && s[j] > x) { s[j + 1] = s[j]; j-- } s[j + 1] = x }
      med = s[int((n + 1) / 2)]; within = 0
      for (i = 1; i <= n; i++) if (s[i] >= 0.8 * med && s[i] <= 1.2 * med) within++
      blocks = 0; low = -1; high = 0
      for (i = 1; i + 9 <= n; i += 10) {
        sum = 0; for (k = i; k < i + 10; k++) sum += v[k]
        m = sum / 10; blocks++
        if (low < 0 || m < low) low = m
        if (m > high) high = m
      }
      printf "%-24s %7d %8d %8d %8d %7.2f %6.0f%% | %6d %8d %8d %7.2f\n", name, n, s[int(n * 0.1) + 1], med,
        s[int(n * 0.9)], s[n] / s[1], 100 * within / n, blocks, low, high, high / low
    }'
done
