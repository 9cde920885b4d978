#!/usr/bin/env bash
# Side-by-side load comparison of ClusterGraph (cache off, L1, Redis) with the graphql-yoga peer
# (issue 11). Builds the API, exports the graphs, installs the peer, checks both answer the same,
# then measures (bench/load/run.mjs). Results: $BENCH_WORK/results.md and results.json.
#   GRAPHS="seed 100k" ROUNDS=2 DURATION=5 WARMUP=2 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_WORK="${BENCH_WORK:-/tmp/cg-bench-peer}"
ARTIFACTS="${ARTIFACTS:-/tmp/art-peer}"
mkdir -p "$BENCH_WORK"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server; }
(cd bench/peer && npm ci --no-audit --no-fund --silent)

dotnet build src/ClusterGraph.Api -c Release --artifacts-path "$ARTIFACTS" -nologo -v q
export API="$ARTIFACTS/bin/ClusterGraph.Api/release/ClusterGraph.Api"

for graph in ${GRAPHS:-seed}; do
  if [ ! -f "$BENCH_WORK/$graph.json" ] || [ ! -f "$BENCH_WORK/$graph.db" ]; then
    rm -f "$BENCH_WORK/$graph".db*
    case "$graph" in
      seed) "$API" export-graph "$BENCH_WORK/seed.json" --seed seed --database "$BENCH_WORK/seed.db" ;;
      100k) "$API" export-graph "$BENCH_WORK/100k.json" --synthetic 100000 --database "$BENCH_WORK/100k.db" ;;
      *) echo "unknown graph '$graph' (seed or 100k)" >&2; exit 2 ;;
    esac
  fi
done

node bench/load/run.mjs
