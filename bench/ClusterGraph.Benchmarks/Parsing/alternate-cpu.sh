#!/usr/bin/env bash
# CPU time per parse, ClusterGraph vs graphql-js, alternating the two processes ROUNDS times in one run
# so both see the same machine load. Each process warms up, then prints best and median of seven rounds
# of process CPU time (user + system, GC threads included) per parse. Both sides parse the document from
# a string with locations on. Needs a Release build at $DLL and `npm ci` in tests/conformance.
# Run from the repository root: bench/ClusterGraph.Benchmarks/Parsing/alternate-cpu.sh
set -euo pipefail
DLL=${DLL:-/tmp/art-parse/bin/ClusterGraph.Benchmarks/release/ClusterGraph.Benchmarks.dll}
ROUNDS=${ROUNDS:-3}
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round, $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "-- ClusterGraph"
  dotnet "$DLL" parse-cpu
  echo "-- graphql-js"
  node bench/node/parse-bench.mjs cpu
done
