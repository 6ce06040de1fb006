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

printf "%-10s %10s %10s %14s %14s %9s %9s\n" style citekit_wall citekit_cpu citeproc_py_wall citeproc_py_cpu ratio_wall ratio_cpu
for style in vancouver apa; do
  csl="$root/References/styles/$style.csl"
  a=$(python3 "$here/timeit.py" "$out/citekit-$style.txt" "$cite" format "$out/items.json" --style "$csl")
  b=$(python3 "$here/timeit.py" "$out/citeproc-py-$style.txt" "$py" "$here/citeproc_py_bench.py" "$csl" "$out/items.json")
  python3 - "$style" "$a" "$b" "$out" <<'PY'
import json, sys
style, a, b, out = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
na = sum(1 for _ in open(f"{out}/citekit-{style}.txt", encoding="utf-8"))
nb = sum(1 for _ in open(f"{out}/citeproc-py-{style}.txt", encoding="utf-8"))
print(f"{style:<10} {a['wall']:10.2f} {a['cpu']:10.2f} {b['wall']:14.2f} {b['cpu']:14.2f} "
      f"{b['wall'] / a['wall']:8.1f}x {b['cpu'] / a['cpu']:8.1f}x   (entries: {na} / {nb})")
PY
done
