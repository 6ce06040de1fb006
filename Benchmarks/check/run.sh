#!/usr/bin/env bash
# Times `cite check` in a statically linked release build (whole process: start-up, reading the page
# and the records, parsing, verification, evidence and rendering) with hyperfine.
#   Benchmarks/check/run.sh [RUNS]             the bundled example, text and JSON output (median)
#   Benchmarks/check/run.sh --scaling [RUNS]   generated pages of 100, 1,000 and 5,000 references
#                                              with twice as many markers (make_scaling_page.py)
# Needs hyperfine (apt-get install -y hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../.."
scaling=0
if [ "${1:-}" = "--scaling" ]; then scaling=1; shift; fi
runs="${1:-$([ $scaling = 1 ] && echo 5 || echo 50)}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
# The installed form (README, Install): the Swift runtime and Foundation linked statically, in a build
# folder of its own. CITEKIT_CHECK_BIN times another binary instead (e.g. a session-start build).
if [ -n "${CITEKIT_CHECK_BIN:-}" ]; then
  bin="$CITEKIT_CHECK_BIN"
else
  flags=(-c release --static-swift-stdlib --scratch-path .build-static)
  swift build "${flags[@]}" --product cite >/dev/null
  bin="$(swift build "${flags[@]}" --show-bin-path)/cite"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# time LABEL COMMAND...: runs the command RUNS times and prints wall and CPU figures.
time_it() {
  local label="$1"; shift
  hyperfine --warmup 1 --runs "$runs" -N -i --export-json "$out/r.json" "$*" >/dev/null
  python3 - "$out/r.json" "$label" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{sys.argv[2]}: median {r['median']*1000:.1f} ms, mean {r['mean']*1000:.1f} ms ± {r['stddev']*1000:.1f}, "
      f"min {r['min']*1000:.1f} ms, CPU (user+sys) {(r['user']+r['system'])*1000:.1f} ms ({len(r['times'])} runs)")
PY
}
if [ $scaling = 1 ]; then
  for n in 100 1000 5000; do
    python3 Benchmarks/check/make_scaling_page.py "$n" "$out/page-$n.html"
    time_it "$(printf '%5d references, %5d markers' "$n" $((2 * n)))" "$bin" check "$out/page-$n.html" --format json
  done
else
  for format in text json; do
    time_it "cite check References/prolotherapy --format $format" "$bin" check References/prolotherapy --format "$format"
  done
fi
