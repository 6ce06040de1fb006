#!/usr/bin/env bash
# Builds the libFuzzer harness (Fuzz/README.md): one executable, every target, release, with
# libFuzzer coverage and AddressSanitizer in every Swift module (the readers and what they call).
#   Fuzz/build.sh            -> .build-fuzz/release/citekit-fuzz
# CITEKIT_FUZZ_CONFIG=debug builds unoptimised (faster to compile, slower to run).
set -euo pipefail
cd "$(dirname "$0")/.."
config="${CITEKIT_FUZZ_CONFIG:-release}"
# lld: gold fails ("internal error in format_file_lineno") on the fuzzer runtime's objects.
# -enable-testing: the answer parsers of Resolve are internal (`@testable import`).
# -DCITEKIT_FUZZING: main.swift hands over to libFuzzer's driver (a plain build replays files).
swift build -c "$config" --scratch-path .build-fuzz --product citekit-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -DCITEKIT_FUZZING \
  -Xswiftc -use-ld=lld "$@"
echo ".build-fuzz/$config/citekit-fuzz"
