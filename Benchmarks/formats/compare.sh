#!/bin/sh
# Runs CiteKit's readers and the Python peers on the same files, one after the other, each reader
# three times (bibtexparser and pybtex once: they take tens of seconds).
# Usage: Benchmarks/formats/compare.sh BIB RIS   (files from make_corpus.py; run from the package root)
set -e
bib=$1
ris=$2
py=Benchmarks/formats/.venv/bin/python
for i in 1 2 3; do .build/release/formats-bench bibtex "$bib"; done
for i in 1 2 3; do .build/release/formats-bench bibtex-entries "$bib"; done
$py Benchmarks/formats/peers.py bibtexparser "$bib"
$py Benchmarks/formats/peers.py pybtex "$bib"
for i in 1 2 3; do .build/release/formats-bench ris "$ris"; done
for i in 1 2 3; do $py Benchmarks/formats/peers.py rispy "$ris"; done
