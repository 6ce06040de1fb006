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
    $SUDO apt-get install -y libxml2-utils time >/dev/null
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

declare -A SECS RSS
measure() { # name, command...
    local name="$1"; shift
    local log="$OUT/time-$name.txt"
    /usr/bin/time -v "$@" >/dev/null 2>"$log"
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    SECS[$name]=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    RSS[$name]=$rss
}

PARSER_PY='import sys, pubmed_parser as pp; print(len(pp.parse_medline_xml(sys.argv[1])))'
measure xmllint xmllint --stream --noout "$CORPUS"
measure cite-stats "$CITE" stats "$CORPUS"
measure cite-convert "$CITE" convert --to jsonl -o "$OUT/corpus.jsonl" "$CORPUS"
measure cite-stats-gz "$CITE" stats "$CORPUS.gz"
measure pubmed_parser "$VENV/bin/python" -c "$PARSER_PY" "$CORPUS.gz"
if [ -n "$BIG" ]; then measure cite-stats-1G-gz "$CITE" stats "$BIGCORPUS"; fi

row() { # name, label
    awk -v n="$2" -v s="${SECS[$1]}" -v b="$BYTES" -v r="$RECORDS" -v m="${RSS[$1]}" \
        'BEGIN { printf "| %-44s | %7.2f | %7.1f | %9.0f | %7.1f |\n", n, s, b/1e6/s, r/s, m/1024 }'
}
echo
echo "| tool (corpus: $(basename "$CORPUS"), $((BYTES / 1000000)) MB, $RECORDS records) | seconds | MB/s | records/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
row xmllint "xmllint --stream --noout"
row cite-stats "cite stats"
row cite-stats-gz "cite stats (gzipped copy; MB/s of uncompressed)"
row cite-convert "cite convert --to jsonl"
row pubmed_parser "pubmed_parser parse_medline_xml (gzipped copy)"
echo
awk -v x="${SECS[xmllint]}" -v s="${SECS[cite-stats]}" -v c="${SECS[cite-convert]}" -v p="${SECS[pubmed_parser]}" 'BEGIN {
    printf "cite stats speed / xmllint --stream speed   = %.2f  (target >= 0.8)\n", x/s
    printf "cite convert speed / pubmed_parser speed    = %.2f  (target >= 5)\n", p/c }'
if [ -n "$BIG" ]; then
    awk -v s="${SECS[cite-stats-1G-gz]}" -v m="${RSS[cite-stats-1G-gz]}" -v f="$(basename "$BIGCORPUS")" -v z="$(stat -c %s "$BIGCORPUS")" 'BEGIN {
        printf "cite stats on %s (%d MB gzipped): %.2f s, peak RSS %.1f MB  (target < 40 MB)\n", f, z/1e6, s, m/1024 }'
fi
