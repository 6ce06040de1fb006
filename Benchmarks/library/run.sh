#!/usr/bin/env bash
# Library import benchmark: `cite convert --to jsonl` (the peer) against `cite library add` into a
# fresh library and a second `cite library add` of the same file (which must add nothing), on the
# corpus Benchmarks/pubmed builds, with wall time, CPU time and peak RSS from /usr/bin/time -v.
# Usage: Benchmarks/library/run.sh            (SIZE=200M by default; REPS=3 runs each, fastest kept;
#        BIG=600M also imports a corpus three times as large once, to show that peak memory stays flat)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
PUBMED_OUT="$ROOT/Benchmarks/pubmed/out"   # git-ignored; shared with Benchmarks/pubmed
VENV="$ROOT/Benchmarks/pubmed/.venv"       # git-ignored
OUT="$HERE/out"                            # git-ignored
SIZE="${SIZE:-200M}"
REPS="${REPS:-3}"
BIG="${BIG-600M}"
mkdir -p "$OUT" "$PUBMED_OUT"

# --- tools and corpus (as Benchmarks/pubmed/run.sh builds it) ----------------------------------
if [ ! -x /usr/bin/time ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update >/dev/null && $SUDO apt-get install -y time >/dev/null
fi
CORPUS="$PUBMED_OUT/pubmed_$SIZE.xml"
if [ ! -s "$CORPUS" ]; then
    if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
    "$VENV/bin/python" -c "import lxml" 2>/dev/null || "$VENV/bin/pip" install -q lxml
    "$VENV/bin/python" "$SHARED/pubmed/tools/make_corpus.py" --out "$CORPUS" --size "$SIZE" >&2
fi
if [ -n "$BIG" ]; then
    BIGCORPUS="$PUBMED_OUT/pubmed_$BIG.xml"
    if [ ! -s "$BIGCORPUS" ]; then
        if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
        "$VENV/bin/python" -c "import lxml" 2>/dev/null || "$VENV/bin/pip" install -q lxml
        "$VENV/bin/python" "$SHARED/pubmed/tools/make_corpus.py" --out "$BIGCORPUS" --size "$BIG" >&2
    fi
fi

# --- build -------------------------------------------------------------------------------------
(cd "$ROOT" && swift build -c release --product cite >&2)
CITE="$ROOT/.build/release/cite"
BYTES=$(stat -c %s "$CORPUS")

# --- measure -----------------------------------------------------------------------------------
declare -A SECS RSS CPU
run_timed() { # name, command...  -> one run's wall seconds in $LAST, its log in $OUT/time-name.try
    local name="$1"; shift
    /usr/bin/time -v "$@" >/dev/null 2>"$OUT/time-$name.try"
    local wall
    wall=$(grep "Elapsed (wall clock)" "$OUT/time-$name.try" | awk '{print $NF}')
    LAST=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
}
keep_best() { # name: keeps the run just made when it is the fastest so far
    local name="$1"
    if [ -z "${SECS[$name]:-}" ] || awk -v a="$LAST" -v b="${SECS[$name]}" 'BEGIN { exit !(a < b) }'; then
        SECS[$name]=$LAST
        mv "$OUT/time-$name.try" "$OUT/time-$name.txt"
        RSS[$name]=$(grep "Maximum resident set size" "$OUT/time-$name.txt" | awk '{print $NF}')
        CPU[$name]=$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$OUT/time-$name.txt")
    else
        rm -f "$OUT/time-$name.try"
    fi
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
LIB="$OUT/library.sqlite"
for _ in $(seq "$REPS"); do   # interleaved, so that all see the same machine
    run_timed convert "$CITE" convert --to jsonl -o "$OUT/corpus.jsonl" "$CORPUS"; keep_best convert
    rm -f "$LIB" "$LIB-wal" "$LIB-shm"
    run_timed add-fresh "$CITE" library add --library "$LIB" "$CORPUS"; keep_best add-fresh
    run_timed add-again "$CITE" library add --library "$LIB" "$CORPUS"; keep_best add-again
done
RECORDS=$("$CITE" library stats --library "$LIB" --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['records'])")
"$CITE" library add --library "$LIB" "$CORPUS" 2>"$OUT/again.txt"
LIBBYTES=$(stat -c %s "$LIB")
if [ -n "$BIG" ]; then
    rm -f "$LIB" "$LIB-wal" "$LIB-shm"
    run_timed add-big "$CITE" library add --library "$LIB" "$BIGCORPUS"; keep_best add-big
fi

row() { # name, label
    awk -v n="$2" -v s="${SECS[$1]}" -v c="${CPU[$1]}" -v b="$BYTES" -v r="$RECORDS" -v m="${RSS[$1]}" \
        'BEGIN { printf "| %-44s | %7.2f | %7.2f | %7.1f | %9.0f | %7.1f |\n", n, s, c, b/1e6/s, r/s, m/1024 }'
}
echo
echo "machine: $(nproc) cores, load average before the run: $LOAD; corpus $(basename "$CORPUS"): $BYTES bytes, $RECORDS records; library file $((LIBBYTES / 1000000)) MB"
echo "| command | wall s | CPU s | MB/s | records/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|"
row convert "cite convert --to jsonl"
row add-fresh "cite library add (fresh library)"
row add-again "cite library add (same file again)"
if [ -n "$BIG" ]; then
    awk -v s="${SECS[add-big]}" -v c="${CPU[add-big]}" -v m="${RSS[add-big]}" -v f="$(basename "$BIGCORPUS")" -v b="$(stat -c %s "$BIGCORPUS")" \
        'BEGIN { printf "| %-44s | %7.2f | %7.2f | %7.1f | %9s | %7.1f |\n", "cite library add (fresh) on " f, s, c, b/1e6/s, "", m/1024 }'
fi
echo
echo "second add: $(cat "$OUT/again.txt")"
awk -v c="${SECS[convert]}" -v a="${SECS[add-fresh]}" 'BEGIN {
    printf "library add speed / cite convert speed = %.2f  (target >= 0.5; wall clock)\n", c/a }'
