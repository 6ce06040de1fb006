#!/usr/bin/env bash
# Times `cite check` (release build, JSON output) on generated pages with 100, 1,000 and 5,000
# references and twice as many markers (make_scaling_page.py), to show the check is linear.
# Usage: Benchmarks/check/scaling.sh [RUNS]   (needs hyperfine: apt-get install -y hyperfine)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
swift build -c release --product cite >/dev/null
bin="$(swift build -c release --show-bin-path)/cite"
out="$(mktemp -d)"
for n in 100 1000 5000; do
  python3 Benchmarks/check/make_scaling_page.py "$n" "$out/page-$n.html"
  hyperfine --warmup 1 --runs "$runs" -N -i --export-json "$out/$n.json" \
    "$bin check $out/page-$n.html --format json" >/dev/null
  python3 - "$out/$n.json" "$n" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
n = int(sys.argv[2])
print(f"{n:>5} references, {2*n:>5} markers: median {r['median']*1000:.0f} ms, min {r['min']*1000:.0f} ms, "
      f"user {r['user']*1000:.0f} ms ({len(r['times'])} runs)")
PY
done
rm -rf "$out"
