#!/usr/bin/env bash
# Runs fuzz targets (Fuzz/README.md) and appends each run's figures to Fuzz/fuzz-log.tsv, which
# accumulates across sessions (Fuzz/totals.sh sums it per target).
#   Fuzz/run.sh TARGET|all SECONDS [PARALLEL]
# PARALLEL (default 1) targets run at once. Each run: the target's corpus (Fuzz/corpus/TARGET,
# built by Fuzz/corpus.sh when missing) and dictionary, -timeout=5 -rss_limit_mb=2048; a crash,
# hang, leak or memory error is written to Fuzz/findings/TARGET/ and makes the script exit 1.
# Environment: CITEKIT_FUZZ_BINARY (default .build-fuzz/release/citekit-fuzz), CITEKIT_FUZZ_NICE
# (a nice level, e.g. 19 on a shared machine), CITEKIT_FUZZ_LOG (default Fuzz/fuzz-log.tsv).
set -euo pipefail
cd "$(dirname "$0")/.."
if (($# < 2)); then echo "usage: Fuzz/run.sh TARGET|all SECONDS [PARALLEL]" >&2; exit 2; fi
which="$1" seconds="$2" parallel="${3:-1}"
# libFuzzer's per-input time-out counts wall-clock seconds: a run niced on a busy machine can be
# starved past 5 s by an input that takes 1 s of CPU. Such runs set a longer CITEKIT_FUZZ_TIMEOUT, and
# `Fuzz/run.sh TARGET 0` then replays the corpus unniced under the 5 s limit.
timeout="${CITEKIT_FUZZ_TIMEOUT:-5}"
binary="${CITEKIT_FUZZ_BINARY:-.build-fuzz/release/citekit-fuzz}"
log="${CITEKIT_FUZZ_LOG:-Fuzz/fuzz-log.tsv}"
[[ -x "$binary" ]] || { echo "no fuzz binary at $binary: run Fuzz/build.sh" >&2; exit 2; }
export SWIFT_BACKTRACE=enable=no   # the Swift backtracer would hang 30 s on each crash
# Tagged enum pointers LeakSanitizer cannot follow (see the file).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
[[ -f "$log" ]] || printf 'utc\tcommit\ttarget\twall_s\tcpu_s\texecs\texecs_per_s\tcov\tft\tcorpus\tpeak_rss_mb\tresult\n' > "$log"

if [[ "$which" == all ]]; then
  mapfile -t targets < <("$binary" list | cut -f1)
else
  targets=("$which")
fi

one() {
  local target="$1"
  local dictionary corpus findings out start end cpu status result
  dictionary="Fuzz/dictionaries/$("$binary" list | awk -F'\t' -v t="$target" '$1 == t { print $2 }').dict"
  corpus="Fuzz/corpus/$target"
  findings="Fuzz/findings/$target"
  [[ -d "$corpus" ]] || Fuzz/corpus.sh "$target" >/dev/null
  mkdir -p "$findings"
  out="$(mktemp)"
  # Pages: inputs cut to 16 KB (seeds are whole articles of up to 300 KB, each a full check under
  # ASan); mutations of a few paragraphs and a short list reach the same code many times faster.
  local max_len=()
  [[ "$target" == page-* ]] && max_len=(-max_len="${CITEKIT_FUZZ_PAGE_MAX_LEN:-16384}")
  start=$(date +%s.%N)
  set +e
  # The harness runs in a child shell so that its CPU time is counted apart (times of children).
  ( ${CITEKIT_FUZZ_NICE:+nice -n "$CITEKIT_FUZZ_NICE"} "$binary" "$target" "$corpus" \
      -dict="$dictionary" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 "${max_len[@]}" \
      -artifact_prefix="$findings/" -print_final_stats=1 > "$out" 2>&1
    echo $? > "$out.status"
    times > "$out.times" )
  set -e
  status=$(cat "$out.status")
  end=$(date +%s.%N)
  # `times` prints the children's user and system time on its second line (e.g. 0m30.1s 0m1.2s).
  cpu=$(sed -n 2p "$out.times" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); n += p[1] * 60 + p[2] } printf "%.1f", n }')
  local last execs rate cov ft units rss
  last=$(grep -E '^#[0-9]+' "$out" | grep ' cov: ' | tail -1 || true)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<< "$last")
  units=$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<< "$last")
  # libFuzzer pads the values with spaces; a crash run may print the stats twice (keep the last).
  execs=$(sed -nE 's/^stat::number_of_executed_units: +([0-9]+)/\1/p' "$out" | tail -1)
  rate=$(sed -nE 's/^stat::average_exec_per_sec: +([0-9]+)/\1/p' "$out" | tail -1)
  rss=$(sed -nE 's/^stat::peak_rss_mb: +([0-9]+)/\1/p' "$out" | tail -1)
  if [[ "$status" == 0 ]]; then
    result=ok
  else
    result="finding: $(grep -oE "(crash|timeout|leak|oom|slow-unit)-[0-9a-f]+" "$out" | tail -1 || true) $(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|Fatal error|SUMMARY' "$out" | cut -c1-120 || true)"
    cp "$out" "$findings/log-$(date -u +%Y%m%dT%H%M%S)"
  fi
  printf '%s\t%s\t%s\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$(git rev-parse --short HEAD 2>/dev/null || echo -)" "$target" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "${cpu:-}" \
    "${execs:-0}" "${rate:-0}" "${cov:-}" "${ft:-}" "${units:-}" "${rss:-}" "$result" | tee -a "$log"
  rm -f "$out" "$out.status" "$out.times"
  [[ "$result" == ok ]]
}
export -f one
export binary seconds log timeout

failed=0
printf '%s\n' "${targets[@]}" | xargs -P "$parallel" -I{} bash -c 'set -u; one "$@"' _ {} || failed=1
if ((failed)); then echo "fuzzing found a problem: see Fuzz/findings/ and $log" >&2; exit 1; fi
