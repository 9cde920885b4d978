#!/usr/bin/env bash
# Instructions per parse, ClusterGraph vs graphql-js 16.11.0, for the three parse benchmark documents.
# Each side runs in its own process (fixed warm-up, then n parses) under `perf stat -e instructions:u`,
# once with n = LOW and once with n = HIGH; (count(HIGH) - count(LOW)) / (HIGH - LOW) is the cost of one
# parse, start-up, JIT warm-up and shutdown cancelling out. User-space instruction counts do not depend
# on what else the machine runs, unlike time. Both sides get the document as a string and record
# locations (graphql-js's parse defaults; ours always does unless NoLocation is set). Needs a Release
# build of the benchmarks at $DLL and `npm ci` in tests/conformance.
# Run from the repository root: bench/ClusterGraph.Benchmarks/Parsing/count-instructions.sh [document...]
set -euo pipefail
DLL=${DLL:-/tmp/art-parse/bin/ClusterGraph.Benchmarks/release/ClusterGraph.Benchmarks.dll}
LOW=${LOW:-20000}
HIGH=${HIGH:-120000}

count() { # command... -> instructions:u of the whole process
  perf stat -x, -e instructions:u "$@" 2>&1 >/dev/null | awk -F, '/instructions/ { print $1 }'
}

documents=("$@")
if [[ ${#documents[@]} -eq 0 ]]; then documents=(kitchen-sink typical-query large-schema); fi
printf '%-14s %14s %14s %8s\n' document engine graphql-js ratio
for name in "${documents[@]}"; do
  low=$LOW high=$HIGH
  if [[ $name == large-schema ]]; then low=$((LOW / 100)) high=$((HIGH / 100)); fi
  engine_low=$(count dotnet "$DLL" parse-count "$name" "$low")
  engine_high=$(count dotnet "$DLL" parse-count "$name" "$high")
  node_low=$(count node bench/node/parse-bench.mjs count "$name" "$low")
  node_high=$(count node bench/node/parse-bench.mjs count "$name" "$high")
  awk -v n="$name" -v el="$engine_low" -v eh="$engine_high" -v nl="$node_low" -v nh="$node_high" -v l="$low" -v h="$high" 'BEGIN {
    e = (eh - el) / (h - l); g = (nh - nl) / (h - l);
    printf "%-14s %14.0f %14.0f %7.2fx   (raw: engine %.0f/%.0f, graphql-js %.0f/%.0f at n=%d/%d)\n", n, e, g, g / e, el, eh, nl, nh, l, h }'
done
