#!/usr/bin/env bash
# Instructions per operation, engine vs graphql-js, for the execution benchmark cases: each case runs in
# its own process (fixed warm-up, then n operations) under `perf stat -e instructions:u`, once with n = LOW
# and once with n = HIGH; (count(HIGH) - count(LOW)) / (HIGH - LOW) is the cost of one operation, start-up,
# JIT warm-up and shutdown cancelling out. User-space instruction counts do not depend on what else the
# machine runs, unlike wall-clock time (but they include V8's and .NET's background threads: keep n large
# against the fixed warm-up, as the list defaults do). Needs a Release build of the benchmarks at $DLL (see below) and
# `npm ci` in tests/conformance.
# Run from the repository root: bench/ClusterGraph.Benchmarks/Execution/count-instructions.sh
set -euo pipefail
DLL=${DLL:-/tmp/art-execution-bench/bin/ClusterGraph.Benchmarks/release/ClusterGraph.Benchmarks.dll}
LOW=${LOW:-20000}
HIGH=${HIGH:-1020000}
LIST_LOW=${LIST_LOW:-2000}
LIST_HIGH=${LIST_HIGH:-202000}

count() { # command... -> instructions:u of the whole process
  perf stat -x, -e instructions:u "$@" 2>&1 >/dev/null | awk -F, '/instructions/ { print $1 }'
}

printf '%-12s %14s %14s %8s\n' case engine graphql-js ratio
for name in small small+write list list+write; do
  low=$LOW high=$HIGH
  if [[ $name == list* ]]; then low=$LIST_LOW high=$LIST_HIGH; fi
  engine_low=$(count dotnet "$DLL" execute-count "$name" "$low")
  engine_high=$(count dotnet "$DLL" execute-count "$name" "$high")
  node_low=$(count node bench/node/execute-bench.mjs count "$name" "$low")
  node_high=$(count node bench/node/execute-bench.mjs count "$name" "$high")
  awk -v n="$name" -v el="$engine_low" -v eh="$engine_high" -v nl="$node_low" -v nh="$node_high" -v l="$low" -v h="$high" 'BEGIN {
    e = (eh - el) / (h - l); g = (nh - nl) / (h - l);
    printf "%-12s %14.0f %14.0f %7.2fx   (raw: engine %.0f/%.0f, graphql-js %.0f/%.0f at n=%d/%d)\n", n, e, g, g / e, el, eh, nl, nh, l, h }'
done
