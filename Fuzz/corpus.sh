#!/usr/bin/env bash
# Builds the seed corpora Fuzz/corpus/<target>/ (not committed) from the committed seeds in
# Fuzz/seeds/<target>/, the test inputs in Fixtures/ and References/, and the shared data set
# (../shared or $CITEKIT_SHARED) when present. Inputs above 64 KB are left out (they slow every
# mutation; libFuzzer grows inputs itself). Re-running adds new seeds and keeps what fuzzing found.
#   Fuzz/corpus.sh [TARGET ...]      (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${CITEKIT_SHARED:-../shared}"
[[ -d "$shared" ]] || shared="/work/shared"
[[ -d "$shared" ]] || shared=""
max=65536

# add TARGET FILE...: copies each readable file up to $max bytes, named by its content's hash
# (libFuzzer's own naming, so a seed is never stored twice).
add() {
  local target="$1"; shift
  mkdir -p "Fuzz/corpus/$target"
  local file
  for file in "$@"; do
    [[ -f "$file" ]] || continue
    (( $(stat -c %s "$file") <= max )) || continue
    cp "$file" "Fuzz/corpus/$target/$(sha1sum < "$file" | cut -c1-40)"
  done
}

# lines TARGET COUNT FILE...: one seed per line (reference strings).
lines() {
  local target="$1" count="$2"; shift 2
  mkdir -p "Fuzz/corpus/$target"
  local line
  cat "$@" 2>/dev/null | head -n "$count" | while IFS= read -r line; do
    [[ -n "$line" ]] || continue
    printf '%s' "$line" > "Fuzz/corpus/$target/$(printf '%s' "$line" | sha1sum | cut -c1-40)"
  done
}

