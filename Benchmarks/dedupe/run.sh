#!/usr/bin/env bash
# Deduplication evaluation: a library built from the same records exported to BibTeX, RIS, CSL-YAML
# and CSL-JSON with the differences real exports have, plus look-alike distinct works, with known
# clusters (Benchmarks/dedupe/Sources/Generator.swift). Scores pairwise precision and recall of
#   1. `cite library add --no-merge` then `cite library dedupe --dry-run --format json`, and
#   2. `cite library add` (merging on import), read back from the library's lists of merged sources,
# and times the dry run and the merging import.
# Usage: Benchmarks/dedupe/run.sh            (SEEDS="13" by default; WORKS=400 original works a seed)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
OUT="$HERE/out"   # git-ignored
SEEDS="${SEEDS:-13}"
WORKS="${WORKS:-400}"
mkdir -p "$OUT"

(cd "$ROOT" && swift build -c release --product cite >&2 && swift build -c release --product dedupe-eval >&2)
CITE="$ROOT/.build/release/cite"
EVAL="$ROOT/.build/release/dedupe-eval"

for SEED in $SEEDS; do
    DIR="$OUT/seed-$SEED"
    rm -rf "$DIR"
    echo "== seed $SEED: $("$EVAL" generate "$SHARED" "$DIR" --seed "$SEED" --works "$WORKS")"
    cd "$DIR"
    FILES="records.bib records.ris records.yaml records.json"
    "$CITE" library add --library apart.sqlite --no-merge $FILES 2>add-apart.txt
    START=$(date +%s.%N)
    "$CITE" library dedupe --library apart.sqlite --dry-run --format json >dry-run.json 2>dry-run.txt
    END=$(date +%s.%N)
    echo "-- cite library dedupe --dry-run ($(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.2f", b - a }') s): $(cat dry-run.txt)"
    "$EVAL" score truth.json dry-run.json
    START=$(date +%s.%N)
    "$CITE" library add --library merged.sqlite $FILES 2>add-merged.txt
    END=$(date +%s.%N)
    echo "-- cite library add, merging on import ($(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.2f", b - a }') s): $(cat add-merged.txt)"
    "$EVAL" score-library truth.json merged.sqlite
    echo "-- then cite library dedupe --dry-run: $("$CITE" library dedupe --library merged.sqlite --dry-run 2>&1 >/dev/null)"
    "$CITE" library dedupe --library apart.sqlite >/dev/null 2>merge.txt
    echo "-- cite library dedupe: $(cat merge.txt); again: $("$CITE" library dedupe --library apart.sqlite 2>&1 >/dev/null)"
    cd "$ROOT"
done
