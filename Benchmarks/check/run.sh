#!/usr/bin/env bash
# Times `cite check` on the bundled example in a release build (whole process: start-up, reading
# the page and the records, parsing, verification, evidence and rendering) and prints the median.
# Usage: Benchmarks/check/run.sh [RUNS]   (needs hyperfine: apt-get install -y hyperfine)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-50}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
swift build -c release --product cite >/dev/null
bin="$(swift build -c release --show-bin-path)/cite"
out="$(mktemp -d)"
for format in text json; do
  hyperfine --warmup 5 --runs "$runs" -N --export-json "$out/$format.json" \
    "$bin check References/prolotherapy --format $format" >/dev/null
  python3 - "$out/$format.json" "$format" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"cite check References/prolotherapy --format {sys.argv[2]}: median {r['median']*1000:.1f} ms, "
      f"mean {r['mean']*1000:.1f} ms ± {r['stddev']*1000:.1f}, min {r['min']*1000:.1f} ms ({len(r['times'])} runs)")
PY
done
rm -rf "$out"