# jsonl_text TARGET COUNT FILE...: the "text" field of JSON lines (reference corpora).
jsonl_text() {
  local target="$1" count="$2"; shift 2
  mkdir -p "Fuzz/corpus/$target"
  python3 - "Fuzz/corpus/$target" "$count" "$@" <<'PY'
import hashlib, json, sys
out, count, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for name in files:
    with open(name, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= count: break
            try: text = json.loads(line).get("text")
            except ValueError: continue
            if isinstance(text, str) and text:
                data = text.encode("utf-8")
                open(f"{out}/{hashlib.sha1(data).hexdigest()}", "wb").write(data)
PY
}

want() { [[ $# -eq 0 ]] && return 0; local t; for t in "${selected[@]}"; do [[ "$t" == "$1" ]] && return 0; done; return 1; }
selected=("$@")
run() { if ((${#selected[@]} == 0)) || want "$1"; then "$@"; fi; }

seeds() { local target="$1"; add "$target" Fuzz/seeds/"$target"/*; }

page-text() {
  seeds page-text
  add page-text Fixtures/pages/*.txt Fixtures/cli/*.txt References/*/page.txt Fixtures/site/pages/*.txt
  [[ -z "$shared" ]] || add page-text "$shared"/articles/pages/*/page.txt
}
page-html() {
  seeds page-html
  add page-html Fixtures/pages/*.html Fixtures/site/pages/*/*.html Fixtures/site/pages/*/*/*.html Fixtures/site/render/pages/*.html
  [[ -z "$shared" ]] || add page-html "$shared"/articles/pages/*/page.html
}
page-markdown() {
  seeds page-markdown
  add page-markdown Fixtures/pages/footnotes.md Fixtures/pages/prolotherapy.md Fixtures/site/pages/*.md \
    Fixtures/site/pages/*/*.md Fixtures/site/pages/*/*/*.markdown Fixtures/site/render/pages/*.md Fixtures/cli/*.md
}
reference() {
  seeds reference
  lines reference 400 Fixtures/references/*.txt
  [[ -z "$shared" ]] || jsonl_text reference 150 "$shared"/refparse/vancouver_dev.jsonl "$shared"/refparse/anystyle_gold.jsonl \
    "$shared"/refparse/grobid_citation_corpus.jsonl
}
pubmed() {
  seeds pubmed
  add pubmed $(find Fixtures/pubmed -name '*.xml' | sort)
  [[ -z "$shared" ]] || add pubmed $(find "$shared"/pubmed -name '*.xml' -size -64k | sort | head -n 150) "$shared"/eutils/eutils/efetch/*.xml
}
pubmed-gzip() {
  seeds pubmed-gzip
  local tmp file
  tmp="$(mktemp -d)"
  for file in $(find Fixtures/pubmed -name '*.xml' -size -64k | sort); do
    gzip -c "$file" > "$tmp/$(basename "$file").gz"
  done
  add pubmed-gzip $(find Fixtures/pubmed -name '*.gz' | sort)
  add pubmed-gzip "$tmp"/*.gz
  rm -rf "$tmp"
}
csl-style() {
  seeds csl-style
  add csl-style References/styles/*.csl
  [[ -z "$shared" ]] && return 0
  add csl-style "$shared"/csl/styles/*.csl
  # The CSL sections of the CSL test suite (each a small style exercising one feature), and the
  # first 200 independent styles of the styles repository.
  python3 - Fuzz/corpus/csl-style "$shared"/csl/test-suite/*.txt <<'PY'
import hashlib, re, sys
out = sys.argv[1]
for name in sys.argv[2:]:
    text = open(name, encoding="utf-8").read()
    match = re.search(r">>=+ CSL =+>>\n(.*?)<<=+ CSL =+<<", text, re.S)
    if match:
        data = match.group(1).encode("utf-8")
        open(f"{out}/{hashlib.sha1(data).hexdigest()}", "wb").write(data)
PY
  local tmp
  tmp="$(mktemp -d)"
  tar xJf "$shared"/csl/styles-independent.tar.xz -C "$tmp" $(tar tJf "$shared"/csl/styles-independent.tar.xz | grep '\.csl$' | sort | head -n 200)
  add csl-style $(find "$tmp" -name '*.csl' | sort)
  rm -rf "$tmp"
}
csl-locale() {
  seeds csl-locale
  add csl-locale References/locales/*.xml
  [[ -z "$shared" ]] || add csl-locale "$shared"/csl/locales/locales-*.xml
}
bibtex() {
  seeds bibtex
  add bibtex Fixtures/formats/*.bib
  [[ -z "$shared" ]] || add bibtex $(find "$shared"/formats/bibtex -name '*.bib' | sort)
}
ris() {
  seeds ris
  [[ -z "$shared" ]] || add ris $(find "$shared"/formats/ris -name '*.ris' -o -name '*.txt' | sort)
}
csl-yaml() {
  seeds csl-yaml
  [[ -z "$shared" ]] || add csl-yaml $(find "$shared"/formats/csl-yaml -name '*.yml' -o -name '*.yaml' | sort)
}
csl-json() {
  seeds csl-json
  add csl-json Fixtures/bibliography/*.json Fixtures/csl/*.json References/prolotherapy/records.json Fixtures/site/pages/records/*.json
}
medline() {
  seeds medline
  add medline $(find Fixtures/formats/medline -type f -name '*.nbib' | sort)
  [[ -z "$shared" ]] || add medline $(find "$shared"/formats/nbib -type f | sort)
}
endnote() {
  seeds endnote
  add endnote $(find Fixtures/formats/endnote -type f -name '*.xml' | sort)
  [[ -z "$shared" ]] || add endnote $(find "$shared"/formats/endnote-xml -name '*.xml' | sort)
}
eutils-search() {
  seeds eutils-search
  [[ -z "$shared" ]] || add eutils-search "$shared"/eutils/eutils/esearch/*.xml "$shared"/eutils/eutils/errors/*.xml
}
eutils-fetch() {
  seeds eutils-fetch
  add eutils-fetch $(find Fixtures/pubmed -name '*.xml' -size -64k | sort | head -n 40)
  [[ -z "$shared" ]] || add eutils-fetch "$shared"/eutils/eutils/efetch/*.xml "$shared"/eutils/eutils/errors/*.xml
}
eutils-citmatch() {
  seeds eutils-citmatch
  [[ -z "$shared" ]] || add eutils-citmatch "$shared"/eutils/eutils/ecitmatch/*.txt "$shared"/eutils/eutils/errors/*.txt
}
crossref() {
  seeds crossref
  [[ -z "$shared" ]] || add crossref "$shared"/eutils/crossref/works/*.json "$shared"/eutils/crossref/query/*.json \
    "$shared"/eutils/crossref/errors/*
}
site-config() {
  seeds site-config
  add site-config $(find Fixtures/site -name 'citekit.yaml' | sort)
}
front-matter() {
  seeds front-matter
  add front-matter $(find Fixtures/site -name '*.md' -o -name '*.markdown' | sort) Fixtures/pages/*.md
}

for target in page-text page-html page-markdown reference pubmed pubmed-gzip csl-style csl-locale bibtex ris \
  csl-yaml csl-json medline endnote eutils-search eutils-fetch eutils-citmatch crossref site-config front-matter; do
  run "$target"
done
for dir in Fuzz/corpus/*/; do echo "$(basename "$dir"): $(find "$dir" -type f | wc -l) seeds"; done
