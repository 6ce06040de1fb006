#!/usr/bin/env bash
# PubMed reader benchmark: xmllint --stream (raw libxml2 floor), cite stats, cite convert --to jsonl
# and pubmed_parser's parse_medline_xml, timed side by side on the same generated corpus.
# Usage: Benchmarks/pubmed/run.sh            (SIZE=200M BIG=1G by default; BIG= to skip the 1 GB run)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
OUT="$HERE/out"            # git-ignored
VENV="$HERE/.venv"         # git-ignored
SIZE="${SIZE:-200M}"
BIG="${BIG-1G}"
mkdir -p "$OUT"

# --- tools -------------------------------------------------------------------------------------
if ! command -v xmllint >/dev/null || [ ! -x /usr/bin/time ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update >/dev/null && $SUDO apt-get install -y libxml2-utils time >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/python" -c "import lxml, pubmed_parser" 2>/dev/null || "$VENV/bin/pip" install -q lxml pubmed-parser

# --- corpus ------------------------------------------------------------------------------------
CORPUS="$OUT/pubmed_$SIZE.xml"
if [ ! -s "$CORPUS" ]; then
    "$VENV/bin/python" "$SHARED/pubmed/tools/make_corpus.py" --out "$CORPUS" --size "$SIZE" >&2
fi
[ -s "$CORPUS.gz" ] || gzip -n -6 -c "$CORPUS" > "$CORPUS.gz"
if [ -n "$BIG" ]; then
    BIGCORPUS="$OUT/pubmed_$BIG.xml.gz"
    [ -s "$BIGCORPUS" ] || "$VENV/bin/python" "$SHARED/pubmed/tools/make_corpus.py" --out "$BIGCORPUS" --size "$BIG" --gzip >&2
fi

# --- build -------------------------------------------------------------------------------------
(cd "$ROOT" && swift build -c release --product cite >&2)
CITE="$ROOT/.build/release/cite"

# --- measure -----------------------------------------------------------------------------------
BYTES=$(stat -c %s "$CORPUS")
RECORDS=$("$CITE" stats --format json "$CORPUS" | "$VENV/bin/python" -c "import json,sys; print(json.load(sys.stdin)['records'])")
echo "corpus: $CORPUS ($BYTES bytes, $RECORDS records; gzipped copy $(stat -c %s "$CORPUS.gz") bytes)" >&2

declare -A SECS RSS CPU
measure() { # name, repetitions, command...  (keeps the fastest run: the machine may be shared)
    local name="$1" reps="$2"; shift 2
    local log="$OUT/time-$name.txt" try="$OUT/time-$name.try"
    SECS[$name]=""
    for _ in $(seq "$reps"); do
        /usr/bin/time -v "$@" >/dev/null 2>"$try"
        local wall secs
        wall=$(grep "Elapsed (wall clock)" "$try" | awk '{print $NF}')
        secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
        if [ -z "${SECS[$name]}" ] || awk -v a="$secs" -v b="${SECS[$name]}" 'BEGIN { exit !(a < b) }'; then
            SECS[$name]=$secs
            mv "$try" "$log"
        fi
    done
    rm -f "$try"
    RSS[$name]=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    CPU[$name]=$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$log")
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
PARSER_PY='import sys, pubmed_parser as pp; print(sum(1 for _ in pp.parse_medline_xml(sys.argv[1])))'
REPS="${REPS:-3}"
for _ in $(seq "$REPS"); do   # interleaved, so that both see the same machine
    measure xmllint 1 xmllint --stream --noout "$CORPUS"
    measure cite-stats-try 1 "$CITE" stats "$CORPUS"
    if [ -z "${SECS[cite-stats]:-}" ] || awk -v a="${SECS[cite-stats-try]}" -v b="${SECS[cite-stats]}" 'BEGIN { exit !(a < b) }'; then
        SECS[cite-stats]=${SECS[cite-stats-try]}; RSS[cite-stats]=${RSS[cite-stats-try]}; CPU[cite-stats]=${CPU[cite-stats-try]}
    fi
    if [ -z "${SECS[xmllint-best]:-}" ] || awk -v a="${SECS[xmllint]}" -v b="${SECS[xmllint-best]}" 'BEGIN { exit !(a < b) }'; then
        SECS[xmllint-best]=${SECS[xmllint]}; RSS[xmllint-best]=${RSS[xmllint]}; CPU[xmllint-best]=${CPU[xmllint]}
    fi
done
SECS[xmllint]=${SECS[xmllint-best]}; RSS[xmllint]=${RSS[xmllint-best]}; CPU[xmllint]=${CPU[xmllint-best]}
measure cite-convert "$REPS" "$CITE" convert --to jsonl -o "$OUT/corpus.jsonl" "$CORPUS"
measure cite-stats-gz "$REPS" "$CITE" stats "$CORPUS.gz"
measure pubmed_parser 1 "$VENV/bin/python" -c "$PARSER_PY" "$CORPUS.gz"
if [ -n "$BIG" ]; then measure cite-stats-1G-gz 1 "$CITE" stats "$BIGCORPUS"; fi

row() { # name, label
    awk -v n="$2" -v s="${SECS[$1]}" -v c="${CPU[$1]}" -v b="$BYTES" -v r="$RECORDS" -v m="${RSS[$1]}" \
        'BEGIN { printf "| %-48s | %7.2f | %7.2f | %7.1f | %9.0f | %7.1f |\n", n, s, c, b/1e6/s, r/s, m/1024 }'
}
echo
echo "machine: $(nproc) cores, load average before the run: $LOAD"
echo "| tool (corpus: $(basename "$CORPUS"), $((BYTES / 1000000)) MB, $RECORDS records) | wall s | CPU s | MB/s | records/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|"
row xmllint "xmllint --stream --noout"
row cite-stats "cite stats"
row cite-stats-gz "cite stats (gzipped copy; MB/s of uncompressed)"
row cite-convert "cite convert --to jsonl"
row pubmed_parser "pubmed_parser parse_medline_xml (gzipped copy)"
echo
awk -v x="${SECS[xmllint]}" -v s="${SECS[cite-stats]}" -v c="${SECS[cite-convert]}" -v p="${SECS[pubmed_parser]}" \
    -v xc="${CPU[xmllint]}" -v sc="${CPU[cite-stats]}" -v cc="${CPU[cite-convert]}" -v pc="${CPU[pubmed_parser]}" 'BEGIN {
    printf "CPU-time ratios (single-core equivalent): stats/xmllint %.2f, convert/pubmed_parser %.2f\n", xc/sc, pc/cc
    printf "cite stats speed / xmllint --stream speed   = %.2f  (target >= 0.8; wall clock)\n", x/s
    printf "cite convert speed / pubmed_parser speed    = %.2f  (target >= 5)\n", p/c }'
if [ -n "$BIG" ]; then
    awk -v s="${SECS[cite-stats-1G-gz]}" -v m="${RSS[cite-stats-1G-gz]}" -v f="$(basename "$BIGCORPUS")" -v z="$(stat -c %s "$BIGCORPUS")" 'BEGIN {
        printf "cite stats on %s (%d MB gzipped): %.2f s, peak RSS %.1f MB  (target < 40 MB)\n", f, z/1e6, s, m/1024 }'
fi
