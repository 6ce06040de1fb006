#!/usr/bin/env bash
# Times `cite check SITE` on generated sites (cold: no cache; warm: every page cached), with peak
# memory, and checks that the cold and warm outputs are byte-identical.
# Usage: Benchmarks/site/run.sh [PAGES...]   (default: 100 1000 5000; needs ../shared/pubmed)
# CONFIG=debug uses the debug build (default release).
set -euo pipefail
cd "$(dirname "$0")/../.."
config="${CONFIG:-release}"
swift build -c "$config" --product cite >/dev/null
swift build -c "$config" --product site-bench-generate >/dev/null
bin="$(swift build -c "$config" --show-bin-path)"
shared="${SHARED:-$(cd .. && pwd)/shared}"
export CITEKIT_LIBRARY=/nonexistent/library.sqlite   # the site's citekit.yaml names its library
for pages in "${@:-100 1000 5000}"; do
  site="$(mktemp -d)/site-$pages"
  "$bin/site-bench-generate" --shared "$shared" --pages "$pages" --out "$site"
  out="$(mktemp -d)"
  /usr/bin/time -f "%e %M %U %S" -o "$out/cold.time" "$bin/cite" check "$site" --format json >"$out/cold.json" || true
  /usr/bin/time -f "%e %M %U %S" -o "$out/warm.time" "$bin/cite" check "$site" --format json >"$out/warm.json" || true
  read -r cold_s cold_kb cold_user cold_sys <"$out/cold.time"
  read -r warm_s warm_kb warm_user warm_sys <"$out/warm.time"
  same=$(cmp -s "$out/cold.json" "$out/warm.json" && echo identical || echo DIFFERENT)
  summary=$("$bin/cite" check "$site" --format text | tail -1 || true)
  echo "$pages pages ($config, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)): cold ${cold_s} s (cpu ${cold_user} s user + ${cold_sys} s sys), peak ${cold_kb} KB; warm ${warm_s} s (cpu ${warm_user} + ${warm_sys} s), peak ${warm_kb} KB; output $same"
  echo "  $summary"
  rm -rf "$out" "$(dirname "$site")"
done
