#!/usr/bin/env bash
# Instructions per parse, ClusterGraph vs graphql-js 16.11.0, for the three parse benchmark documents.
# Each side runs in its own process (fixed warm-up, then n parses) under `perf stat -e instructions:u`,
# once with n = LOW and once with n = HIGH; (count(HIGH) - count(LOW)) / (HIGH - LOW) is the cost of one
# parse, start-up, JIT warm-up and shutdown cancelling out. User-space instruction counts do not depend
# on what else the machine runs, unlike time. Both sides get the document as a string and record
# locations (graphql-js's parse defaults; ours always does unless NoLocation is set). Needs a Release
# build of the benchmarks at $DLL and `npm ci` in tests/conformance.
# The (HIGH - LOW) difference is taken REPEAT times per side and the median is reported (all values are
# printed too): .NET's tiered compilation with dynamic PGO does not give the same machine code in every
# process, and one process's figure can differ from the next by 10-40 % under load. With
# DOTNET_TieredCompilation=0 in the environment our side is deterministic (same count every run) but
# compiled without PGO; graphql-js is unaffected by that variable.
# Run from the repository root: bench/ClusterGraph.Benchmarks/Parsing/count-instructions.sh [document...]
set -euo pipefail
DLL=${DLL:-/tmp/art-parse/bin/ClusterGraph.Benchmarks/release/ClusterGraph.Benchmarks.dll}
LOW=${LOW:-20000}
HIGH=${HIGH:-120000}
REPEAT=${REPEAT:-3}

count() { # command... -> instructions:u of the whole process
  perf stat -x, -e instructions:u "$@" 2>&1 >/dev/null | awk -F, '/instructions/ { print $1 }'
}

per_parse() { # low high command... -> instructions of one parse, (count(high) - count(low)) / (high - low)
  local low=$1 high=$2; shift 2
  local a b
  a=$(count "$@" "$low")
  b=$(count "$@" "$high")
  awk -v a="$a" -v b="$b" -v l="$low" -v h="$high" 'BEGIN { printf "%.0f\n", (b - a) / (h - l) }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

documents=("$@")
if [[ ${#documents[@]} -eq 0 ]]; then documents=(kitchen-sink typical-query large-schema); fi
printf '%-14s %14s %14s %8s\n' document engine graphql-js ratio
for name in "${documents[@]}"; do
  low=$LOW high=$HIGH
  if [[ $name == large-schema ]]; then low=$((LOW / 100)) high=$((HIGH / 100)); fi
  engine=() node=()
  for _ in $(seq 1 "$REPEAT"); do
    engine+=("$(per_parse "$low" "$high" dotnet "$DLL" parse-count "$name")")
    node+=("$(per_parse "$low" "$high" node bench/node/parse-bench.mjs count "$name")")
  done
  e=$(printf '%s\n' "${engine[@]}" | median)
  g=$(printf '%s\n' "${node[@]}" | median)
  awk -v n="$name" -v e="$e" -v g="$g" -v ev="${engine[*]}" -v gv="${node[*]}" -v l="$low" -v h="$high" 'BEGIN {
    printf "%-14s %14.0f %14.0f %7.2fx   (medians; engine runs: %s; graphql-js runs: %s; n=%d/%d)\n", n, e, g, g / e, ev, gv, l, h }'
done
