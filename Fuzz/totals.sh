#!/usr/bin/env bash
# Sums Fuzz/fuzz-log.tsv per target: runs, CPU hours, executions, the highest coverage reached
# (cov: edges, ft: features) and the runs that ended with a finding.
#   Fuzz/totals.sh [LOG]
set -euo pipefail
cd "$(dirname "$0")/.."
log="${1:-Fuzz/fuzz-log.tsv}"
awk -F'\t' 'NR > 1 {
    t = $3; runs[t]++; cpu[t] += $5; execs[t] += $6
    if ($8 + 0 > cov[t]) cov[t] = $8 + 0
    if ($9 + 0 > ft[t]) ft[t] = $9 + 0
    if ($12 != "ok") found[t]++
  }
  END {
    printf "%-16s %5s %9s %14s %7s %7s %8s\n", "target", "runs", "cpu_h", "executions", "cov", "ft", "findings"
    for (t in runs) printf "%-16s %5d %9.3f %14d %7d %7d %8d\n", t, runs[t], cpu[t] / 3600, execs[t], cov[t], ft[t], found[t] + 0
  }' "$log" | (read -r header; echo "$header"; sort)
