#!/usr/bin/env bash
# Renders a 10,000-item bibliography in vancouver and apa with CiteKit (`cite format`, release build)
# and with citeproc-py on the same items, and prints the times and the ratio.
# Usage: Benchmarks/csl/run.sh [N]   (N items, default 10000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/out"
n="${1:-10000}"
mkdir -p "$out"

echo "== building cite (release)" >&2
(cd "$root" && swift build -c release --product cite >&2)
cite="$root/.build/release/cite"

echo "== generating $n items" >&2
python3 "$here/generate_items.py" "$n" > "$out/items.json"

if [ ! -x "$here/.venv/bin/python" ]; then
  echo "== installing citeproc-py in $here/.venv" >&2
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install --quiet citeproc-py
fi
py="$here/.venv/bin/python"

now() { python3 -c 'import time; print(time.perf_counter())'; }
printf "%-10s %12s %14s %8s\n" style citekit_s citeproc_py_s ratio
for style in vancouver apa; do
  csl="$root/References/styles/$style.csl"
  t0=$(now); "$cite" format "$out/items.json" --style "$csl" > "$out/citekit-$style.txt"; t1=$(now)
  "$py" "$here/citeproc_py_bench.py" "$csl" "$out/items.json" > "$out/citeproc-py-$style.txt"; t2=$(now)
  python3 - "$style" "$t0" "$t1" "$t2" "$out" <<'PY'
import sys
style, t0, t1, t2, out = sys.argv[1], *map(float, sys.argv[2:5]), sys.argv[5]
a, b = t1 - t0, t2 - t1
lines_a = sum(1 for _ in open(f"{out}/citekit-{style}.txt", encoding="utf-8"))
lines_b = sum(1 for _ in open(f"{out}/citeproc-py-{style}.txt", encoding="utf-8"))
print(f"{style:<10} {a:12.2f} {b:14.2f} {b / a:7.1f}x   (entries: citekit {lines_a}, citeproc-py {lines_b})")
PY
done
